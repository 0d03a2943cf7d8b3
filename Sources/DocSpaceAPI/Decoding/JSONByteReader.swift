/// A validating, forward-only JSON reader over UTF-8 bytes: the primitives of the people
/// fast path (`PeopleListScanner`).
///
/// Why not `JSONDecoder`: decoding a page of 100 people through Codable was about half of
/// `list --all`'s CPU (it also parses the body twice, once for the envelope's head). This
/// reader walks the bytes once and hands out values without building a tree.
///
/// It never guesses. Anything it is not sure `JSONDecoder` would read the same way — a
/// malformed document, a lone surrogate, a fraction where an integer is expected, a
/// duplicated key — makes it give up (`JSONByteReader.GiveUp`), and the caller falls back to
/// the Codable path, which then produces the result or the exact error it always did.
struct JSONByteReader {
    /// "Not sure; use the Codable path."
    struct GiveUp: Error {}

    /// A value as the lenient field readers see it.
    enum Value {
        case string(String)
        /// A number, kept as its position in the bytes until a reader knows what it wants.
        case number(Number)
        case bool(Bool)
        case null
        /// An array or object, already stepped over (and validated).
        case compound
    }

    /// A JSON number's text and whether it is a plain integer (no fraction, no exponent).
    struct Number {
        var start: Int
        var end: Int
        var isInteger: Bool
    }

    /// The JSON value kinds, seen before reading one.
    enum Kind { case object, array, string, number, bool, null }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    private var depth = 0

