/// Runs of plain printable ASCII in JSON text: the bytes a reader or writer of a string can
/// copy or step over without looking at each one.
enum PlainASCII {
    /// The index of the first byte from `index` on that is not plain: a quote, a backslash,
    /// a control character (below 0x20, or DEL) or a non-ASCII byte; `bytes.count` if none.
    /// Eight bytes at a time while none of them is one: most strings are plain URLs and ids.
    static func end(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        guard let base = bytes.baseAddress else { return index }
        var index = index
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // A byte's high bit says: non-ASCII (the word itself), below 0x20 (a borrow when
            // 0x20 is taken from it), or equal to `"`, `\` or DEL (a borrow when 1 is taken
            // from its difference, zero). A borrow only ever flags a byte after one that
            // really matches, so the first flagged byte is the first that is not plain.
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let delete = word ^ (ones &* 0x7F)
            let flagged =
                (word | ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote)
                    | ((backslash &- ones) & ~backslash) | ((delete &- ones) & ~delete)) & highBits
            if flagged != 0 { return index + flagged.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count, isPlain(base[index]) { index += 1 }
        return index
    }

    /// Printable ASCII other than `"` and `\`.
    @inline(__always)
    static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }
}
