import DocSpaceAPI
import PeopleCore
import Testing

@testable import TerminalUI

@Suite("Drawing the group picker")
@MainActor
struct GroupPickerDrawingTests {
    static let groups = [
        Group(id: "g2", name: "Support", memberCount: 1), Group(id: "g1", name: "Sales \u{1B}[2J", memberCount: 12),
    ]

    func fixture() -> Fixture {
        var fixture = Fixture(people: (0..<5).map { Fixture.person($0) }, size: TerminalSize(width: 80, height: 24))
        fixture.groups = Self.groups
        return fixture
    }

    @Test(
        "> : the question, what is typed, the groups the server matched with their counts; loading and no match say so")
    func adding() {
        var fixture = fixture()
        fixture.press(.char(" "), .char("j"), .char(" "))
        // Opened without its answer: loading.
        var loading = fixture
        _ = update(&loading.state, .key(.char(">")))
        let waiting = loading.render()
        #expect(waiting.text.contains("Add 2 people to which group?"))
        #expect(waiting.text.contains("Loading groups…"))
        fixture.press(.char(">"))
        let all = fixture.render()
        // "▸ Support" with no "● " between: the mark of the filter in use is the filter picker's only.
        #expect(all.text.contains("▸ Support · 1 person"), "the server's order: \(all.text)")
        #expect(all.text.contains("Sales"))
        #expect(!all.text.contains("All groups") && !all.text.contains("Without a group"))
        #expect(!all.text.unicodeScalars.contains { $0.value == 0x1B }, "a control character in a name is not drawn")
        fixture.press(.char("s"), .char("a"))
        let filtered = fixture.render()
        #expect(filtered.text.contains("Group: sa"))
        #expect(filtered.text.contains("▸ Sales"), "\(filtered.text)")
        #expect(!filtered.text.contains("Support"))
        fixture.press(.char("z"))
        #expect(fixture.render().text.contains("No group's name contains that."))
    }

    @Test("< names the one person; M is the filter's picker with its fixed lines and the one in use")
    func removingAndFiltering() {
        var fixture = fixture()
        fixture.press(.char("<"))
        let removing = fixture.render()
        #expect(removing.text.contains("Remove Person 0 from which group?"))
        #expect(removing.text.contains("Enter this group · Esc cancels"))
        fixture.press(.escape, .char("M"))
        let filter = fixture.render()
        #expect(filter.text.contains("Filter by group"))
        #expect(filter.text.contains("▸ ● All groups (no group filter)"))
        #expect(filter.text.contains("Without a group"))
        #expect(filter.text.contains("Enter filters"))
    }
}
