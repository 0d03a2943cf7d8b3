/// A JSON document as the fuzzer edits it: object members keep their order and may repeat a
/// key, numbers keep their text (so `1e400` or a 30-digit integer can be written), and `raw`
/// holds text written verbatim — invalid tokens (`NaN`, a lone `\ud800` escape) or a deep
/// nesting that would be too deep to hold as a tree.
indirect enum FuzzJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([FuzzJSON])
    case object([Member])
    case raw(String)

    struct Member: Sendable, Equatable {
        var key: String
        var value: FuzzJSON
    }

    // MARK: Writing

    /// The document as UTF-8 bytes.
    var bytes: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1_024)
        write(to: &output)
        return output
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    func write(to output: inout [UInt8]) {
        switch self {
        case .null: output += Self.nullBytes
        case .bool(let value): output += value ? Self.trueBytes : Self.falseBytes
        case .number(let text), .raw(let text): output.append(contentsOf: text.utf8)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                member.value.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let nullBytes = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string: quote, backslash and C0 controls escaped, everything else as UTF-8.
    /// (Works on the contiguous UTF-8 buffer: the test target is built for debugging, where a
    /// generic per-byte loop would dominate the fuzz run.)
    static func writeString(_ value: String, to output: inout [UInt8]) {
        var value = value
        value.makeContiguousUTF8()
        output.append(UInt8(ascii: "\""))
        value.utf8.withContiguousStorageIfAvailable { buffer in
            var plainStart = 0
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[plainStart..<index]))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), byte]
                case UInt8(ascii: "\n"): output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "\t"): output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                default:
                    output += [
                        UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                        hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)],
                    ]
                }
                index += 1
                plainStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[plainStart..<count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    // MARK: Choosing a node

    /// A random node's path, found by walking down from the root: at each container the walk
    /// stops there with a fixed chance, else goes on into a random child. O(depth), so large
    /// documents cost no more than small ones.
    func randomPath(_ random: inout FuzzRandom, stopChance: Double = 0.3) -> [Int] {
        var path: [Int] = []
        var node = self
        while true {
            let count = node.childCount
            if count == 0 || random.chance(stopChance) { return path }
            let index = random.int(0..<count)
            path.append(index)
            node = node.child(index)
        }
    }

    /// The path of a non-empty object met on a random walk down (the deepest one met), if any.
    func randomObjectPath(_ random: inout FuzzRandom) -> [Int]? {
        var path: [Int] = []
        var found: [Int]?
        var node = self
        while true {
            if case .object(let members) = node, !members.isEmpty {
                found = path
                if random.chance(0.35) { return found }
            }
            let count = node.childCount
            if count == 0 { return found }
            let index = random.int(0..<count)
            path.append(index)
            node = node.child(index)
        }
    }

    private var childCount: Int {
        switch self {
        case .array(let items): items.count
        case .object(let members): members.count
        default: 0
        }
    }

    private func child(_ index: Int) -> FuzzJSON {
        switch self {
        case .array(let items): items[index]
        case .object(let members): members[index].value
        default: self
        }
    }

    // MARK: Walking

    /// The path of every node, the root first: each step is an index into an array's items or
    /// an object's members.
    var paths: [[Int]] {
        var result: [[Int]] = []
        collectPaths(prefix: [], into: &result)
        return result
    }

    private func collectPaths(prefix: [Int], into result: inout [[Int]]) {
        result.append(prefix)
        switch self {
        case .array(let items):
            for (index, item) in items.enumerated() { item.collectPaths(prefix: prefix + [index], into: &result) }
        case .object(let members):
            for (index, member) in members.enumerated() {
                member.value.collectPaths(prefix: prefix + [index], into: &result)
            }
        default:
            break
        }
    }

    subscript(path: [Int]) -> FuzzJSON {
        get {
            guard let first = path.first else { return self }
            let rest = Array(path.dropFirst())
            switch self {
            case .array(let items): return items[first][rest]
            case .object(let members): return members[first].value[rest]
            default: return self
            }
        }
        set {
            guard let first = path.first else {
                self = newValue
                return
            }
            let rest = Array(path.dropFirst())
            switch self {
            case .array(var items):
                items[first][rest] = newValue
                self = .array(items)
            case .object(var members):
                members[first].value[rest] = newValue
                self = .object(members)
            default:
                self = newValue
            }
        }
    }

    /// The value of the first member named `key`, for seeds that need `response`.
    func member(_ key: String) -> FuzzJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}

// MARK: - Reading the seeds

extension FuzzJSON {
    struct SyntaxError: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "the fuzz seed is not JSON near byte \(offset)" }
    }

    /// Reads a (valid) seed document. Only the fuzz corpus goes through here, so it is strict
    /// and simple rather than fast.
    static func parse(_ text: String) throws -> FuzzJSON {
        var parser = Parser(bytes: Array(text.utf8))
        let value = try parser.value()
        parser.skipSpace()
        guard parser.position == parser.bytes.count else { throw SyntaxError(offset: parser.position) }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        var position = 0

        mutating func skipSpace() {
            while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        }

        func fail() -> SyntaxError { SyntaxError(offset: position) }

        mutating func expect(_ word: String) throws {
            for byte in word.utf8 {
                guard position < bytes.count, bytes[position] == byte else { throw fail() }
                position += 1
            }
        }

        mutating func value() throws -> FuzzJSON {
            skipSpace()
            guard position < bytes.count else { throw fail() }
            switch bytes[position] {
            case UInt8(ascii: "n"):
                try expect("null")
                return .null
            case UInt8(ascii: "t"):
                try expect("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try expect("false")
                return .bool(false)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "["):
                position += 1
                var items: [FuzzJSON] = []
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                while true {
                    items.append(try value())
                    skipSpace()
                    guard position < bytes.count else { throw fail() }
                    if bytes[position] == UInt8(ascii: ",") {
                        position += 1
                        continue
                    }
                    try expect("]")
                    return .array(items)
                }
            case UInt8(ascii: "{"):
                position += 1
                var members: [Member] = []
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    return .object(members)
                }
                while true {
                    skipSpace()
                    let key = try string()
                    skipSpace()
                    try expect(":")
                    members.append(Member(key: key, value: try value()))
                    skipSpace()
                    guard position < bytes.count else { throw fail() }
                    if bytes[position] == UInt8(ascii: ",") {
                        position += 1
                        continue
                    }
                    try expect("}")
                    return .object(members)
                }
            default:
                let start = position
                while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
                guard position > start else { throw fail() }
                return .number(String(decoding: bytes[start..<position], as: UTF8.self))
            }
        }

        mutating func string() throws -> String {
            try expect("\"")
            var scalars = String.UnicodeScalarView()
            var raw: [UInt8] = []
            func flush() {
                scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
                raw.removeAll()
            }
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "\"") {
                    flush()
                    return String(scalars)
                }
                guard byte == UInt8(ascii: "\\") else {
                    raw.append(byte)
                    continue
                }
                flush()
                guard position < bytes.count else { throw fail() }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), position + 1 < bytes.count,
                        bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
                    {
                        position += 2
                        let low = try hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default: scalars.append(Unicode.Scalar(escape))
                }
            }
            throw fail()
        }

        mutating func hex4() throws -> UInt32 {
            guard position + 4 <= bytes.count,
                let value = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16)
            else { throw fail() }
            position += 4
            return value
        }
    }
}
