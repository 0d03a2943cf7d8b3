import DocSpaceAPI
import Testing

@testable import PeopleCore

/// A portal whose pages do not hold what its `total` promises: the rows it did not send are
/// missing, and no page is asked for in a loop.
@Suite("Short pages and claimed totals")
struct ShortPageTests {
    /// Answers every pending request (at most `limit`), each listing page from the server's
    /// 210 people but claiming `total`. Returns the page requests answered.
    private func answerClaiming(_ total: Int, _ h: inout Harness, limit: Int = 500) -> Int {
        var pages = 0
        var answered = 0
        while let item = h.pending.first, answered < limit {
            h.pending.removeFirst()
            answered += 1
            if case .loadPage(let query) = item.request, case .page(let page) = h.server.answer(item.request) {
                pages += 1
                h.send(
                    .response(
                        item.id, .page(PeoplePage(people: page.people, startIndex: query.startIndex, total: total))))
            } else {
                h.send(.response(item.id, h.server.answer(item.request)))
            }
        }
        return pages
    }

    @Test("G on total=250 whose 3rd page holds 10 rows: a bounded number of requests, rows 210–249 missing")
    func shortPageAfterG() {
        var h = Harness(people: People.many(210))
        h.send(.started)
        #expect(answerClaiming(250, &h) == 1)
        h.press(.char("G"))
        let pages = answerClaiming(250, &h)
        #expect(pages <= 2, "\(pages) page requests after G")
        #expect(h.pending.isEmpty)
        #expect(h.state.list.count == 250)
        #expect(h.state.list.isMissing(at: 249))
        #expect(h.state.list.isMissing(at: 210))
        #expect(!h.state.list.isMissing(at: 209))
        #expect(h.state.list.hasRow(at: 209))
        // Moving about on the missing rows asks for nothing more.
        for _ in 0..<30 { h.press(.up) }
        #expect(answerClaiming(250, &h) == 0)
        #expect(h.state.isMissingRow(at: 230))
    }

    @Test("r asks for the missing rows' page again, once")
    func reloadAsksAgain() {
        var h = Harness(people: People.many(210))
        h.send(.started)
        _ = answerClaiming(250, &h)
        h.press(.char("G"))
        _ = answerClaiming(250, &h)
        h.press(.char("r"))
        let pages = answerClaiming(250, &h)
        #expect((1...3).contains(pages), "\(pages)")
        #expect(h.pending.isEmpty)
    }

    @Test("a claimed total of Int.max is clamped: G lands on the last believable row, memory stays small")
    func hugeTotalIsClamped() {
        var h = Harness(people: People.many(210))
        h.send(.started)
        _ = answerClaiming(Int.max, &h)
        #expect(h.state.list.count == PeoplePage.maxTotal)
        h.press(.char("G"))
        let pages = answerClaiming(Int.max, &h)
        #expect(pages <= 2)
        #expect(h.state.cursor == PeoplePage.maxTotal - 1)
        #expect(h.state.list.isMissing(at: PeoplePage.maxTotal - 1))
    }

    @Test("a portal that moves the same person between two pages on every answer costs a bounded number of requests")
    func pingPong() {
        // Side by side and 196 rows high: both pages are on screen at once.
        var h = Harness(people: People.many(150), size: TerminalSize(width: 140, height: 200))
        h.send(.started)
        var answered = 0
        while let item = h.pending.first, answered < 500 {
            h.pending.removeFirst()
            answered += 1
            guard case .loadPage(let query) = item.request, case .page(var page) = h.server.answer(item.request) else {
                h.send(.response(item.id, h.server.answer(item.request)))
                continue
            }
            // Both pages hold person 0: each answer moves them and empties the other page's slot.
            if query.startIndex == 100 { page.people[0] = People.person(0) }
            h.send(.response(item.id, .page(page)))
        }
        #expect(answered < 20, "\(answered) answers")
    }
}

/// The other paths that page — `*` and the export — trust no claimed total either.
@Suite("Claimed totals when marking and exporting")
struct ClaimedTotalPathsTests {
    @Test("* on a portal claiming Int.max people marks the 250 it has, with a bounded number of requests")
    func markAll() {
        var h = Harness.loaded(People.many(250))
        h.server.claimedTotal = Int.max
        h.press(.char("*"))
        h.settle(limit: 200)
        #expect(h.pending.isEmpty)
        #expect(h.state.markAll == nil)
        #expect(h.state.marks.count == 250)
        let pages = h.server.requestLog.filter { if case .loadPage = $0 { true } else { false } }.count
        // The list's page, `*`'s first page, and the pages started before the short one (the
        // 3rd) answered: at most those in flight twice over.
        #expect(pages <= 2 + 2 * MarkAllRun.maxInFlight, "\(pages) page requests")
    }

    @Test(
        "the export of a portal claiming Int.max people ends at its first short page",
        arguments: [Int.max, 100_000_000_000])
    func export(total: Int) async {
        let script = ClientScript(People.many(1_050))
        await script.claim(total: total)
        let response = await ExportFetch.run(
            PeopleQuery(), format: .csv, with: ScriptedClient(script),
            stop: ExportFetch.StopFlag()
        ) { _, _ in }
        guard case .exported(let exported) = response else {
            Issue.record("expected an export, got \(response)")
            return
        }
        #expect(exported.count == 1_050)
        #expect(await script.calls(of: .listing).count <= 11 + ExportFetch.maxConcurrent)
    }
}
