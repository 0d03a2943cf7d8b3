import DocSpaceAPI
import Testing

@testable import PeopleCore

/// Marks: Space, the range (`V`), everyone matching (`*`, pages not loaded included), `-`,
/// and the count of marked people the filter hides.
@Suite("Marks: range, all matching, clear, hidden by the filter")
struct MarkTests {
    static let people: [Person] = (0..<30).map { People.person($0, status: $0 % 3 == 0 ? .terminated : .active) }

    @Test("V marks every row from the last row Space marked to the cursor, either way")
    func rangeFromSpace() {
        var h = Harness.loaded(Self.people)
        h.press(.down, .char(" "))  // marks id-1, the anchor; the cursor moves to id-2
        h.press(.down, .down, .down)  // id-5
        h.press(.char("V"))
        #expect(h.state.marks.map(\.id) == ["id-1", "id-2", "id-3", "id-4", "id-5"])
        #expect(h.state.message?.text == "Marked 4 of 5 rows (5 marked)")
        #expect(h.state.cursor == 5, "V leaves the cursor where it is")
        // The anchor is now id-5: going up and pressing V again marks upwards, no doubles.
        h.press(.up, .up, .up, .up, .up)  // id-0
        h.press(.char("V"))
        #expect(h.state.marks.map(\.id) == ["id-1", "id-2", "id-3", "id-4", "id-5", "id-0"])
        #expect(Set(h.state.marks.map(\.id)).count == h.state.marks.count)
    }

    @Test("V with no anchor marks the cursor row and anchors there: V, move, V marks a range")
    func rangeFromNothing() {
        var h = Harness.loaded(Self.people)
        h.press(.char("V"))
        #expect(h.state.marks.map(\.id) == ["id-0"])
        for _ in 0..<19 { h.press(.char("j")) }
        h.settle()
        h.press(.char("V"))
        #expect(h.state.marks.map(\.id) == (0..<20).map { "id-\($0)" }, "twenty people in three keys plus moves")
    }

    @Test("Unmarking with Space moves the anchor too")
    func spaceUnmarkAnchors() {
        var h = Harness.loaded(Self.people)
        h.press(.char(" "), .up, .char(" "))  // mark id-0, unmark id-0
        #expect(h.state.marks.isEmpty)
        #expect(h.state.markAnchorID == "id-0")
        h.press(.down)  // id-2 (Space moved to id-1)
        h.press(.char("V"))
        #expect(h.state.marks.map(\.id) == ["id-0", "id-1", "id-2"])
    }

    @Test("- clears the marks; Esc still does too")
    func clear() {
        var h = Harness.loaded(Self.people)
        h.press(.char(" "), .char(" "), .char(" "))
        h.press(.char("-"))
        #expect(h.state.marks.isEmpty)
        #expect(h.state.message?.text == "Cleared 3 marks")
        h.press(.char("-"))
        #expect(h.state.message?.text == "No marks to clear")
        h.press(.char(" "))
        h.press(.escape)
        #expect(h.state.marks.isEmpty)
    }

    @Test("Marked people a filter hides are counted, and the count follows the filter back")
    func hiddenByFilter() {
        var h = Harness.loaded(Self.people)
        h.press(.char(" "), .char(" "))  // id-0 (disabled), id-1 (active)
        #expect(h.state.hiddenMarkCount == 0)
        h.press(.char("f"))  // status: Active
        h.settle()
        #expect(h.state.filters.status == .active)
        #expect(h.state.hiddenMarkCount == 1, "id-0 is disabled and the list shows active people")
        h.press(.char("f"), .char("f"), .char("f"))  // pending, disabled, all
        h.settle()
        #expect(h.state.filters.status == nil)
        #expect(h.state.hiddenMarkCount == 0)
    }

