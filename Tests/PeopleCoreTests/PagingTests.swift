import DocSpaceAPI
import Testing

@testable import PeopleCore

@Suite("Paging over the server's listing")
struct PagingTests {
    @Test("The next page of 100 is asked for as the cursor nears the end, once")
    func nextPageNearTheEnd() {
        var h = Harness.loaded(People.many(250))
        for _ in 0..<79 {
            let effects = h.press(.down)
            #expect(Harness.pageQueries(effects).isEmpty)
        }
        #expect(h.state.cursor == 79)
        let effects = h.press(.down)
        #expect(Harness.pageQueries(effects).map(\.startIndex) == [100])
        // Not asked again while it is on its way.
        let again = h.press(.down)
        #expect(Harness.pageQueries(again).isEmpty)
        h.settle()
        #expect(h.state.list[150]?.id == People.person(150).id)
    }

    @Test("`1–20 of 12,345` comes from the server's total; G loads only the last page")
    func bigListing() {
        var h = Harness.loaded(People.many(12_345))
        #expect(h.state.positionText == "1–20 of 12,345")
        let effects = h.press(.char("G"))
        #expect(Harness.pageQueries(effects).map(\.startIndex) == [12_300])
        #expect(h.state.selectedPerson == nil)  // not loaded yet: drawn as "loading…"
        h.settle()
        #expect(h.state.selectedPerson?.id == "id-12344")
        #expect(h.state.positionText == "12,326–12,345 of 12,345")
        #expect(h.server.requestLog.filter { if case .loadPage = $0 { true } else { false } }.count == 2)
    }

    @Test("A failed page says so and is not retried in a loop")
    func failedPage() {
        var h = Harness(people: People.many(10))
        h.server.failures = [.server(status: 503, message: "Service Unavailable")]
        h.send(.started)
        h.settle()
        #expect(h.state.message?.level == .error)
        #expect(h.state.message?.text.contains("Service Unavailable") == true)
        #expect(h.pending.isEmpty)
        // `r` tries again.
        h.press(.char("r"))
        h.settle()
        #expect(h.state.list.total == 10)
    }

    @Test("Refresh keeps the cursor on the same person when rows move")
    func refreshKeepsPerson() {
        var h = Harness.loaded(People.many(30))
        h.press(.down, .down, .down)
        h.settle()
        #expect(h.state.selectedPerson?.id == "id-3")
        // Someone added two people that sort first.
        h.server.people.append(People.person(1000, name: "Aaron Aardvark"))
        h.server.people.append(People.person(1001, name: "Abby Able"))
        h.press(.char("r"))
        h.settle()
        #expect(h.state.selectedPerson?.id == "id-3")
        #expect(h.state.cursor == 5)
    }

    @Test("Busy time is counted from the first request until the last answer")
    func busy() {
        var h = Harness(people: People.many(10))
        h.tick(1)
        h.send(.started)
        #expect(h.state.isBusy)
        h.tick(3)
        #expect(h.state.busySeconds == 3)
        h.settle()
        #expect(!h.state.isBusy)
        #expect(h.state.busySince == nil)
    }
}
