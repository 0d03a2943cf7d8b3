import Foundation
import Testing

@testable import DocSpaceAPI

/// The people fast path (`PeopleListScanner`) must read every body exactly as the Codable
/// path does, or step aside (`nil`) so that the Codable path decides. Held here against
/// ONLYOFFICE's mock bodies and thousands of generated bodies full of odd values.
@Suite struct PeopleListScannerTests {
    /// What the Codable path makes of a 2xx body: the payload, or `nil` where it reports a
    /// failure (error envelope, undecodable body).
    static func codable(_ body: Data) -> Payload<PeopleList>? {
        guard let head = try? JSONDecoder().decode(EnvelopeHead.self, from: body), !head.reportsFailure else {
            return nil
        }
        return try? JSONDecoder().decode(Payload<PeopleList>.self, from: body)
    }

    /// Fails unless the fast path's answer, when it gives one, is the Codable path's.
    static func expectSameReading(_ body: Data, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        guard let fast = PeopleListScanner.payload(from: body) else { return false }
        guard let slow = codable(body) else {
            Issue.record(
                "the fast path read a body the Codable path refuses: \(String(decoding: body, as: UTF8.self))",
                sourceLocation: sourceLocation)
            return true
        }
        let fastPeople = fast.response?.people ?? []
        let slowPeople = slow.response?.people ?? []
        #expect(fastPeople.count == slowPeople.count, sourceLocation: sourceLocation)
        if let index = fastPeople.indices.first(where: { $0 < slowPeople.count && fastPeople[$0] != slowPeople[$0] }) {
            Issue.record(
                """
                person \(index) differs:
                  fast:  \(fastPeople[index])
                  slow:  \(slowPeople[index])
                  body:  \(String(decoding: body, as: UTF8.self))
                """, sourceLocation: sourceLocation)
        }
        #expect(fast.response?.total == slow.response?.total, sourceLocation: sourceLocation)
        #expect(fast.total == slow.total, sourceLocation: sourceLocation)
        #expect(fast.count == slow.count, sourceLocation: sourceLocation)
        return true
    }

    @Test func onlyofficesListBodiesReadTheSameAndTakeTheFastPath() throws {
        for file in ["e2e/contactsList/contacts-list.json", "e2e/self/users-success.json"] {
            #expect(Self.expectSameReading(try Fixtures.data(file)), "\(file) should take the fast path")
        }
    }

