/// A text's UTF-8 bytes with how many Unicode scalars start before every 64th byte, for cutting
/// it at scalar offsets (the model's) without decoding it.
struct ScalarBytes {
    let bytes: [UInt8]
    /// `scalarsBefore[k]` is how many scalars start before byte `64 × k`: a scalar starts in the
    /// last 64-byte block with no more scalars before it than the scalar's own number, at most 64
    /// bytes on. Nil when every byte is a scalar (ASCII text), so that scalar `i` starts at byte
    /// `i`. A paragraph is cut at a few offsets only, and the counts are made eight bytes at a time
    /// (a start for every 64th scalar took a look at every byte).
    private let scalarsBefore: [Int]?
    /// The number of scalars.
    let count: Int

    init(_ text: String) {
        bytes = Array(text.utf8)
        let (scalarsBefore, count): ([Int]?, Int) = bytes.withUnsafeBufferPointer { bytes in
            guard ByteWords.firstNonASCII(bytes) < bytes.count else { return (nil, bytes.count) }
            var scalarsBefore: [Int] = []
            scalarsBefore.reserveCapacity(bytes.count / 64 + 1)
            var scalars = 0, offset = 0
            while offset < bytes.count {
                scalarsBefore.append(scalars)
                let end = min(offset + 64, bytes.count)
                scalars += ByteWords.scalarCount(bytes, from: offset, to: end)
                offset = end
            }
            return (scalarsBefore, scalars)
        }
        self.scalarsBefore = scalarsBefore
        self.count = count
    }

    func bytes(_ from: Int, _ to: Int) -> ArraySlice<UInt8> { bytes[start(from)..<start(max(from, to))] }

    func string(_ from: Int, _ to: Int) -> String { String(decoding: bytes(from, to), as: UTF8.self) }

    /// Where scalar `scalar` starts; the end of the bytes for `count`.
    private func start(_ scalar: Int) -> Int {
        guard let scalarsBefore else { return scalar }
        guard scalar < count else { return bytes.count }
        // The last block with no more scalars before it than `scalar`: the scalar starts in it.
        var low = 0, high = scalarsBefore.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if scalarsBefore[middle] <= scalar { low = middle } else { high = middle - 1 }
        }
        var offset = 64 * low, scalars = scalarsBefore[low]
        while true {
            if bytes[offset] & 0xC0 != 0x80 {
                if scalars == scalar { return offset }
                scalars += 1
            }
            offset += 1
        }
    }
}
