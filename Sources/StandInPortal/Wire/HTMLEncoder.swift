/// HTML-encodes text the way .NET's `HttpUtility.HtmlEncode` (→ `WebUtility.HtmlEncode`)
/// does, because the real server encodes `displayName`, `department` and group names with it:
/// `< > & "` become named entities, `'` becomes `&#39;`, U+00A0…U+00FF become `&#NNN;`
/// (`é` → `&#233;`) and characters outside the BMP become `&#NNNNNN;`.
enum HTMLEncoder {
    static func encode(_ text: String) -> String {
        guard mayNeedEncoding(text) else { return text }
        guard text.unicodeScalars.contains(where: needsEncoding) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if needsEncoding(scalar) {
                    out += "&#\(scalar.value);"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A quick look at the UTF-8: `false` means nothing to encode. Only `< > & " '`, the
    /// lead bytes of U+0080…U+00FF (0xC2, 0xC3) and of astral scalars (0xF0…) can start a
    /// character that needs encoding.
    private static func mayNeedEncoding(_ text: String) -> Bool {
        text.utf8.contains { byte in
            switch byte {
            case 0x3C, 0x3E, 0x26, 0x22, 0x27, 0xC2, 0xC3, 0xF0...: true
            default: false
            }
        }
    }

    private static func needsEncoding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3C, 0x3E, 0x26, 0x22, 0x27: true
        case 0xA0...0xFF: true
        case 0x10000...: true
        default: false
        }
    }
}
