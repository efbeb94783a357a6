import Foundation

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

extension Sequence<String> {
    /// The strings in the order of `naturallyPrecedes`, each read once instead of once per
    /// comparison: each gets a key of bytes whose plain order is the natural order (a digit run
    /// is a marker below every other byte, its length without leading zeros in four bytes, then
    /// its digits; any other byte is itself plus 2, which stays below 256 in UTF-8), and strings
    /// whose keys tie are ordered as strings, as `naturallyPrecedes` orders them.
    ///
    /// The keys are laid end to end in one buffer and the strings' positions are sorted, so a
    /// comparison reads two runs of bytes and moves no strings: at 10,000 documents a rebuild
    /// sorts every dossier number and ondernummer of the archive.
    func naturallySorted() -> [String] {
        let strings = Array(self)
        var keys: [UInt8] = [], ends: [Int] = []
        ends.reserveCapacity(strings.count)
        for string in strings {
            string.appendNaturalSortKey(to: &keys)
            ends.append(keys.count)
        }
        let order = keys.withUnsafeBufferPointer { keys in
            ends.withUnsafeBufferPointer { ends in
                strings.indices.sorted { lhs, rhs in
                    let leftStart = lhs == 0 ? 0 : ends[lhs - 1], rightStart = rhs == 0 ? 0 : ends[rhs - 1]
                    let leftCount = ends[lhs] - leftStart, rightCount = ends[rhs] - rightStart
                    let common = Swift.min(leftCount, rightCount)
                    if let base = keys.baseAddress, common > 0 {
                        let order = memcmp(base + leftStart, base + rightStart, common)
                        if order != 0 { return order < 0 }
                    }
                    return leftCount != rightCount ? leftCount < rightCount : strings[lhs] < strings[rhs]
                }
            }
        }
        return order.map { strings[$0] }
    }
}

extension String {
    /// Appends this string's key for `Sequence.naturallySorted`, read in place.
    func appendNaturalSortKey(to key: inout [UInt8]) {
        var text = self
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                guard utf8[index].isDigit else {
                    key.append(utf8[index] + 2)
                    index += 1
                    continue
                }
                var start = index
                while index < utf8.count && utf8[index].isDigit { index += 1 }
                while start < index && utf8[start] == UInt8(ascii: "0") { start += 1 }
                key.append(1)
                withUnsafeBytes(of: UInt32(index - start).bigEndian) { key.append(contentsOf: $0) }
                key.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
            }
        }
    }
}

private extension UInt8 {
    var isDigit: Bool { (0x30...0x39).contains(self) }
}
