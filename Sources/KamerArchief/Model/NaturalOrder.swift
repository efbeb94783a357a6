extension String {
    /// Compares with digit runs read as numbers, so `9` < `10` < `36600-XIII`; a total order,
    /// falling back to plain comparison when the numeric reading ties (`07` vs `7`).
    ///
    /// Walks both strings' UTF-8 once without allocating: linking sorts tens of thousands of
    /// Kamerstuk numbers with it.
    public func naturallyPrecedes(_ other: String) -> Bool {
        var left = self, right = other
        return left.withUTF8 { lhs in right.withUTF8 { rhs in Self.naturalOrder(lhs, rhs) } } ?? (self < other)
    }

    /// Whether `lhs` comes first by the natural order; nil when the numeric reading ties.
    private static func naturalOrder(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool? {
        var i = 0, j = 0
        while i < lhs.count && j < rhs.count {
            let leftDigit = lhs[i].isDigit, rightDigit = rhs[j].isDigit
            if leftDigit && rightDigit {
                // Compare the digit runs by value: skip leading zeros, then length, then digits.
                var leftStart = i, rightStart = j
                while leftStart < lhs.count && lhs[leftStart] == 0x30 { leftStart += 1 }
                while rightStart < rhs.count && rhs[rightStart] == 0x30 { rightStart += 1 }
                var leftEnd = leftStart, rightEnd = rightStart
                while leftEnd < lhs.count && lhs[leftEnd].isDigit { leftEnd += 1 }
                while rightEnd < rhs.count && rhs[rightEnd].isDigit { rightEnd += 1 }
                let leftLength = leftEnd - leftStart, rightLength = rightEnd - rightStart
                if leftLength != rightLength { return leftLength < rightLength }
                for offset in 0..<leftLength where lhs[leftStart + offset] != rhs[rightStart + offset] {
                    return lhs[leftStart + offset] < rhs[rightStart + offset]
                }
                i = leftEnd
                j = rightEnd
            } else if leftDigit != rightDigit {
                return leftDigit  // numbers sort before text
            } else {
                if lhs[i] != rhs[j] { return lhs[i] < rhs[j] }
                i += 1
                j += 1
            }
        }
        if (i < lhs.count) != (j < rhs.count) { return i == lhs.count }
        return nil
    }
}

private extension UInt8 {
    var isDigit: Bool { (0x30...0x39).contains(self) }
}