    @Test("A search hides marks too, and the dialog says how many")
    func hiddenBySearch() throws {
        var h = Harness.loaded(Self.people)
        h.press(.down, .char(" "))  // id-1 (active)
        h.press(.char("/"))
        h.type("00007")
        h.press(.enter)
        h.settle()
        #expect(h.state.hiddenMarkCount == 1)
        h.press(.char(" "))  // id-7
        #expect(h.state.marks.count == 2)
        h.press(.char("t"))
        let confirmation = try #require(h.confirmation)
        #expect(confirmation.hiddenByFilter == 1)
    }

    @Test("Marks on pages not loaded yet are not hidden when they match the filter")
    func notLoadedIsNotHidden() {
        var h = Harness.loaded(People.many(250))
        #expect(h.state.list.loadedCount < 250)
        h.press(.char("*"))
        h.settle()
        #expect(h.state.marks.count == 250)
        #expect(h.state.hiddenMarkCount == 0, "unloaded pages hold matching people, not hidden ones")
    }

    @Test("* marks everyone matching the search and filters, the pages not loaded included")
    func markAllMatching() {
        let people = (0..<250).map { People.person($0, status: $0 < 220 ? .active : .terminated) }
        var h = Harness.loaded(people)
        h.press(.char("f"))  // Active
        h.settle()
        #expect(h.state.list.loadedCount == 100, "one page is loaded")
        let effects = h.press(.char("*"))
        // The first page tells the total; then the rest, at most four at a time.
        #expect(Harness.pageQueries(effects).map(\.startIndex) == [0])
        #expect(Harness.pageQueries(effects).allSatisfy { $0.status == .active })
        h.answerNext()
        #expect(h.state.busyLabel == "marking 100/220")
        #expect(h.pendingPages.map(\.query.startIndex) == [100, 200])
        h.settle()
        #expect(h.state.markAll == nil)
        #expect(h.state.marks.count == 220)
        #expect(h.state.marks.allSatisfy { $0.status == .active })
        #expect(h.state.message?.text == "Marked everyone matching: 220 (220 newly; 220 marked)")
    }

    @Test("* keeps marks made before and adds each person once")
    func markAllKeepsMarks() {
        var h = Harness.loaded(People.many(30))
        h.press(.down, .char(" "))
        h.press(.char("*"))
        h.settle()
        #expect(h.state.marks.count == 30)
        #expect(h.state.marks.first?.id == "id-1", "marking order: the earlier marks first")
    }

    @Test("Esc stops * at once: what arrived stays marked, the rest are not, and it says so")
    func markAllStopped() {
        var h = Harness.loaded(People.many(1_000))
        h.press(.char("*"))
        h.answerNext()  // the first page: 100 people, total 1,000
        #expect(h.pendingPages.count == 4)
        h.answer(h.pendingPages[0].id, with: .page(h.server.page(h.pendingPages[0].query)))
        let effects = h.press(.escape)
        #expect(effects.contains { if case .cancel(let ids) = $0 { ids.count == 4 } else { false } })
        #expect(h.state.markAll == nil)
        #expect(h.state.marks.count == 200)
        #expect(
            h.state.message?.text
                == "Marking stopped by you: marked 200 more (200 of 1,000 matching arrived; the rest are not marked)")
        #expect(!h.state.isBusy)
    }

    @Test("A page of * that fails stops it, keeping what arrived")
    func markAllFails() {
        var h = Harness.loaded(People.many(300))
        h.press(.char("*"))
        h.answerNext()
        h.answer(h.pendingPages[0].id, with: .failure(.server(status: 503, message: nil)))
        #expect(h.state.markAll == nil)
        #expect(h.state.marks.count == 100)
        #expect(
            h.state.message?.text.hasPrefix(
                "Marking stopped by an error: The portal failed to handle the request (503)") == true)
        h.settle()
        #expect(h.state.marks.count == 100, "late pages are dropped")
    }

    @Test("Marks never change data: V, * and - work in a read-only session")
    func readOnlyMarks() {
        var h = Harness.loaded(People.many(5), readOnly: true)
        h.press(.char("V"), .char("j"), .char("j"), .char("V"))
        #expect(h.state.marks.count == 3)
        h.press(.char("-"))
        h.press(.char("*"))
        h.settle()
        #expect(h.state.marks.count == 5)
    }
}
