import DocSpaceAPI
import Testing

@testable import PeopleCore

/// The confirmation for many people: what it lists and which keys confirm it.
@Suite("Bulk confirmation rules")
struct BulkConfirmationTests {
    /// 300 people: the even ones disabled.
    static let people: [Person] = (0..<300).map { People.person($0, status: $0 % 2 == 0 ? .terminated : .active) }

    @Test(
        "Delete of everyone marked: the disabled are the targets, the others left out with the reason; DELETE must be typed"
    )
    func bulkDelete() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("*"))
        h.settle()
        #expect(h.state.marks.count == 300)
        h.press(.char("d"))
        let c = try #require(h.confirmation)
        #expect(c.title == "Delete 150 people?")
        #expect(c.action.targets.allSatisfy { $0.status == .terminated })
        #expect(c.skipped.count == 150)
        #expect(c.skipped.allSatisfy { $0.reason == "terminate first (t)" })
        #expect(c.typedAnswer?.expected == "DELETE")
        #expect(c.hiddenByFilter == 0, "on pages not loaded, but matching the list: not hidden")
        #expect(c.action.serverCall == "PUT /api/2.0/people/delete")
        // Neither y, nor the trigger, nor Enter on an empty field confirms.
        h.press(.char("y"))
        #expect(h.pendingChange == nil)
        h.press(.backspace, .char("d"))
        #expect(h.pendingChange == nil)
        h.press(.control("u"))  // not a field key here: typed as nothing
        h.press(.escape)
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text == "Cancelled: nothing was changed")
    }

    @Test("Marks a filter hides are counted among the targets")
    func hiddenTargets() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char(" "), .char(" "))  // id-0 (disabled), id-1 (active)
        h.press(.char("f"))  // Active: id-0 is hidden now
        h.settle()
        h.press(.char("a"))  // re-activate applies to id-0 only
        let c = try #require(h.confirmation)
        #expect(c.action.ids == ["id-0"])
        #expect(c.hiddenByFilter == 1)
        #expect(c.skipped.map(\.person.id) == ["id-1"])
        #expect(c.typedAnswer == nil, "y confirms anything but a delete of several")
    }

    @Test("While * is still fetching, no change starts, a type change included", arguments: ["t", "d", "S", "T"])
    func noChangeWhileMarking(key: Character) {
        var h = Harness.loaded(Self.people)
        h.press(.char("*"))
        h.press(.char(key))
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text == "Wait: still marking everyone matching (Esc stops)")
    }

    @Test("Left out everyone: nothing opens, the reason is said")
    func nothingApplies() {
        var h = Harness.loaded(Self.people)
        h.press(.char("f"), .char("f"), .char("f"))  // Disabled
        h.settle()
        h.press(.char("V"), .char("j"), .char("V"))
        let effects = h.press(.char("t"))
        #expect(h.state.dialog == nil)
        #expect(effects.contains(.bell))
        #expect(h.state.message?.text == "Can't terminate any of the 2 marked: already disabled")
    }
}
