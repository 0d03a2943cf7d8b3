/// Serializes `JSON` compactly, escaping like System.Text.Json's default encoder, which the
/// real server uses (it configures no relaxed encoder): everything outside printable ASCII
/// and the HTML-sensitive `" & ' + < > \`` become `\uXXXX`, so `Zoë` is written `Zo\u00EB`
/// and an encoded `O&#39;Brien` is written `O\u0026#39;Brien`. Clients must decode escapes.
///
/// Strings are read as UTF-8 and copied in runs: a page of 100 people is mostly plain ASCII,
/// and walking it one UTF-16 unit at a time was a fifth of the stand-in's time per page.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ value: JSON) {
        switch value {
        case .null: append("null")
        case .bool(let b): append(b ? "true" : "false")
        case .int(let i): writeInteger(i)
        case .double(let d): writeDouble(d)
        case .string(let s): writeString(s)
        case .serialized(let fragment):
            bytes.append(contentsOf: fragment)
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

    mutating func appendByte(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func appendBytes(_ run: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: run)
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Decimal digits without building a `String`.
    private mutating func writeInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// .NET writes doubles in their shortest round-trip form: `1048576`, not `1048576.0`.
    private mutating func writeDouble(_ d: Double) {
        if d.isFinite, d == d.rounded(), abs(d) < 9.0e15 {
            writeInteger(Int64(d))
        } else if d.isFinite {
            append(String(d).replacingOccurrences(of: "e", with: "E"))
        } else {
            append("null")
        }
    }

    mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        writeEscaped(s)
        bytes.append(UInt8(ascii: "\""))
    }

    /// One JSON string made of `pieces`, joined.
    mutating func writeString(pieces: [String]) {
        bytes.append(UInt8(ascii: "\""))
        for piece in pieces { writeEscaped(piece) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A string's characters, escaped, without the quotes.
    private mutating func writeEscaped(_ s: String) {
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ writeEscaped(utf8: $0) }) {
            return done
        }
        var text = s
        text.withUTF8 { writeEscaped(utf8: $0) }
    }

    private mutating func writeEscaped(utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if Self.passesThrough(byte) {
                index += 1
                continue
            }
            if runStart < index {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            }
            if byte < 0x80 {
                writeEscaped(ascii: byte)
                index += 1
            } else {
                index += writeEscaped(scalarAt: index, in: utf8)
            }
            runStart = index
        }
        if runStart < utf8.count {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }

    /// Printable ASCII that System.Text.Json writes as itself: 0x20…0x7E except
    /// `" & ' + < > \ \``, as one bit per byte value below 128.
    private static func passesThrough(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<64: (passingBelow64 >> UInt64(byte)) & 1 == 1
        case 64..<128: (passingFrom64 >> UInt64(byte - 64)) & 1 == 1
        default: false
        }
    }

    /// Bit n set: byte n passes (0x20…0x3F without `" & ' + < >`).
    private static let passingBelow64: UInt64 = 0xAFFF_F73B_0000_0000
    /// Bit n set: byte 64 + n passes (0x40…0x7E without `\ \``).
    private static let passingFrom64: UInt64 = 0x7FFF_FFFE_EFFF_FFFF

    private mutating func writeEscaped(ascii byte: UInt8) {
        switch byte {
        case 0x08: append("\\b")
        case 0x09: append("\\t")
        case 0x0A: append("\\n")
        case 0x0C: append("\\f")
        case 0x0D: append("\\r")
        case 0x5C: append("\\\\")
        default: appendUnicodeEscape(UInt16(byte))
        }
    }

    /// Escapes the scalar whose (valid, since it came from a `String`) UTF-8 sequence starts
    /// at `start` as its UTF-16 units; returns the sequence's length.
    private mutating func writeEscaped(scalarAt start: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let lead = UInt32(utf8[start])
        let length: Int
        var value: UInt32
        switch lead {
        case 0xF0...:
            length = 4
            value = lead & 0x07
        case 0xE0...:
            length = 3
            value = lead & 0x0F
        default:
            length = 2
            value = lead & 0x1F
        }
        for offset in 1..<length {
            value = (value << 6) | (UInt32(utf8[start + offset]) & 0x3F)
        }
        if value >= 0x10000 {
            let astral = value - 0x10000
            appendUnicodeEscape(UInt16(0xD800 + (astral >> 10)))
            appendUnicodeEscape(UInt16(0xDC00 + (astral & 0x3FF)))
        } else {
            appendUnicodeEscape(UInt16(value))
        }
        return length
    }

    private mutating func appendUnicodeEscape(_ unit: UInt16) {
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "u"))
        bytes.append(Self.hexDigit(unit >> 12))
        bytes.append(Self.hexDigit(unit >> 8))
        bytes.append(Self.hexDigit(unit >> 4))
        bytes.append(Self.hexDigit(unit))
    }

    private static func hexDigit(_ value: UInt16) -> UInt8 {
        let nibble = UInt8(truncatingIfNeeded: value & 0xF)
        return nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }
}