    @Test("Group names are kept as sent on the fast path, department and displayName decoded")
    func groupNamesAsSent() throws {
        let body = Data(
            #"""
            {"count":1,"response":[{"id":"x","displayName":"A &amp; B","department":"R&amp;D",
             "groups":[{"id":"g","name":"Smith &amp; Sons &lt;EU&gt;"}]}],"status":0,"statusCode":200}
            """#.utf8)
        let fast = try #require(PeopleListScanner.payload(from: body)?.response?.people.first)
        #expect(fast.groups.first?.name == "Smith &amp; Sons &lt;EU&gt;")
        #expect(fast.department == "R&D")
        #expect(fast.displayName == "A & B")
        #expect(Self.expectSameReading(body))
    }

    @Test func everyFixtureIsReadTheSameOrLeftToCodable() throws {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var checked = 0
        for case let url as URL in files where url.pathExtension == "json" {
            _ = Self.expectSameReading(try Data(contentsOf: url))
            checked += 1
        }
        #expect(checked > 20)
    }

    @Test func wellFormedPeopleAllTakeTheFastPathAndReadTheSame() {
        var generator = BodyGenerator(seed: 7, oddity: 0)
        for _ in 0..<300 {
            let body = generator.envelope()
            #expect(Self.expectSameReading(body), "\(String(decoding: body, as: UTF8.self))")
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func oddBodiesAreReadTheSameOrLeftToCodable(seed: UInt64) {
        var generator = BodyGenerator(seed: seed, oddity: 0.08)
        var fast = 0
        for _ in 0..<400 {
            if Self.expectSameReading(generator.envelope()) { fast += 1 }
        }
        // Odd values are mostly read by the fast path, not merely handed back.
        #expect(fast > 100)
    }

    @Test func failuresAndOtherShapesAreLeftToCodable() {
        let bodies = [
            #"{"error":{"message":"nope"},"status":1,"statusCode":403}"#,
            #"{"response":[],"status":1}"#,
            #"{"response":[],"status":"1"}"#,
            #"{"response":[],"error":null}"#,
            #"{"response":{"items":[],"total":0}}"#,
            #"{"response":[{"displayName":"no id"}]}"#,
            #"{"response":[{"id":""}]}"#,
            #"{"response":[{"id":null}]}"#,
            #"{"response":[{"id":"a","id":"b"}]}"#,
            #"{"response":[{"id":"a","status":1.5}]}"#,
            #"{"response":[{"id":"a","firstName":"\ud800"}]}"#,
            #"{"response":[{"id":"a"}]} x"#,
            #"{"response":[{"id":"a"},]}"#,
            #"{"response":[{"id":"a","registrationDate":{"utcTime":"2024-01-01T00:00:00"}}]}"#,
            #"{"total":3}"#,
            #"[1,2]"#,
            "",
        ]
        for text in bodies {
            #expect(PeopleListScanner.payload(from: Data(text.utf8)) == nil, "\(text)")
        }
    }

    @Test func invalidUTF8IsLeftToCodable() {
        var body = Data(#"{"response":[{"id":"a","firstName":""#.utf8)
        body.append(contentsOf: [0xC3, 0x28])
        body.append(contentsOf: Array(#""}]}"#.utf8))
        #expect(PeopleListScanner.payload(from: body) == nil)
    }

    @Test func theClientReadsPagesThroughTheFastPathWithTheSameResult() async throws {
        let body = try Fixtures.text("e2e/contactsList/contacts-list.json")
        let page = try await TestClient.make(ScriptedTransport(.json(200, body))).people(PeopleQuery())
        let slow = try #require(Self.codable(Data(body.utf8))?.response)
        #expect(page.people == slow.people)
    }
}

/// Random People API bodies: real-shaped people whose members, with probability `oddity`,
/// take odd values (wrong types, numbers as strings, fractions, escapes, entities,
/// surrogates, nested junk, repeated keys).
struct BodyGenerator {
    private var state: UInt64
    let oddity: Double

    init(seed: UInt64, oddity: Double) {
        state = seed &* 0x9E37_79B9_7F4A_7C15
        self.oddity = oddity
    }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    static let texts = [
        #""Ann""#, #""Zo\u00EB \u00C6r\u00F8sk\u00F8bing""#, #""Siobh\u0026#225;n O\u0026#39;Brien""#,
        #""\u674E \u5C0F\u9F99""#, #""emoji \ud83d\ude00""#, #""tab\tnew\nline \"quoted\" back\\slash \/""#,
        #""R\u0026amp;D, Smith \u0026amp; Sons""#, #""&lt;b&gt;&#x1F600;&#0;&unknown;""#, #""  padded  ""#,
        #""""#, #""   ""#, "\"Zoë raw UTF-8 李\"", #""a\u002Bb""#,
    ]

    /// Odd values the fast path reads itself (wrong types, numbers as text, entities…).
    static let readableOddValues =
        [
            "null", "true", "false", "0", "1", "-1", "42", "9223372036854775807", "-9223372036854775808",
            #""12""#, #"" 7 ""#, #""true""#, #""FALSE""#, #""0""#, #""1""#, #""x""#, #""3.5""#, #""""#,
            "[]", "[1,{\"a\":[null]}]", #"{"id":"nested"}"#, "{\"a\":{\"b\":[true,false,null,-2.5e-3]}}",
        ] + texts

    /// Odd values whose reading depends on JSONDecoder's number conversions or is refused:
    /// the fast path leaves these to Codable.
    static let handedBackOddValues = [
        "-0", "1.0", "1.5", "2e3", "-7E-1", "99999999999999999999", #""\ud800""#, "{}",
        #"{"utcTime":"2024-01-01T00:00:00"}"#,
    ]

    mutating func oddValue() -> String {
        chance(0.1) ? pick(Self.handedBackOddValues) : pick(Self.readableOddValues)
    }

    mutating func member(_ name: String, _ canonical: String) -> String? {
        if chance(oddity / 4) { return nil }
        let value = chance(oddity) ? oddValue() : canonical
        return "\"\(name)\":\(value)"
    }

    mutating func group() -> String {
        if chance(oddity / 3) { return oddValue() }
        let members = [
            member("id", "\"g\(next() % 100)\""), member("name", pick(Self.texts)),
            member("manager", chance(0.5) ? "null" : #""m1""#), member("isSystem", "false"),
        ].compactMap { $0 }
        return "{" + members.joined(separator: ",") + "}"
    }

    mutating func contact() -> String {
        if chance(oddity / 3) { return oddValue() }
        let members = [member("type", #""phone""#), member("value", pick(Self.texts))].compactMap { $0 }
        return "{" + members.joined(separator: ",") + "}"
    }

    mutating func list(_ element: (inout BodyGenerator) -> String) -> String {
        "[" + (0..<Int(next() % 3)).map { _ in element(&self) }.joined(separator: ",") + "]"
    }

    mutating func person(index: Int) -> String {
        let dates = [
            "\"2024-03-02T17:05:11.1234567+03:00\"", "\"0001-01-01T00:00:00\"", "\"2024-13-01T00:00:00Z\"",
            "\"not a date\"",
        ]
        let summary =
            "{\"id\":\"c\(next() % 9)\",\"displayName\":\(pick(Self.texts)),\"avatar\":\"/a.png\",\"hasAvatar\":false,\"extra\":[1,2]}"
        var members: [String?] = [
            member("id", "\"id-\(index)\""),
            member("firstName", pick(Self.texts)), member("lastName", pick(Self.texts)),
            member("userName", #""user""#), member("email", #""a@example.com""#),
            member("displayName", pick(Self.texts)),
            member("status", pick(["1", "2", "4", "0"])), member("activationStatus", pick(["0", "1", "2", "5"])),
            member("department", pick(Self.texts)), member("groups", list { $0.group() }),
            member("contacts", list { $0.contact() }),
            member("location", pick(Self.texts)), member("notes", pick(Self.texts)),
            member("mobilePhone", #""+1 555""#), member("cultureName", #""en-US""#),
            member("isOwner", pick(["true", "false"])), member("isAdmin", pick(["true", "false"])),
            member("isRoomAdmin", pick(["true", "false"])), member("isCollaborator", pick(["true", "false"])),
            member("isVisitor", pick(["true", "false"])), member("isLDAP", "false"), member("isSSO", "false"),
            member("usedSpace", pick(["0", "1048576", "12.5", "1e3"])),
            member("quotaLimit", pick(["-1", "1073741824"])),
            member("isCustomQuota", "true"), member("createdBy", summary),
            member("registrationDate", pick(dates)), member("terminated", pick(dates)),
            member("avatar", #""/static/a.png?hash=1""#), member("profileUrl", #""https://x.example/p""#),
            member("type", pick([#""RoomAdmin""#, #""guest""#, "4", #""3""#, #""Nobody""#])),
            member("avatarMax", #""/static/b.png""#), member("hasAvatar", "false"), member("theme", "null"),
        ]
        if chance(oddity / 5) {
            members.append("\"\(pick(["firstName", "id", "groups", "createdBy", "unknown"]))\":\(oddValue())")
        }
        let present = members.compactMap { $0 }.shuffledDeterministically(&self)
        return "{" + present.joined(separator: pick([",", " , ", ",\n  "])) + "}"
    }

    mutating func envelope() -> Data {
        let people = (0..<Int(next() % 6)).map { person(index: $0) }
        var members = [
            "\"response\":[" + people.joined(separator: ",") + "]",
            "\"count\":\(people.count)", "\"links\":[{\"href\":\"x\",\"action\":\"GET\"}]",
            "\"status\":\(chance(oddity / 4) ? pick(["\"0\"", "0.0", "null"]) : "0")", "\"statusCode\":200",
        ]
        if chance(0.8) { members.append("\"total\":\(chance(oddity) ? oddValue() : String(people.count + 100))") }
        return Data(("{" + members.shuffledDeterministically(&self).joined(separator: ",") + "}\n").utf8)
    }

    fileprivate mutating func index(below count: Int) -> Int { Int(next() % UInt64(count)) }
}

extension Array {
    fileprivate func shuffledDeterministically(_ generator: inout BodyGenerator) -> [Element] {
        var items = self
        guard items.count > 1 else { return items }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, generator.index(below: i + 1))
        }
        return items
    }
}

/// A number JSON cannot carry reads the same on both paths: absent.
@Suite struct NonFiniteNumberTests {
    @Test(
        "usedSpace \"1e999\", \"inf\" and \"nan\" are absent on the fast path and the Codable path",
        arguments: [#""1e999""#, #""-1e999""#, #""inf""#, #""nan""#])
    func nonFiniteUsedSpace(value: String) throws {
        let body = Data(#"{"response":[{"id":"a","displayName":"A","usedSpace":\#(value)}],"total":1,"status":0}"#.utf8)
        let slow = try #require(PeopleListScannerTests.codable(body))
        #expect(slow.response?.people.first?.usedSpace == nil)
        if let fast = PeopleListScanner.payload(from: body) {
            #expect(fast.response?.people.first?.usedSpace == nil)
        }
    }
}
