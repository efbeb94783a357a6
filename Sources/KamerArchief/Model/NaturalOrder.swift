extension String {
    /// Compares with digit runs read as numbers, so `9` < `10` < `36600-XIII`; a total order,
    /// falling back to plain comparison when the numeric reading ties (`07` vs `7`).
    public func naturallyPrecedes(_ other: String) -> Bool {
        let lhs = naturalParts, rhs = other.naturalParts
        if lhs != rhs { return lhs.lexicographicallyPrecedes(rhs) }
        return self < other
    }

    private var naturalParts: [NaturalPart] {
        var parts: [NaturalPart] = []
        var run = ""
        var runIsDigits = false
        for scalar in unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            if !run.isEmpty && isDigit != runIsDigits {
                parts.append(NaturalPart(run, digits: runIsDigits))
                run = ""
            }
            runIsDigits = isDigit
            run.unicodeScalars.append(scalar)
        }
        if !run.isEmpty { parts.append(NaturalPart(run, digits: runIsDigits)) }
        return parts
    }
}

/// A digit run (compared by value) or a text run; numbers sort before text.
private enum NaturalPart: Comparable {
    case number(length: Int, digits: String)
    case text(String)

    init(_ run: String, digits: Bool) {
        if digits {
            let trimmed = String(run.drop { $0 == "0" })
            self = .number(length: trimmed.count, digits: trimmed)
        } else {
            self = .text(run)
        }
    }
}
