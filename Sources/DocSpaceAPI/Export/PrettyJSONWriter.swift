/// Writes JSON byte for byte as Foundation's `JSONEncoder` does on Linux with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` — two-space indents,
/// `"key" : value`, `[\n\n]` for an empty array, `\u001f`-style escapes for control
/// characters, doubles as their `description` without a trailing `.0` — so the CLI's JSON
/// stays exactly what it was while costing a fraction of the time (see `PersonJSON`).
///
/// One difference, on purpose: DEL and the C1 controls (U+0080–U+009F, U+009B being a
/// one-byte CSI) are escaped too (`\u007f`, `\u009b`), where `JSONEncoder` leaves them raw,
/// so JSON printed on a terminal cannot drive it; a parser reads the same string back.
/// `JSONControlEscapes` gives the encoder's output the same escapes.
///
/// Keys are written in the order given: callers pass them sorted by their UTF-8 bytes, the
/// order `.sortedKeys` uses on Linux.
struct PrettyJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// How deep the innermost open container is (the top level is 0).
    private(set) var depth = 0
    /// No element or member written yet in the innermost open container.
    private var isEmpty = true

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func reserve(_ capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// A writer for a run of elements inside an array opened elsewhere, at `depth`: the
    /// runs of one long array can then be written in parallel and joined. `afterElements`
    /// says whether elements precede the run (its first element then starts with a comma).
    init(elementsAtDepth depth: Int, afterElements: Bool, capacity: Int) {
        self.init(capacity: capacity)
        self.depth = depth
        isEmpty = !afterElements
    }

    // MARK: Containers

    mutating func array(_ body: (inout PrettyJSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    mutating func object(_ body: (inout PrettyJSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Starts the next element of the open array; the caller then writes its value.
    mutating func element() {
        separate()
    }

    /// Starts the member `key` of the open object; the caller then writes its value.
    mutating func member(_ key: String) {
        separate()
        string(key)
        bytes.append(contentsOf: Self.colon)
    }

    /// Starts a member from its lead as `SortedKeys` prepares it for the current depth:
    /// `,\n`, the indentation and `"key" : `, the comma left out before the first member.
    /// The same bytes as `separate()` and the key, in one copy.
    mutating func member(lead: UnsafeBufferPointer<UInt8>) {
        if isEmpty {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: lead.dropFirst()))
        } else {
            bytes.append(contentsOf: lead)
        }
        isEmpty = false
    }

    /// `"key" : ` for a key without characters to escape (coding keys), to prepare once.
    static func memberPrefix(_ key: String) -> [UInt8] {
        var writer = PrettyJSONWriter(capacity: key.utf8.count + 5)
        writer.string(key)
        return writer.bytes + colon
    }

    private static let colon: [UInt8] = Array(" : ".utf8)

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if isEmpty { bytes.append(UInt8(ascii: "\n")) }
        newline()
        bytes.append(bracket)
        isEmpty = false
    }

    private mutating func separate() {
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        isEmpty = false
        newline()
    }

    private mutating func newline() {
        let length = 1 + depth * 2
        if length <= Self.indentation.utf8CodeUnitCount {
            Self.indentation.withUTF8Buffer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<length])) }
        } else {
            bytes.append(UInt8(ascii: "\n"))
            for _ in 0..<(depth * 2) { bytes.append(UInt8(ascii: " ")) }
        }
    }

    /// A line break and the indentation of depths up to 7 (people nest four deep). A literal,
    /// not a stored array: a line is written for every member, and a static array costs a
    /// `swift_once` check and a retain each time.
    private static var indentation: StaticString { "\n              " }

    // MARK: Values

    mutating func bool(_ value: Bool) {
        if value {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])  // true
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])  // false
        }
    }

    mutating func integer<T: BinaryInteger>(_ value: T) {
        guard let value = Int64(exactly: value) else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        // The decimal digits written from the end of a small buffer: `String(value)` makes a
        // string per number (three or four per person).
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// A finite double as `JSONEncoder` writes it: its `description`, minus a final `.0`.
    mutating func double(_ value: Double) {
        // A whole number below 10^15 (a used space in bytes) is its digits: its `description`
        // is those digits and ".0" (exponents start at 2^53), and -0 keeps its sign below.
        if value.rounded(.towardZero) == value, value.magnitude < 1e15, !(value == 0 && value.sign == .minus) {
            integer(Int64(value))
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// A string: `"` and `\` escaped, C0 controls as `\b \t \n \f \r` or `\u00xx`, DEL and C1
    /// controls as `\u00xx`, everything else (slashes, non-ASCII) as is. Plain runs are copied
    /// whole.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        if value.utf8.withContiguousStorageIfAvailable({ writeEscaped(utf8: $0) }) == nil {
            var text = value
            text.withUTF8 { writeEscaped(utf8: $0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether `byte` may start a character to escape: C0 controls, `"`, `\\`, DEL, and 0xC2
    /// (the lead byte of U+0080–U+009F). Plain ASCII is told by the first two comparisons.
    @inline(__always)
    private static func mayEscape(_ byte: UInt8) -> Bool {
        if byte >= 0x23 && byte < 0x7F { return byte == 0x5C }
        return byte < 0x20 || byte == 0x22 || byte == 0x7F || byte == 0xC2
    }

    private mutating func writeEscaped(utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            index = PlainASCII.end(in: utf8, from: index)
            guard index < utf8.count else { break }
            let byte = utf8[index]
            guard Self.mayEscape(byte) else {
                index += 1
                continue
            }
            // The character to escape (its value is below 0xA0) and its length in UTF-8.
            let character: UInt8
            let length: Int
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F {
                character = byte
                length = 1
            } else if byte == 0xC2, index + 1 < utf8.count, (0x80...0x9F).contains(utf8[index + 1]) {
                character = utf8[index + 1]  // U+0080–U+009F is C2 80 … C2 9F
                length = 2
            } else {
                index += 1
                continue
            }
            if runStart < index {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            }
            escape(character)
            index += length
            runStart = index
        }
        if runStart < utf8.count {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [
                UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
            ])
        }
    }
}
