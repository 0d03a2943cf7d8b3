import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `>` and `<` in the People list: the group picker (type to filter, ↑/↓, Enter, Esc), then
/// the one confirmation, the run, the results view and the audit line of the change path.
@Suite("Group picker: adding the marked people to a group, removing them from one")
struct GroupPickerTests {
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
        guard case .groupPicker(let filtered) = h.state.dialog else {
            Issue.record("the picker closed")
            return
        }
        #expect(filtered.visible.map(\.name) == ["Support"])
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
}
