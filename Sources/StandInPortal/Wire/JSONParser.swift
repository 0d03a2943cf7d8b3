/// A small strict JSON parser for request bodies. Its errors carry the JSON path and byte
/// position so a malformed body gets a validation 400 shaped like ASP.NET's.
struct JSONParser {
    struct Failure: Error {
        var path: String
        var bytePosition: Int
    }

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSON {
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue(path: "$")
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw Failure(path: "$", bytePosition: parser.position) }
        return value
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) {
            position += 1
        }
    }

    private func fail(_ path: String) -> Failure {
        Failure(path: path, bytePosition: position)
    }

    private mutating func parseValue(path: String) throws(Failure) -> JSON {
        guard position < bytes.count else { throw fail(path) }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject(path: path)
        case UInt8(ascii: "["): return try parseArray(path: path)
        case UInt8(ascii: "\""): return .string(try parseString(path: path))
        case UInt8(ascii: "t"):
            try expect("true", path: path)
            return .bool(true)
        case UInt8(ascii: "f"):
            try expect("false", path: path)
            return .bool(false)
        case UInt8(ascii: "n"):
            try expect("null", path: path)
            return .null
        default: return try parseNumber(path: path)
        }
    }

    private mutating func expect(_ word: String, path: String) throws(Failure) {
        for byte in word.utf8 {
            guard position < bytes.count, bytes[position] == byte else { throw fail(path) }
            position += 1
        }
    }

    private mutating func parseObject(path: String) throws(Failure) -> JSON {
        position += 1
        var object = JSONObject()
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw fail(path) }
            let key = try parseString(path: path)
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw fail(path) }
            position += 1
            skipWhitespace()
            let value = try parseValue(path: "\(path).\(key)")
            object.set(key, value)
            skipWhitespace()
            guard position < bytes.count else { throw fail(path) }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(object)
            } else {
                throw fail(path)
            }
        }
    }

    private mutating func parseArray(path: String) throws(Failure) -> JSON {
        position += 1
        var items: [JSON] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue(path: "\(path)[\(items.count)]"))
            skipWhitespace()
            guard position < bytes.count else { throw fail(path) }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(items)
            } else {
                throw fail("\(path)[\(items.count)]")
            }
        }
    }

    private mutating func parseHex4(path: String) throws(Failure) -> UInt16 {
        guard position + 4 <= bytes.count else { throw fail(path) }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt16
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt16(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt16(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt16(byte - UInt8(ascii: "A") + 10)
            default: throw fail(path)
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func parseString(path: String) throws(Failure) -> String {
        position += 1
        var utf8: [UInt8] = []
        while true {
            guard position < bytes.count else { throw fail(path) }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                break
            }
            guard byte >= 0x20 else { throw fail(path) }
            if byte != UInt8(ascii: "\\") {
                utf8.append(byte)
                position += 1
                continue
            }
            position += 1
            guard position < bytes.count else { throw fail(path) }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""): utf8.append(0x22)
            case UInt8(ascii: "\\"): utf8.append(0x5C)
            case UInt8(ascii: "/"): utf8.append(0x2F)
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var units = [try parseHex4(path: path)]
                if UTF16.isLeadSurrogate(units[0]), position + 6 <= bytes.count,
                    bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
                {
                    position += 2
                    units.append(try parseHex4(path: path))
                }
                utf8.append(contentsOf: String(decoding: units, as: UTF16.self).utf8)
            default:
                throw fail(path)
            }
        }
        guard let string = String(validating: utf8, as: UTF8.self) else { throw fail(path) }
        return string
    }

    private mutating func parseNumber(path: String) throws(Failure) -> JSON {
        let start = position
        var isInteger = true
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        while position < bytes.count {
            let byte = bytes[position]
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                position += 1
            } else if [
                UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
                UInt8(ascii: "+"), UInt8(ascii: "-"),
            ].contains(byte) {
                isInteger = false
                position += 1
            } else {
                break
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger, let value = Int64(text) { return .int(value) }
        if let value = Double(text), text.last.map({ $0.isNumber }) == true { return .double(value) }
        position = start
        throw fail(path)
    }
}
