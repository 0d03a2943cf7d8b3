import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `>` and `<` in the People list: the group picker (type to filter, ↑/↓, Enter, Esc), then
/// the one confirmation, the run, the results view and the audit line of the change path.
@Suite("Group picker: adding the marked people to a group, removing them from one")
struct GroupPickerTests {
    static func picker(_ h: Harness) -> GroupPicker? {
        if case .groupPicker(let picker) = h.state.dialog { picker } else { nil }
    }

    static let groups = [
        Group(id: "group-sales", name: "Sales"), Group(id: "group-support", name: "Support"),
        Group(id: "group-eng", name: "Engineering"),
    ]

    @Test(
        "> with three marked and a guest: filter to Support, Enter, y — three added, the guest left out, results and audit"
    )
    func addMarked() throws {
        let people = [People.person(0), People.person(1), People.person(2, type: .guest), People.person(3)]
        var h = Harness.loaded(people)
        h.state.marks = Marks(people)
        h.press(.char(">"))
        guard case .groupPicker(let opened) = h.state.dialog else {
            Issue.record("no picker: \(String(describing: h.state.dialog))")
            return
        }
        #expect(opened.isLoading)
        #expect(opened.title == "Add 4 people to which group?")
        h.settle()
        h.type("sup")
        h.settle()
        #expect(Self.picker(h)?.choices.map(\.label) == ["Support"])
        h.press(.enter)
        let confirmation = try #require(h.confirmation)
        #expect(confirmation.title == "Add 3 people to Support?")
        #expect(confirmation.action.serverCall == "PUT /api/2.0/group/group-support/members")
        #expect(confirmation.skipped.map(\.reason) == ["a guest: the portal does not add guests to groups"])
        h.confirm()
        h.settle()
        let report = try #require(h.report, "the results view")
        #expect(report.done.map(\.id) == ["id-0", "id-1", "id-3"])
        #expect(report.resultRows.first { $0.person.id == "id-0" }?.detail == "now in Support")
        #expect(
            h.server.people.filter { ChangeKind.isMember($0, of: GroupRef(id: "group-support", name: "Support")) }.count
                == 3)
        let audit = try #require(
            h.frontEnd.compactMap { if case .audit(let entry) = $0, entry.stage == .outcome { entry } else { nil } }
                .last)
        #expect(audit.action == "group-add")
        #expect(audit.request == "PUT /api/2.0/group/group-support/members")
    }

    @Test("< on the selected person: ↓ to the second group, Enter, y; Esc in the picker changes nothing")
    func removeSelectedAndCancel() throws {
        var member = People.person(0)
        member.groups = [PersonGroup(id: "group-support", name: "Support")]
        var h = Harness.loaded([member, People.person(1)])
        h.press(.char("<"))
        h.settle()
        h.press(.escape)
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text == "Cancelled: nothing was changed")
        h.press(.char("<"))
        h.settle()
        h.press(.down)
        h.press(.enter)
        #expect(h.confirmation?.title == "Remove 1 person from Support?")
        h.confirm()
        h.settle()
        #expect(h.server.people[0].groups.isEmpty)
        #expect(h.state.message?.text.hasPrefix("Removed from Support:") == true)
    }

    @Test("Read-only: > and < are turned off, no picker opens")
    func readOnly() {
        var h = Harness.loaded(People.many(2), readOnly: true)
        h.press(.char(">"))
        #expect(h.state.dialog == nil)
        #expect(h.state.availability(of: .addToGroup) == .unavailable("read-only"))
    }

    @Test("> asks the server as you type: one loadGroups with the text per change, an older answer dropped")
    func typingAsksTheServer() throws {
        var h = Harness.loaded(People.many(2), groups: Self.groups)
        let opened = h.press(.char(">"))
        #expect(GroupsFixture.groupQueries(opened).map(\.text) == [nil])
        h.settle()
        #expect(Self.picker(h)?.choices.map(\.label) == ["Engineering", "Sales", "Support"])
        let first = h.type("s")
        #expect(GroupsFixture.groupQueries(first).map(\.text) == ["s"])
        let older = try #require(h.pending.first { if case .loadGroups = $0.request { true } else { false } })
        let second = h.type("u")
        #expect(GroupsFixture.groupQueries(second).map(\.text) == ["su"])
        #expect(second.contains(.cancel([older.id])))
        #expect(h.pending.count == 1)
        // The older answer arrives anyway (the runner abandons rather than cancels): dropped.
        h.send(.response(older.id, .groups(GroupPage(groups: Self.groups, startIndex: 0, total: 3))))
        #expect(Self.picker(h)?.isLoading == true)
        #expect(Self.picker(h)?.choices.map(\.label) == ["Engineering", "Sales", "Support"])
        h.settle()
        #expect(Self.picker(h)?.choices.map(\.label) == ["Support"])
    }

    @Test("\"All groups\" and \"Without a group\" are the filter's only: never offered by > or <")
    func noFixedChoicesForMembership() throws {
        var member = People.person(0)
        member.groups = [PersonGroup(id: "group-sales", name: "Sales")]
        for key in [Key.char(">"), .char("<"), .char("M")] {
            var h = Harness.loaded([member, People.person(1)], groups: Self.groups)
            h.press(key)
            h.settle()
            let labels = try #require(Self.picker(h)).choices.map(\.label)
            let fixed = ["All groups (no group filter)", "Without a group"]
            #expect(labels == (key == .char("M") ? fixed : []) + ["Engineering", "Sales", "Support"], "\(key)")
        }
    }

    @Test("A failed load says why and Enter waits; a 401 while loading asks to sign in again")
    func failedLoad() throws {
        var h = Harness.loaded(People.many(2), groups: Self.groups)
        h.press(.char(">"))
        let load = try #require(h.pending.first)
        h.answer(load.id, with: .failure(.server(status: 500, message: "boom")))
        let failed = try #require(Self.picker(h))
        #expect(failed.problem?.hasPrefix("Could not load the groups: ") == true)
        h.press(.enter)
        #expect(Self.picker(h) != nil)
        #expect(h.state.message?.text == "No group chosen")
        h.press(.escape)
        #expect(h.state.message?.text == "Cancelled: nothing was changed")

        h.press(.char("<"))
        let again = try #require(h.pending.first)
        h.answer(again.id, with: .failure(.unauthorized(message: nil)))
        guard case .signIn = h.state.dialog else {
            Issue.record("no sign-in: \(String(describing: h.state.dialog))")
            return
        }
    }
}
