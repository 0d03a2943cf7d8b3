import DocSpaceAPI
import Foundation

/// Makes fuzz inputs from the corpus: structural edits of the JSON (keys deleted and
/// duplicated, types swapped, extreme numbers, odd strings, deep nesting, splices), then
/// byte-level damage (bit flips, truncation at every kind of point, invalid UTF-8, random
/// bytes), a status and headers (a garbage `Retry-After` included). Some inputs are random
/// bytes or tiny special bodies from the start. Everything comes from the input's seed.
struct FuzzMutator: Sendable {
    let corpus: FuzzCorpus

    /// Bytes a "repeat" edit may add.
    static let repeatBudget = 300_000

    static let statuses = [200, 200, 200, 201, 204, 400, 401, 403, 404, 429, 500, 502, 503]
    static let oddStatuses = [0, -1, 100, 301, 302, 304, 402, 405, 418, 504, 599, 600, 999, Int(Int32.max)]

    func input(seed: UInt64) -> FuzzInput {
        var random = FuzzRandom(seed: seed)
        let operation = random.pick(FuzzOperation.allCases)
        var recipe: [String] = []
        var naturalStatus = 200
        var body: [UInt8]

        let roll = random.int(0..<100)
        if roll < 7 {
            body = (0..<random.size(upTo: 4_096)).map { _ in random.byte() }
            recipe.append("random bytes")
        } else if roll < 11 {
            let special = random.pick(Self.specialBodies)
            body = Array(special.utf8)
            recipe.append("special body")
        } else {
            let own = corpus.seeds(for: operation)
            let seed = random.chance(0.6) ? random.pick(own) : random.pick(corpus.seeds)
            naturalStatus = seed.status
            recipe.append(seed.name)
            var document = seed.document
            let edits = random.chance(0.05) ? 0 : random.int(1...3)
            for _ in 0..<edits { recipe.append(mutate(&document, &random)) }
            body = document.bytes
            if random.chance(0.25) {
                for _ in 0..<random.int(1...3) { recipe.append(damage(&body, &random)) }
            }
        }

        let status: Int
        switch random.int(0..<100) {
        case 0..<70: status = naturalStatus
        case 70..<96: status = random.pick(Self.statuses)
        default: status = random.pick(Self.oddStatuses)
        }
        return FuzzInput(
            seed: seed, operation: operation,
            response: HTTPResponse(status: status, headers: headers(&random), body: Data(body)),
            recipe: recipe)
    }

    // MARK: Structural edits

