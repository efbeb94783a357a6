extension Unicode.Scalar {
    /// `properties.isWhitespace`, answered without a table look-up for ASCII, which is nearly all
    /// of the text; the parsers ask this for every scalar, and the look-up dominated their profile.
    @inline(__always) var isFastWhitespace: Bool {
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
    }

    /// `properties.isAlphabetic` with an ASCII fast path.
    @inline(__always) var isFastAlphabetic: Bool {
        value < 0x80 ? ((0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)) : properties.isAlphabetic
    }

    /// `properties.isUppercase` with an ASCII fast path.
    @inline(__always) var isFastUppercase: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase
    }

    /// `properties.isLowercase` with an ASCII fast path.
    @inline(__always) var isFastLowercase: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value) : properties.isLowercase
    }
}
