import Testing

@testable import StandInPortal

/// Pages of people are written straight to bytes (`JSONObjectWriter`) instead of through a
/// value tree; every other answer still goes through the tree. Both must give the same
/// bytes, for every kind of caller (the members differ by caller) and both forms.
@Suite struct PageRenderingTests {
    static let directory = DemoDirectoryBuilder(options: PortalOptions(users: 400)).build()

    static func callers() -> [Caller?] {
        let people = directory.people
        let picks: [PortalPerson?] = [
            people.first { $0.isOwner },
            people.first { $0.type == .docSpaceAdmin && !$0.isOwner },
            people.first { $0.type == .roomAdmin },
            people.first { $0.type == .user },
        ]
        return [nil] + picks.compactMap { $0 }.map { Caller(person: $0) }
    }

    @Test(arguments: [false, true])
    func directBytesEqualTheValueTree(short: Bool) {
        let subjects = Self.directory.people.map { Self.directory.subject($0) }
        #expect(subjects.contains { !$0.groups.isEmpty } && subjects.contains { $0.creator != nil })
        for caller in Self.callers() {
            for offset in [0, 3] {
                let renderer = PersonRenderer(
                    caller: caller, origin: "http://127.0.0.1:8080",
                    dates: PortalDateFormat(offsetMinutes: offset * 60))
                let rendering = PageRendering(subjects: subjects, renderer: renderer, short: short, fields: nil)
                guard case .serialized = rendering.response else {
                    Issue.record("a page without fields= is written straight to bytes")
                    return
                }
                #expect(
                    rendering.response.encoded == JSON.array(rendering.render()).encoded,
                    "caller \(caller?.person.email ?? "anonymous")")
            }
        }
    }

    @Test func fieldsKeepTheValueTree() {
        let subjects = Self.directory.people.prefix(5).map { Self.directory.subject($0) }
        let renderer = PersonRenderer(caller: nil, origin: "http://x", dates: .utc)
        let rendering = PageRendering(
            subjects: Array(subjects), renderer: renderer, short: false, fields: ["id", "email"])
        guard case .array(let items) = rendering.response else {
            Issue.record("fields= trims value trees")
            return
        }
        #expect(items.allSatisfy { $0.objectValue?.members.map(\.key) == ["email", "id"] })
    }
}
