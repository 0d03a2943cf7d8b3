import Foundation

/// GUID text handling. The server writes GUIDs lower-case with dashes and binds them from
/// any of .NET's accepted forms; a malformed one is a model-binding (validation) error.
enum GUID {
    private static let hex = Array("0123456789abcdef".utf8)

    /// Formats 128 bits as `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx` (version 4, variant 1).
    static func format(high: UInt64, low: UInt64) -> String {
        var high = high
        var low = low
        high = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        var out: [UInt8] = []
        out.reserveCapacity(36)
        for i in 0..<16 {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append(UInt8(ascii: "-")) }
            let byte =
                i < 8
                ? UInt8(truncatingIfNeeded: high >> UInt64(56 - i * 8))
                : UInt8(truncatingIfNeeded: low >> UInt64(56 - (i - 8) * 8))
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func random() -> String {
        var rng = SystemRandomNumberGenerator()
        return format(high: rng.next(), low: rng.next())
    }

    /// The canonical lower-case dashed form of `text`, or `nil` if .NET would refuse it.
    /// Accepts `D` (dashed), `N` (32 digits), `B` (`{…}`) and `P` (`(…)`) forms.
    static func normalize(_ text: String) -> String? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if (body.hasPrefix("{") && body.hasSuffix("}")) || (body.hasPrefix("(") && body.hasSuffix(")")) {
            body = body.dropFirst().dropLast()
        }
        let chars = Array(body.lowercased().utf8)
        let digits: [UInt8]
        if chars.count == 36 {
            for i in [8, 13, 18, 23] where chars[i] != UInt8(ascii: "-") { return nil }
            digits = chars.enumerated().filter { ![8, 13, 18, 23].contains($0.offset) }.map(\.element)
        } else if chars.count == 32 {
            digits = chars
        } else {
            return nil
        }
        guard digits.allSatisfy({ hex.contains($0) }) else { return nil }
        var out = digits
        for i in [8, 13, 18, 23] { out.insert(UInt8(ascii: "-"), at: i) }
        return String(decoding: out, as: UTF8.self)
    }
}
