/// Serializes `JSON` compactly, escaping like System.Text.Json's default encoder, which the
/// real server uses (it configures no relaxed encoder): everything outside printable ASCII
/// and the HTML-sensitive `" & ' + < > \`` become `\uXXXX`, so `Zoë` is written `Zo\u00EB`
/// and an encoded `O&#39;Brien` is written `O\u0026#39;Brien`. Clients must decode escapes.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1024)
    }

    mutating func write(_ value: JSON) {
        switch value {
        case .null: append("null")
        case .bool(let b): append(b ? "true" : "false")
        case .int(let i): append(String(i))
        case .double(let d): writeDouble(d)
        case .string(let s): writeString(s)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(item)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(member.key)
                bytes.append(UInt8(ascii: ":"))
                write(member.value)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// .NET writes doubles in their shortest round-trip form: `1048576`, not `1048576.0`.
    private mutating func writeDouble(_ d: Double) {
        if d.isFinite, d == d.rounded(), abs(d) < 9.0e15 {
            append(String(Int64(d)))
        } else if d.isFinite {
            append(String(d).replacingOccurrences(of: "e", with: "E"))
        } else {
            append("null")
        }
    }

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for unit in s.utf16 {
            switch unit {
            case 0x08: append("\\b")
            case 0x09: append("\\t")
            case 0x0A: append("\\n")
            case 0x0C: append("\\f")
            case 0x0D: append("\\r")
            case 0x5C: append("\\\\")
            case 0x22, 0x26, 0x27, 0x2B, 0x3C, 0x3E, 0x60:
                appendUnicodeEscape(unit)
            case 0x20..<0x7F:
                bytes.append(UInt8(unit))
            default:
                appendUnicodeEscape(unit)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private mutating func appendUnicodeEscape(_ unit: UInt16) {
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(Self.hexDigits[Int((unit >> UInt16(shift)) & 0xF)])
        }
    }
}
