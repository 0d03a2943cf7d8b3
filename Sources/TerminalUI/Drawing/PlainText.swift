/// Text the frame can write without `TerminalText`'s work: every scalar is one character whose
/// width is known, and sanitising would leave it as it is.
///
/// Sanitising and measuring walk a string's graphemes and look up Unicode properties, for
/// every cell of every frame. Most of a screen is names, e-mails and the screen's own labels,
/// in scripts whose letters neither combine with a neighbour nor hide a control, so for them
/// the answer is known from the scalar alone. Anything else (combining marks, emoji, controls,
/// bidi and invisible characters, scripts not listed) takes `TerminalText`'s full path.
enum PlainText {
    /// The cells a scalar takes when it is plain; `nil` when it needs `TerminalText`.
    static func width(of scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x20..<0x7F: 1  // printable ASCII
        case 0xA0..<0xAD, 0xAE..<0x300: 1  // Latin-1 and Latin Extended (not the soft hyphen)
        case 0x370...0x3FF: 1  // Greek
        case 0x400...0x482, 0x48A...0x52F: 1  // Cyrillic letters (not its combining marks)
        case 0x621...0x64A: 1  // Arabic letters (not the vowel marks)
        case 0x1E00...0x1EFF: 1  // Latin Extended Additional (Vietnamese)
        case 0x2013, 0x2014, 0x2022, 0x2026: 1  // – — • …
        case 0x2190...0x2193, 0x2298, 0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518: 1
        case 0x25CC, 0x25CF, 0x2713, 0x2717, 0x2731: 1  // ◌ ● ✓ ✗ ✱
        case 0x2800...0x28FF: 1  // braille (the spinner)
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC...0x30FE: 2  // kana (not the combining sound marks)
        case 0x4E00...0x9FFF: 2  // CJK ideographs
        case 0xAC00...0xD7A3: 2  // Hangul syllables
        default: nil
        }
    }

    /// Whether every scalar of the text is plain.
    static func isPlain(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return true }
        return text.unicodeScalars.allSatisfy { width(of: $0) != nil }
    }
}
