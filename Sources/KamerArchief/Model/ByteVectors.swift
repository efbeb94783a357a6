/// Sixteen bytes at a time: the vector counterpart of `ByteWords`, for scans that mostly find
/// nothing in long runs of text. Written with operations between two vectors, which compile to
/// one SSE instruction each (a comparison with a scalar, or `any`, went through a loop over the
/// sixteen lanes).
enum ByteVectors {
    typealias Vector = SIMD16<UInt8>
    typealias Mask = SIMDMask<SIMD16<Int8>>

    /// The sixteen bytes at `offset` (which must leave sixteen), first byte first.
    @inline(__always)
    static func vector(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Vector {
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: Vector.self)
    }

    /// Each lane that is `byte`.
    @inline(__always)
    static func equal(_ vector: Vector, _ byte: UInt8) -> Mask {
        vector .== Vector(repeating: byte)
    }

    /// Each lane below `byte`.
    @inline(__always)
    static func below(_ vector: Vector, _ byte: UInt8) -> Mask {
        vector .< Vector(repeating: byte)
    }

    /// Each lane from `low` to `high`.
    @inline(__always)
    static func within(_ vector: Vector, _ low: UInt8, _ high: UInt8) -> Mask {
        (vector .>= Vector(repeating: low)) .& (vector .<= Vector(repeating: high))
    }

    /// Whether any lane of `mask` is set.
    @inline(__always)
    static func any(_ mask: Mask) -> Bool {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }

    /// How many lanes of `mask` are set.
    @inline(__always)
    static func count(_ mask: Mask) -> Int {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return (halves[0].nonzeroBitCount + halves[1].nonzeroBitCount) / 8
    }

    /// Whether every lane of `mask` is set.
    @inline(__always)
    static func all(_ mask: Mask) -> Bool {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return halves[0] & halves[1] == ~0
    }
}
