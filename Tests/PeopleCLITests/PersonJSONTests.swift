import DocSpaceAPI
import Foundation
import StandInPortal
import Testing

@testable import PeopleCLI

/// `--json` for people is written by `PersonJSON`, not `JSONEncoder`, for speed; the bytes
/// must be exactly the encoder's (pretty, sorted keys, slashes unescaped), whatever the text.
@Suite struct PersonJSONTests {
    @Test func emptyAndSparseListsAreTheEncodersBytes() {
        #expect(PersonJSON.array([]) == PersonFormatter.encoded([Person]()))
        let sparse = [Person(id: "1", displayName: "One"), Person(id: "2", displayName: "")]
        #expect(PersonJSON.array(sparse) == PersonFormatter.encoded(sparse))
        #expect(PersonJSON.object(sparse[0]) == PersonFormatter.encoded(sparse[0]))
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func generatedPeopleAreTheEncodersBytes(seed: UInt64) {
        var generator = PersonGenerator(seed: seed)
        let people = (0..<200).map { _ in generator.person() }
        let fast = PersonJSON.array(people)
        let reference = PersonFormatter.encoded(people)
        #expect(fast == reference)
        if let fast, fast != reference {
            let a = fast.split(separator: "\n", omittingEmptySubsequences: false)
            let b = reference.split(separator: "\n", omittingEmptySubsequences: false)
            if let line = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
                Issue.record("line \(line.offset): fast \(line.element.0) vs encoder \(line.element.1)")
            }
        }
        for person in people.prefix(20) {
            #expect(PersonJSON.object(person) == PersonFormatter.encoded(person))
        }
    }

    @Test func aLongListWrittenInParallelRunsIsTheEncodersBytes() {
        var generator = PersonGenerator(seed: 42)
        let people = (0..<(PersonJSON.parallelThreshold + 777)).map { _ in generator.person() }
        #expect(PersonJSON.array(people) == PersonFormatter.encoded(people))
    }

    @Test func theFormatterUsesTheEncodersRefusalForANonFiniteNumber() {
        let people = [Person(id: "1", displayName: "One", usedSpace: .infinity)]
        #expect(PersonJSON.array(people) == nil)
        #expect(PersonFormatter.json(people) == PersonFormatter.encoded(people))
        #expect(PersonFormatter.json(people[0]) == PersonFormatter.encoded(people[0]))
    }

    @Test func aStandInListingIsTheEncodersBytes() async throws {
        let apiKey = "sk-person-json-tests"
        let portal = PortalServer(options: PortalOptions(users: 400, apiKey: apiKey))
        let url = try await portal.start()
        let client = DocSpaceClient(configuration: ClientConfiguration(baseURL: url, credentials: .apiKey(apiKey)))
        do {
            let people = try await client.collectAllPeople(PeopleQuery())
            #expect(people.count == 400)
            #expect(PersonFormatter.json(people) == PersonFormatter.encoded(people))
        } catch {
            Issue.record("listing failed: \(error)")
        }
        await portal.stop()
    }
}

/// People with every optional member sometimes set, text full of what JSON must escape (or
/// must not), and numbers whose shortest form is tricky.
struct PersonGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x2545_F491_4F6C_DD1D }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    private mutating func maybe<T>(_ value: T) -> T? { next() % 3 == 0 ? nil : value }

    static let texts = [
        "Ann", "", " ", "Zoë Ærøskøbing", "李小龙", "🙂👩‍👩‍👧", "O'Brien & <Sons>", "a/b\\c", "say \"hi\"",
        "tab\tnew\nline\rback\u{8}feed\u{C}", "\u{0}\u{1}\u{1F}\u{7F}\u{80}", "e\u{301}", "\u{2028}\u{FEFF}",
        "https://portal.example.com/accounts/people/filter?search=a%40b", String(repeating: "long ", count: 40),
    ]

    static let numbers: [Double] = [
        0, -0.0, 1, 1_048_576, 12.5, 0.1 + 0.2, 1e21, 1e-7, 5e15, 1e16, 1.2345678901234568e17,
        .greatestFiniteMagnitude, .leastNonzeroMagnitude, -3.25,
    ]

    mutating func text() -> String { pick(Self.texts) }

    mutating func person() -> Person {
        Person(
            id: text() + String(next() % 1000), displayName: text(), firstName: maybe(text()), lastName: maybe(text()),
            userName: maybe(text()), email: maybe(text()),
            status: pick([.active, .terminated, .pending, .other(-5), .other(0)]),
            activationStatus: pick([.activated, .notActivated, .pending, .other(9)]),
            department: maybe(text()),
            groups: (0..<Int(next() % 3)).map { _ in PersonGroup(id: text(), name: text(), manager: maybe(text())) },
            contacts: (0..<Int(next() % 3)).map { _ in Contact(type: text(), value: text()) },
            location: maybe(text()), notes: maybe(text()), mobilePhone: maybe(text()), cultureName: maybe(text()),
            isOwner: next() % 2 == 0, isAdmin: next() % 2 == 0, isRoomAdmin: next() % 2 == 0,
            isCollaborator: next() % 2 == 0, isVisitor: next() % 2 == 0, isLDAP: next() % 2 == 0,
            isSSO: next() % 2 == 0,
            usedSpace: maybe(pick(Self.numbers)),
            quotaLimit: maybe(pick([-1, 0, Int64.max, Int64.min, 1_073_741_824])),
            isCustomQuota: maybe(next() % 2 == 0),
            createdBy: maybe(
                PersonSummary(
                    id: text(), displayName: text(), avatar: maybe(text()),
                    profileUrl: maybe(text()), hasAvatar: maybe(next() % 2 == 0))),
            registrationDate: maybe(
                APIDate(parsing: pick(["2024-03-02T17:05:11.1234567+03:00", "0001-01-01T00:00:00", "junk"]))),
            terminated: maybe(APIDate(parsing: "2025-01-01T00:00:00Z")),
            avatar: maybe(text()), profileUrl: maybe(text())
        )
    }
}
