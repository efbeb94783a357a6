/// The text of the progress line and of `--verbose`'s document lines.
extension ProgressLine {
    /// Moves to the start of the line and erases it.
    static let clear = "\r\u{1B}[K"
    /// Erases from the cursor to the end of the line (what a shorter redraw leaves behind).
    static let clearToEnd = "\u{1B}[K"

    /// `documents 120/1000 · pages 0/0 · 0:03 · ETA 0:22`; `ETA …` is left out while unknown.
    public static func text(_ counts: ProgressCounts, elapsed: Double, eta: Double?) -> String {
        var parts = [
            "documents \(counts.documentsRead)/\(counts.documentsTotal)",
            "pages \(counts.pagesRendered)/\(counts.pagesTotal)",
            duration(elapsed),
        ]
        if let eta { parts.append("ETA \(duration(eta, rounding: .up))") }
        return parts.joined(separator: " · ")
    }

    /// Seconds left in the current stage (reading, then rendering) at the rate so far: the stage's
    /// elapsed time per item done times the items left. Nil before the first item is done.
    public static func eta(_ counts: ProgressCounts, stageElapsed: Double) -> Double? {
        let (done, total) = counts.pagesTotal > 0 || counts.pagesRendered > 0
            ? (counts.pagesRendered, counts.pagesTotal)
            : (counts.documentsRead, counts.documentsTotal)
        guard done > 0, total >= done else { return nil }
        return stageElapsed / Double(done) * Double(total - done)
    }

    /// `0:07`, `12:34`, `1:02:03`: whole seconds, rounded down for elapsed time and up for an ETA
    /// (so that it never shows 0:00 while work is left).
    public static func duration(_ seconds: Double, rounding: FloatingPointRoundingRule = .down) -> String {
        let whole = Int(max(0, seconds).rounded(rounding))
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" : "\(minutes):\(twoDigits(rest))"
    }

    /// `fiche-10 · fiche · page-dump · 12 sections · 8 footnotes`; `(cached)` for a document taken
    /// from the cache; the path and `no document` for a source that gave none (its errors say why).
    public static func verboseLine(_ document: DocumentProgress) -> String {
        guard let id = document.id, let kind = document.kind, let format = document.format else {
            return "\(document.path) · no document"
        }
        var parts = [id, kind.rawValue, format.rawValue]
        if let sections = document.sections { parts.append("\(sections) section\(sections == 1 ? "" : "s")") }
        if let footnotes = document.footnotes { parts.append("\(footnotes) footnote\(footnotes == 1 ? "" : "s")") }
        if !document.parsed { parts.append("(cached)") }
        return parts.joined(separator: " · ")
    }
}
