import DocSpaceAPI
import Testing

@testable import PeopleCore

@Suite("Navigation")
struct NavigationTests {
    @Test("Starting asks for the first page of everyone, whatever their status")
    func startLoadsFirstPage() {
        var h = Harness(people: People.many(250))
        let effects = h.send(.started)
        let queries = Harness.pageQueries(effects)
        #expect(queries.count == 1)
        #expect(queries.first?.startIndex == 0)
        #expect(queries.first?.count == 100)
        #expect(queries.first?.status == nil)
        #expect(queries.first?.types == [])
        h.settle()
        #expect(h.state.list.total == 250)
        #expect(h.state.selectedPerson?.id == "id-0")
        #expect(h.state.positionText == "1–20 of 250")
    }

    @Test("Arrows and j/k move the cursor and stop at the ends")
    func arrowsAndVimKeys() {
        var h = Harness.loaded(People.many(50))
        h.press(.down, .char("j"), .down)
        #expect(h.state.cursor == 3)
        h.press(.up, .char("k"))
        #expect(h.state.cursor == 1)
        h.press(.up, .up, .up)
        #expect(h.state.cursor == 0)
        h.press(.char("G"))
        #expect(h.state.cursor == 49)
        h.press(.down)
        #expect(h.state.cursor == 49)
        h.press(.char("g"))
        #expect(h.state.cursor == 0)
        h.press(.end)
        #expect(h.state.cursor == 49)
        h.press(.home)
        #expect(h.state.cursor == 0)
    }

    @Test("PgDn, PgUp, Ctrl-D and Ctrl-U move by a screenful and the view follows")
    func paging() {
        var h = Harness.loaded(People.many(100))
        let rows = h.state.layout.listRows
        #expect(rows == 20)
        h.press(.pageDown)
        #expect(h.state.cursor == 20)
        #expect(h.state.scroll == 20)
        h.press(.control("d"))
        #expect(h.state.cursor == 40)
        h.press(.control("u"))
        #expect(h.state.cursor == 20)
        h.press(.pageUp)
        #expect(h.state.cursor == 0)
        #expect(h.state.scroll == 0)
        #expect(h.state.positionText == "1–20 of 100")
    }

    @Test("Moving the cursor loads the new person's detail and cancels the old request")
    func detailFollowsCursor() {
        var h = Harness(people: People.many(10))
        h.send(.started)
        h.answerNext()  // the page; the detail of id-0 is now pending
        let first = h.pending.first { if case .loadDetail(id: "id-0") = $0.request { true } else { false } }
        #expect(first != nil)
        let effects = h.press(.down)
        #expect(Harness.requests(effects).contains(.loadDetail(id: "id-1")))
        #expect(effects.contains(.cancel([first!.id])))
        h.settle()
        #expect(h.state.detail?.id == "id-1")
        #expect(h.state.detail?.phase == .loaded)
        #expect(h.state.detailPerson?.email == "p1@example.com")
    }

    @Test("Enter opens the detail, Esc goes back, Tab switches; in the detail j scrolls")
    func panes() {
        var h = Harness.loaded(People.many(10))
        h.press(.enter)
        #expect(h.state.focus == .detail)
        #expect(h.state.layout.mode == .toggled)
        #expect(h.state.layout.list == nil)
        h.send(.detailMeasured(lines: 40))
        h.press(.char("j"), .char("j"))
        #expect(h.state.detail?.scroll == 2)
        #expect(h.state.cursor == 0)
        h.press(.char("G"))
        #expect(h.state.detail?.scroll == 40 - h.state.layout.detailRows)
        h.press(.escape)
        #expect(h.state.focus == .list)
        h.press(.tab)
        #expect(h.state.focus == .detail)
        h.press(.tab)
        #expect(h.state.focus == .list)
    }

    @Test("Layout: side by side when wide, stacked when tall, toggled when small, too small below 60×15")
    func layouts() {
        #expect(Layout(size: TerminalSize(width: 120, height: 40), focus: .list).mode == .sideBySide)
        #expect(Layout(size: TerminalSize(width: 100, height: 40), focus: .list).mode == .stacked)
        #expect(Layout(size: TerminalSize(width: 80, height: 24), focus: .list).mode == .toggled)
        #expect(Layout(size: TerminalSize(width: 60, height: 15), focus: .list).mode == .toggled)
        #expect(Layout(size: TerminalSize(width: 59, height: 15), focus: .list).mode == .tooSmall)
        #expect(Layout(size: TerminalSize(width: 60, height: 14), focus: .list).mode == .tooSmall)
    }

    @Test("Resizing keeps the cursor on screen and loads rows the bigger window shows")
    func resize() {
        var h = Harness.loaded(People.many(300))
        h.press(.char("G"))
        h.settle()
        h.press(.char("g"))
        let effects = h.send(.resized(TerminalSize(width: 120, height: 140)))
        // 136 list rows: page 1 is needed for rows 100–135 (already loaded by G? no: G loaded page 2).
        #expect(Harness.pageQueries(effects).map(\.startIndex) == [100])
        h.send(.resized(TerminalSize(width: 80, height: 24)))
        #expect(h.state.scroll == 0)
    }
}
