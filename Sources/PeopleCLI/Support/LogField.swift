/// A field of a log line, written so that it can neither end the line and start a forged one
/// nor reach a terminal that shows the log as a control sequence: every control character —
/// C0 (line breaks, ESC), DEL and C1 — is percent-encoded as its UTF-8 bytes (`%0A`, `%1B`,
/// `%C2%9B`). A `%` already in the text stays as it is, so a path the client sent
/// percent-encoded is logged exactly as it went over the wire.
enum LogField {
    static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) else {
                out.append(scalar)
                continue
            }
            for byte in String(scalar).utf8 {
                out.append("%")
                for digit in [byte >> 4, byte & 0xF] {
                    out.append(contentsOf: String(digit, radix: 16, uppercase: true).unicodeScalars)
                }
            }
        }
        return String(out)
    }
}
