import DocSpaceAPI
import Testing

@testable import PeopleCore

/// How the view-model pages, marks and scrolls at portal scale: shapes, never times.
@Suite("Paging ahead with bounded concurrency, thousands of marks, scrolling side by side")
struct PerfNavigationTests {
    /// Page numbers asked for among these effects.
    static func pages(_ effects: [Effect]) -> [Int] {
        Harness.pageQueries(effects).map { $0.startIndex / PeopleList.pageSize }
    }

    @Test("A tall window wants six pages: four are asked for, nearest the cursor first, the rest as answers come")
    func boundedAndNearestFirst() {
        var h = Harness.loaded(People.many(12_345))
        h.press(.char("G"))
        h.settle()
        // 600 rows on screen (side by side) at the end of the listing: pages 117…122 missing.
        let effects = h.send(.resized(TerminalSize(width: 120, height: 604)))
        #expect(h.state.layout.listRows == 600)
        #expect(Self.pages(effects) == [122, 121, 120, 119])
        #expect(h.state.list.requestedPages.count == AppState.maxPagesInFlight)
        h.answerNext()
        #expect(h.state.list.requestedPages.count <= AppState.maxPagesInFlight)
        h.settle()
        #expect((h.state.scroll..<h.state.list.count).allSatisfy { h.state.list.hasRow(at: $0) })
    }

    @Test("A burst of PgDn never has more than four pages on their way, and ends with the rows on screen loaded")
    func burstStaysBounded() {
        var h = Harness.loaded(People.many(12_345))
        var most = 0
        for _ in 0..<60 {
            h.press(.pageDown)
            most = max(most, h.state.list.requestedPages.count)
        }
        #expect(most <= AppState.maxPagesInFlight)
        #expect(h.state.cursor == 1200)
        h.settle()
        #expect((h.state.scroll..<h.state.scroll + h.state.layout.listRows).allSatisfy { h.state.list.hasRow(at: $0) })
        // The pages jumped over were not asked for: nobody looked at them.
        #expect(!h.state.list.hasRow(at: 500))
    }

    @Test("Marks are a set for drawing, and the bar's verdict equals asking the rules for each marked person")
    func manyMarks() {
        let people = (0..<400).map { n in
            People.person(n, status: n % 7 == 0 ? .terminated : .active, type: n % 5 == 0 ? .docSpaceAdmin : .user)
        }
        var h = Harness.loaded(people)
        for _ in 0..<300 {
            h.press(.char(" "))
            h.settle()
        }
        #expect(h.state.marks.count == 300)
        #expect(h.state.isMarked("id-299"))
        #expect(!h.state.isMarked("id-300"))
        for kind in ChangeKind.keyed {
            let reasons = h.state.marks.map { kind.refusal(for: $0, me: People.owner)?.text }
            let expected: Availability = reasons.contains { $0 == nil } ? .available : .unavailable(reasons[0]!)
            #expect(h.state.availability(of: kind.action) == expected, "\(kind)")
        }
        // Only the disabled ones marked: re-activate applies, terminate does not.
        h.press(.escape)
        #expect(h.state.marks.isEmpty)
        h.press(.char("g"))
        h.select("id-7")
        h.press(.char(" "))
        h.select("id-14")
        h.press(.char(" "))
        #expect(h.state.availability(of: .change(.reactivate)) == .available)
        #expect(h.state.availability(of: .change(.terminate)) == .unavailable("already disabled"))
        #expect(h.state.availability(of: .change(.delete)) == .available)
    }

    @Test("Side by side, j past the bottom scrolls half a screen; where the list spans the width, one row")
    func jumpScrollSideBySide() {
        var wide = Harness.loaded(People.many(500), size: TerminalSize(width: 120, height: 40))
        let rows = wide.state.layout.listRows
        #expect(wide.state.layout.mode == .sideBySide)
        for _ in 0..<rows { wide.press(.down) }
        #expect(wide.state.cursor == rows)
        #expect(wide.state.scroll == 1 + rows / 2)
        // Within the screen nothing scrolls; past the top it jumps back by half a screen.
        while wide.state.cursor > wide.state.scroll { wide.press(.up) }
        #expect(wide.state.scroll == 1 + rows / 2)
        wide.press(.up)
        #expect(wide.state.scroll == 0)

        var narrow = Harness.loaded(People.many(500))
        let narrowRows = narrow.state.layout.listRows
        for _ in 0..<narrowRows { narrow.press(.down) }
        #expect(narrow.state.scroll == 1)
    }
}