    /// Nesting beyond this gives up (Foundation's own limit is deeper; nothing real is close).
    private static let maxDepth = 64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Structure

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// The kind of the next value (after whitespace), without consuming it.
    mutating func peekKind() throws(GiveUp) -> Kind {
        skipWhitespace()
        guard position < bytes.count else { throw GiveUp() }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw GiveUp()
        }
    }

    /// Reads an object member by member: `body` gets each key's bytes and must consume the
    /// member's value. Keys with escapes give up (no People API key has one).
    mutating func readObject(_ body: (inout JSONByteReader, UnsafeBufferPointer<UInt8>) throws(GiveUp) -> Void)
        throws(GiveUp)
    {
        try expect(UInt8(ascii: "{"))
        try enter()
        skipWhitespace()
        if try consume(UInt8(ascii: "}")) {
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            let key = try readKeyBytes()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            try body(&self, key)
            skipWhitespace()
            if try consume(UInt8(ascii: ",")) { continue }
            try expect(UInt8(ascii: "}"))
            depth -= 1
            return
        }
    }

    /// Reads an array element by element: `body` must consume each element.
    mutating func readArray(_ body: (inout JSONByteReader) throws(GiveUp) -> Void) throws(GiveUp) {
        try expect(UInt8(ascii: "["))
        try enter()
        skipWhitespace()
        if try consume(UInt8(ascii: "]")) {
            depth -= 1
            return
        }
        while true {
            try body(&self)
            skipWhitespace()
            if try consume(UInt8(ascii: ",")) { continue }
            try expect(UInt8(ascii: "]"))
            depth -= 1
            return
        }
    }

    /// Reads any value; arrays and objects are validated and stepped over.
    mutating func readValue() throws(GiveUp) -> Value {
        switch try peekKind() {
        case .string: return .string(try readString())
        case .number: return .number(try readNumber())
        case .bool:
            if try consumeLiteral("true") { return .bool(true) }
            if try consumeLiteral("false") { return .bool(false) }
            throw GiveUp()
        case .null:
            guard try consumeLiteral("null") else { throw GiveUp() }
            return .null
        case .object, .array:
            try skipValue()
            return .compound
        }
    }

    /// Steps over any value, validating it as `readValue` would, without making strings:
    /// most of a person's unread members are long avatar URLs.
    mutating func skipValue() throws(GiveUp) {
        switch try peekKind() {
        case .string: try skipString()
        case .number: _ = try readNumber()
        case .bool, .null: _ = try readValue()
        case .object: try readObject { reader, _ throws(GiveUp) in try reader.skipValue() }
        case .array: try readArray { reader throws(GiveUp) in try reader.skipValue() }
        }
    }

    /// Steps over a string: plain ASCII is only scanned; anything else is read in full, so
    /// it is refused exactly where `readString` refuses it.
    private mutating func skipString() throws(GiveUp) {
        let start = position
        position += 1
        while position < bytes.count {
            position = plainEnd(from: position)
            guard position < bytes.count else { break }
            switch bytes[position] {
            case UInt8(ascii: "\\"), 0..<0x20, 0x80...:
                position = start
                _ = try readString()
                return
            case UInt8(ascii: "\""):
                position += 1
                return
            default:
                position += 1
            }
        }
        throw GiveUp()
    }

    /// After the document's value: only whitespace may follow.
    mutating func expectEnd() throws(GiveUp) {
        skipWhitespace()
        guard position == bytes.count else { throw GiveUp() }
    }

    private mutating func enter() throws(GiveUp) {
        depth += 1
        guard depth <= Self.maxDepth else { throw GiveUp() }
    }

    private mutating func expect(_ byte: UInt8) throws(GiveUp) {
        guard position < bytes.count, bytes[position] == byte else { throw GiveUp() }
        position += 1
    }

    private mutating func consume(_ byte: UInt8) throws(GiveUp) -> Bool {
        guard position < bytes.count else { throw GiveUp() }
        guard bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func consumeLiteral(_ literal: StaticString) throws(GiveUp) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw GiveUp() }
        let matches = literal.withUTF8Buffer { text in
            (0..<count).allSatisfy { bytes[position + $0] == text[$0] }
        }
        guard matches else { return false }
        position += count
        return true
    }

    // MARK: Numbers

    /// JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func readNumber() throws(GiveUp) -> Number {
        let start = position
        var isInteger = true
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw GiveUp() }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw GiveUp() }
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else { throw GiveUp() }
            skipDigits()
        }
        return Number(start: start, end: position, isInteger: isInteger)
    }

    /// A plain integer's value; anything else (a fraction, `-0`, out of range) gives up.
    func integer(_ number: Number) throws(GiveUp) -> Int64 {
        guard number.isInteger else { throw GiveUp() }
        var index = number.start
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        if negative, bytes[index] == UInt8(ascii: "0") { throw GiveUp() }
        var magnitude: UInt64 = 0
        while index < number.end {
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(bytes[index] - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { throw GiveUp() }
            magnitude = sum
            index += 1
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { throw GiveUp() }
            return magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { throw GiveUp() }
        return Int64(magnitude)
    }

    /// Any number as a finite `Double` (correctly rounded, as Foundation's parser is).
    func double(_ number: Number) throws(GiveUp) -> Double {
        if number.isInteger, let exact = try? integer(number), exact.magnitude < 1 << 53 {
            return Double(exact)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[number.start..<number.end]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw GiveUp() }
        return value
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }

    // MARK: Strings

    /// The first byte from `index` on that a string's reader must look at
    /// (`PlainASCII.end`).
    private func plainEnd(from index: Int) -> Int {
        PlainASCII.end(in: bytes, from: index)
    }

    /// A key's raw bytes (between the quotes); keys with escapes give up.
    private mutating func readKeyBytes() throws(GiveUp) -> UnsafeBufferPointer<UInt8> {
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count {
            position = plainEnd(from: position)
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let key = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                return key
            }
            guard byte >= 0x20, byte != UInt8(ascii: "\\") else { throw GiveUp() }
            position += 1
        }
        throw GiveUp()
    }

    /// A string value, escapes decoded. Raw control characters, invalid UTF-8 and lone
    /// surrogates give up (Foundation refuses them).
    mutating func readString() throws(GiveUp) -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        var isASCII = true
        while position < bytes.count {
            position = plainEnd(from: position)
            guard position < bytes.count else { break }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let run = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                return try Self.string(fromUTF8: run, isASCII: isASCII)
            case UInt8(ascii: "\\"):
                return try readEscapedString(from: start, prefixIsASCII: isASCII)
            case 0..<0x20:
                throw GiveUp()
            case 0x80...:
                isASCII = false
                position += 1
            default:
                position += 1
            }
        }
        throw GiveUp()
    }

    /// The portal escapes every non-ASCII character (`\u0105`) and `+` (`\u002B`, in every
    /// date), so most people have strings that come here: the plain runs between escapes are
    /// copied whole.
    private mutating func readEscapedString(from start: Int, prefixIsASCII: Bool) throws(GiveUp) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(position - start + 32)
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        // Whether the raw bytes copied so far are all ASCII: then only the escapes' own
        // UTF-8, valid by construction, could be non-ASCII, and the text needs no validation.
        var rawIsASCII = prefixIsASCII
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                if rawIsASCII { return String(decoding: text, as: UTF8.self) }
                return try text.withUnsafeBufferPointer { buffer throws(GiveUp) in
                    try Self.string(fromUTF8: buffer, isASCII: false)
                }
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { throw GiveUp() }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"): appendUTF8(of: try readUnicodeEscape(), to: &text)
                default: throw GiveUp()
                }
            case 0..<0x20:
                throw GiveUp()
            default:
                // This byte and the plain run after it.
                if byte >= 0x80 { rawIsASCII = false }
                let runStart = position
                position = plainEnd(from: position + 1)
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            }
        }
        throw GiveUp()
    }

    /// The scalar of `\uXXXX` (the `\u` already read), joining a surrogate pair.
    private mutating func readUnicodeEscape() throws(GiveUp) -> Unicode.Scalar {
        let unit = try readHex4()
        switch unit {
        case 0xD800...0xDBFF:
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
            else { throw GiveUp() }
            position += 2
            let low = try readHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
            let value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            guard let scalar = Unicode.Scalar(value) else { throw GiveUp() }
            return scalar
        case 0xDC00...0xDFFF, 0:
            throw GiveUp()
        default:
            guard let scalar = Unicode.Scalar(unit) else { throw GiveUp() }
            return scalar
        }
    }

    private mutating func readHex4() throws(GiveUp) -> UInt32 {
        guard position + 4 <= bytes.count else { throw GiveUp() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw GiveUp()
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// A scalar's UTF-8, by hand: `scalar.utf8` goes through a generic sequence copy.
    private func appendUTF8(of scalar: Unicode.Scalar, to text: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            text.append(UInt8(value))
        case 0x80..<0x800:
            text.append(0xC0 | UInt8(value >> 6))
            text.append(0x80 | UInt8(value & 0x3F))
        case 0x800..<0x10000:
            text.append(0xE0 | UInt8(value >> 12))
            text.append(0x80 | UInt8((value >> 6) & 0x3F))
            text.append(0x80 | UInt8(value & 0x3F))
        default:
            text.append(0xF0 | UInt8(value >> 18))
            text.append(0x80 | UInt8((value >> 12) & 0x3F))
            text.append(0x80 | UInt8((value >> 6) & 0x3F))
            text.append(0x80 | UInt8(value & 0x3F))
        }
    }

    /// A `String` from UTF-8 that must be valid (Foundation refuses invalid UTF-8).
    private static func string(fromUTF8 utf8: UnsafeBufferPointer<UInt8>, isASCII: Bool) throws(GiveUp) -> String {
        if isASCII { return String(decoding: utf8, as: UTF8.self) }
        guard let text = String(validating: utf8, as: UTF8.self) else { throw GiveUp() }
        return text
    }
}
