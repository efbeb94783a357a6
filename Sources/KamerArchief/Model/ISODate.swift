extension StringProtocol {
    /// `YYYY-MM-DD` with plausible month and day: a date as the model keeps it.
    var isISODate: Bool {
        let parts = split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
            let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// `11-06-2026` → `2026-06-11`: a date written day first, as Dutch sites and records give it.
    var isoFromDayMonthYear: String? {
        let parts = split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4 else { return nil }
        let iso = "\(parts[2])-\(parts[1])-\(parts[0])"
        return iso.isISODate ? iso : nil
    }
}
