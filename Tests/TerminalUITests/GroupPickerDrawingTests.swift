import DocSpaceAPI
import PeopleCore
import Testing

@testable import TerminalUI

@Suite("Drawing the group picker")
@MainActor
struct GroupPickerDrawingTests {
    @Test("The question, the filter, the groups it leaves with their counts; loading and no match say so")
    func picker() {
        var fixture = Fixture(people: (0..<5).map { Fixture.person($0) }, size: TerminalSize(width: 80, height: 24))
        var picker = GroupPicker(purpose: .addTo([Fixture.person(0), Fixture.person(1)]))
        fixture.state.dialog = .groupPicker(picker)
        let loading = fixture.render()
        #expect(loading.text.contains("Add 2 people to which group?"))
        #expect(loading.text.contains("listing the portal's groups…"))
        picker.load([
            Group(id: "g2", name: "Support", memberCount: 1), Group(id: "g1", name: "Sales \u{1B}[2J", memberCount: 12),
        ])
        picker.filter = LineEditor("sup")
        fixture.state.dialog = .groupPicker(picker)
        let filtered = fixture.render()
        #expect(filtered.text.contains("Filter: sup"))
        #expect(filtered.text.contains("▸ Support · 1 person"), "\(filtered.text)")
        #expect(!filtered.text.contains("Sales"))
        picker.filter = LineEditor("")
        fixture.state.dialog = .groupPicker(picker)
        let all = fixture.render()
        #expect(all.text.contains("▸ Sales"), "sorted by name: \(all.text)")
        #expect(!all.text.unicodeScalars.contains { $0.value == 0x1B }, "a control character in a name is not drawn")
        picker.filter = LineEditor("zzz")
        fixture.state.dialog = .groupPicker(picker)
        #expect(fixture.render().text.contains("no group matches"))
    }
}