    private func mutate(_ document: inout FuzzJSON, _ random: inout FuzzRandom) -> String {
        let path = document.randomPath(&random)
        let node = document[path]
        switch random.int(0..<14) {
        case 0, 1:
            // Delete a member of some object.
            guard let target = document.randomObjectPath(&random) else { return "delete (no object)" }
            guard case .object(var members) = document[target] else { return "delete" }
            let removed = members.remove(at: random.int(0..<members.count))
            document[target] = .object(members)
            return "delete \(removed.key)"
        case 2:
            // Duplicate a member, with the same or another value, before or after the original.
            guard let target = document.randomObjectPath(&random) else { return "duplicate (no object)" }
            guard case .object(var members) = document[target] else { return "duplicate" }
            var copy = members[random.int(0..<members.count)]
            if random.chance(0.5) { copy.value = randomValue(&random) }
            members.insert(copy, at: random.int(0...members.count))
            document[target] = .object(members)
            return "duplicate \(copy.key)"
        case 3, 4:
            let swapped = typeSwap(node, &random)
            document[path] = swapped
            return "type swap at \(path)"
        case 5:
            document[path] = Self.number(random.pick(Self.extremeNumbers))
            return "extreme number at \(path)"
        case 6, 7:
            document[path] = oddString(&random)
            return "odd string at \(path)"
        case 8:
            let depth = random.size(upTo: 100_000)
            let inner = String(decoding: node.bytes, as: UTF8.self)
            if random.chance(0.5) {
                document[path] = .raw(
                    String(repeating: "[", count: depth) + inner + String(repeating: "]", count: depth))
            } else {
                document[path] = .raw(
                    String(repeating: #"{"a":"#, count: depth) + inner + String(repeating: "}", count: depth))
            }
            return "nest \(depth) deep at \(path)"
        case 9:
            document[path] = random.pick(corpus.donors)
            return "splice at \(path)"
        case 10:
            // Rename a key: case, spaces, empty, unicode look-alike, or the secret.
            guard let target = document.randomObjectPath(&random) else { return "rename (no object)" }
            guard case .object(var members) = document[target] else { return "rename" }
            let index = random.int(0..<members.count)
            let key = members[index].key
            members[index].key = random.pick([
                key.uppercased(), key.lowercased(), key + " ", " " + key, "",
                String(key.reversed()), key + "\u{0}", key.replacingOccurrences(of: "i", with: "і"),
                FuzzOracle.apiKey,
            ])
            document[target] = .object(members)
            return "rename \(key)"
        case 11:
            // Repeat an array's element many times (or make an array of the node).
            // At most about 300 KB of repeats, so that the run stays fast.
            var count = random.size(upTo: 3_000)
            if case .array(let items) = node, !items.isEmpty {
                let item = random.pick(items)
                count = min(count, max(1, Self.repeatBudget / max(1, item.bytes.count)))
                document[path] = .array(Array(repeating: item, count: count))
            } else {
                count = min(count, max(1, Self.repeatBudget / max(1, node.bytes.count)))
                document[path] = .array(Array(repeating: node, count: count))
            }
            return "repeat \(count)× at \(path)"
        case 12:
            // The envelope's own fields: failure flags, status codes, an error of any shape.
            let edit = random.int(0..<5)
            let member: FuzzJSON.Member =
                switch edit {
                case 0: .init(key: "status", value: randomValue(&random))
                case 1:
                    .init(
                        key: "statusCode",
                        value: Self.number(
                            random.pick([
                                "200", "400", "404", "429", "500", "999", "-1", "1e400", "99999999999999999999",
                            ])))
                case 2: .init(key: "error", value: randomValue(&random))
                case 3: .init(key: "error", value: .object([.init(key: "message", value: oddString(&random))]))
                default: .init(key: "total", value: Self.number(random.pick(Self.extremeNumbers)))
                }
            if case .object(var members) = document {
                members.insert(member, at: random.int(0...members.count))
                document = .object(members)
            } else {
                document = .object([member, .init(key: "response", value: document)])
            }
            return "envelope \(member.key)"
        default:
            // Empty containers and long text.
            switch node {
            case .array: document[path] = .array([])
            case .object: document[path] = .object([])
            default:
                let unit = random.pick(["a", "é", "李", "🙂", "&amp;", "&#", "\u{1B}[", "\\", " ", "\u{301}"])
                document[path] = .string(String(repeating: unit, count: random.size(upTo: 20_000)))
            }
            return "empty or long at \(path)"
        }
    }

    /// The node turned into another JSON type, keeping what can be kept.
    private func typeSwap(_ node: FuzzJSON, _ random: inout FuzzRandom) -> FuzzJSON {
        switch random.int(0..<6) {
        case 0: return .null
        case 1: return .array(random.chance(0.5) ? [node] : [])
        case 2: return .object(random.chance(0.5) ? [.init(key: "value", value: node)] : [])
        case 3:
            switch node {
            case .number(let text): return .string(text)
            case .bool(let value): return .string(value ? "true" : "false")
            case .string(let text): return .string(" " + text + " ")
            default: return .string(node.text)
            }
        case 4:
            switch node {
            case .string(let text): return Double(text) != nil ? .number(text) : .number(String(text.count))
            case .bool(let value): return .number(value ? "1" : "0")
            default: return Self.number(random.pick(Self.extremeNumbers))
            }
        default:
            return .bool(random.chance(0.5))
        }
    }

    private func randomValue(_ random: inout FuzzRandom) -> FuzzJSON {
        switch random.int(0..<7) {
        case 0: .null
        case 1: .bool(random.chance(0.5))
        case 2: Self.number(random.pick(Self.extremeNumbers))
        case 3: oddString(&random)
        case 4: .array([])
        case 5: .object([])
        default: random.pick(corpus.donors)
        }
    }

    private func oddString(_ random: inout FuzzRandom) -> FuzzJSON {
        if random.chance(0.12) { return .raw(random.pick(Self.invalidStringTokens)) }
        return .string(random.pick(Self.oddStrings))
    }

    private static func number(_ text: String) -> FuzzJSON {
        // Tokens JSON does not allow are written raw all the same.
        .number(text)
    }

    // MARK: Byte damage

    private func damage(_ body: inout [UInt8], _ random: inout FuzzRandom) -> String {
        guard !body.isEmpty else {
            body = [random.byte()]
            return "one byte"
        }
        switch random.int(0..<9) {
        case 0:
            let flips = random.int(1...8)
            for _ in 0..<flips {
                let index = random.int(0..<body.count)
                body[index] ^= 1 << UInt8(random.int(0..<8))
            }
            return "flip \(flips) bits"
        case 1, 2, 3:
            // Truncate right after a byte of some kind: structure, quote, digit, escape,
            // a UTF-8 lead byte (cutting a character in two), anywhere.
            let kinds: [(String, (UInt8) -> Bool)] = [
                ("{ [", { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }),
                (": ,", { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ",") }),
                ("quote", { $0 == UInt8(ascii: "\"") }),
                (
                    "digit",
                    {
                        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".")
                            || $0 == UInt8(ascii: "e")
                    }
                ),
                ("backslash", { $0 == UInt8(ascii: "\\") }),
                ("UTF-8 lead", { $0 >= 0xC0 }),
                (
                    "letter of a literal",
                    { [UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "u")].contains($0) }
                ),
                ("anywhere", { _ in true }),
            ]
            let (name, matches) = random.pick(kinds)
            let cut =
                (Self.position(in: body, from: random.int(0..<body.count), where: matches) ?? random.int(0..<body.count))
                + 1
            body.removeSubrange(min(cut, body.count)...)
            return "truncate after \(name) at \(cut)"
        case 4:
            let sequence = random.pick(Self.invalidUTF8)
            let start = random.int(0..<body.count)
            let quote = random.chance(0.7) ? Self.position(in: body, from: start) { $0 == UInt8(ascii: "\"") } : nil
            let at = quote.map { $0 + 1 } ?? start
            body.insert(contentsOf: sequence, at: min(at, body.count))
            return "invalid UTF-8 at \(at)"
        case 5:
            let count = random.size(upTo: 64)
            let at = random.int(0...body.count)
            body.insert(contentsOf: (0..<count).map { _ in random.byte() }, at: at)
            return "insert \(count) random bytes"
        case 6:
            let start = random.int(0..<body.count)
            let end = min(body.count, start + random.size(upTo: 256))
            if random.chance(0.5) {
                body.removeSubrange(start..<end)
                return "delete bytes \(start)..<\(end)"
            }
            body.insert(contentsOf: body[start..<end], at: end)
            return "duplicate bytes \(start)..<\(end)"
        case 7:
            let index = random.int(0..<body.count)
            body[index] = random.pick(Array("{}[]:,\"\\ 0-e.".utf8))
            return "structural byte at \(index)"
        default:
            if random.chance(0.5) {
                body.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
                return "byte order mark"
            }
            body.append(contentsOf: Array(random.pick(["}", "{}", " x", "\u{0}", "]]]", ",", "\n{\"error\":1}"]).utf8))
            return "trailing garbage"
        }
    }

    /// The first index at or after `start` (wrapping around) whose byte matches.
    private static func position(in body: [UInt8], from start: Int, where matches: (UInt8) -> Bool) -> Int? {
        var index = start
        for _ in 0..<body.count {
            if matches(body[index]) { return index }
            index = index + 1 == body.count ? 0 : index + 1
        }
        return nil
    }

    // MARK: Status and headers

    private func headers(_ random: inout FuzzRandom) -> HTTPHeaders {
        var headers = HTTPHeaders()
        if random.chance(0.85) {
            headers["Content-Type"] =
                random.chance(0.9)
                ? "application/json; charset=utf-8"
                : random.pick(["text/html", "", "application/json; charset=latin1", "\u{0}", FuzzOracle.apiKey])
        }
        if random.chance(0.3) { headers["Retry-After"] = random.pick(Self.retryAfterValues) }
        if random.chance(0.08) {
            headers["Location"] = random.pick([
                "https://elsewhere.example/x", "", "/relative", "javascript:alert(1)",
                "\u{1B}]0;pwned\u{07}", "https://portal.fuzz.test/?key=" + FuzzOracle.apiKey,
            ])
        }
        if random.chance(0.05) {
            headers["X-Weird-\(random.int(0..<10))"] = String(repeating: "x", count: random.size(upTo: 10_000))
        }
        return headers
    }

    // MARK: Ingredients

    static let specialBodies = [
        "", " ", "\n\n", "null", "true", "0", "-1", "\"text\"", "[]", "{}", "[{}]", "{\"response\":null}",
        "{\"response\":", "{\"response\":[", "{\"response\":{\"id\":", "{\"error\":null}", "{\"error\":{}}",
        "{\"status\":1}", "{\"status\":\"1\"}", "{\"response\":{},\"status\":1}", "\u{FEFF}{}", "{}{}", "{\"a\":1,}",
        "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
        "<?xml version=\"1.0\"?><error>Internal</error>", "Service Unavailable", "\u{0}\u{0}\u{0}\u{0}",
        "{\"response\":[null,1,\"x\",[],{}]}", "{\"response\":{\"items\":null,\"total\":-1}}",
        "{\"response\":{\"id\":\"\"}}", "{\"response\":{\"id\":null}}", "{\"response\":{\"id\":{}}}",
        "{\"response\":{\"token\":\"\"}}", "{\"response\":{\"percentage\":1e300}}",
        "{\"response\":{\"percentage\":\"nan\"}}", "{\"response\":{\"id\":\" \"}}",
    ]

    static let extremeNumbers = [
        "0", "-0", "1", "-1", "2", "4", "100", "101", "-2147483649", "2147483648", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "123456789012345678901234567890", "1e308", "1.7976931348623157e308", "1e309", "-1e309", "1e-400",
        "4.9e-324", "0.5", "99.99", "1E2", "1e+2", "-0.0", "00", "01", "1.", ".5", "+1", "NaN", "Infinity",
        "-Infinity", "0x10", "1e999999999", String(repeating: "9", count: 400),
        "1" + String(repeating: "0", count: 5_000),
    ]

    static let oddStrings = [
        "", " ", "\t\n", "0", "-1", "1", "1e309", "nan", "NaN", "inf", "-Infinity", "  7  ", "0x1F", "true",
        "null", "१२३", "٣", "99999999999999999999", "1e300", "-1e300",
        "&#0;", "&#x110000;", "&#xD800;", "&amp;lt;", "&#99999999999;", "&", "&;", "&#;", "&#x;",
        String(repeating: "&#65;", count: 2_000), String(repeating: "&", count: 5_000),
        "\u{1B}[31mred\u{1B}[0m", "\u{1B}]0;title\u{07}", "\u{1B}P+q\u{1B}\\", "\u{9B}2J", "\u{202E}evil",
        "\u{200B}", "e\u{301}\u{301}\u{301}", "\u{0}", "a\u{0}b", "🙂", "👩‍👩‍👧‍👦", "\u{FFFD}", "\u{FEFF}",
        FuzzOracle.apiKey, "Bearer " + FuzzOracle.apiKey, FuzzOracle.password,
        "sk-FUZZ-0123456789abcdef".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "",
        "2026-03-02T17:05:11.0000000+03:00", "9999-12-31T23:59:60.9999999999999999-23:59", "0000-00-00T00:00:00",
        "2026-02-29T00:00:00", "2024-02-29T24:00:00", "2026-13-01T00:00:00Z", "1970-01-01T00:00:00.",
        "0001-01-01T00:00:00", "2026-03-02T17:05:11." + String(repeating: "9", count: 2_000) + "Z",
        "2026-03-02 17:05:11+9999", "Wed, 21 Oct 2015 07:28:00 GMT",
        "DocSpaceAdmin", "docspaceadmin", "RoomAdmin", "Guest", "User", "All", "0", "3", "7",
        "66faa6e4-f133-11ea-b126-00ffeec8b4ef", "../../etc/passwd", "%00", "a/b?c#d",
    ]

    /// String tokens JSON does not allow (or allows but Swift cannot hold, like a lone surrogate).
    static let invalidStringTokens = [
        #""\ud800""#, #""\udc00\ud800""#, #""\u00""#, #""\x41""#, #""unterminated"#, "'single'", #""a\"#,
        #""\uD83D\uDE00""#, #""\u0000""#, "\"tab\there\"", "\"new\nline\"",
    ]

    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xFE, 0xFF], [0xC0, 0x80], [0x80], [0xBF, 0xBF], [0xE2, 0x82], [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x99], [0xC3], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ]

    static let retryAfterValues = [
        "", " ", "abc", "-5", "0", "1", "2.5", "30", "31", "86400", "1e300", "-1e300", "1e309", "inf", "nan",
        "-0", "  12 ", "0x10", "१२", "99999999999999999999", "12abc", "Wed, 21 Oct 2015 07:28:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
        "Thu, 01 Jan 1970 00:00:00 GMT", "Mon, 32 Foo 2026 99:99:99 XYZ", String(repeating: "9", count: 5_000),
        FuzzOracle.apiKey,
    ]
}
