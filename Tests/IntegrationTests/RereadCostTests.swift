import DocSpaceAPI
import Foundation
import PeopleCore
import StandInPortal
import Testing

/// What re-reading the targets of a change costs the portal, counted by the stand-in: the
/// terminal UI reads them from listing pages, not with one `GET people/{id}` per person.
@Suite("Re-reading targets: the requests the portal sees")
struct RereadCostTests {
    static let pageRoute = "GET /api/2.0/people/filter"
    static let byIDRoute = "GET /api/2.0/people/{userid}"
    static let statusRoute = "PUT /api/2.0/people/status/{status}"

    @Test(
        "Everyone on a portal of 1,000 marked and terminated: 10 pages, a PUT per 100, no GET per person, 25 requests at most"
    )
    func terminateEveryone() async throws {
        try await LivePortal.run(LivePortal.options(users: 1_000)) { portal in try await Self.terminateEveryone(portal)
        }
    }

    @MainActor
    static func terminateEveryone(_ portal: LivePortal) async throws {
        let client = portal.client()
        let me = try await client.me()
        var state = AppState(session: Session(portal: "stand-in", me: me), size: TerminalSize(width: 100, height: 30))
        state.autoRefreshInterval = nil
        let store = AppStore(state: state, client: client)
        store.send(.started)
        await store.waitUntilIdle()
        store.send(.key(.char("*")))
        await store.waitUntilIdle()
        #expect(store.state.marks.count == 1_000)
        store.send(.key(.char("t")))
        guard case .confirm(let confirmation) = store.state.dialog, let answer = confirmation.typedAnswer else {
            Issue.record("t did not ask for the number")
            return
        }
        let people = confirmation.action.targets.count
        #expect(people > 900, "the demo portal's people the owner may terminate")
        // The question reads the rooms of its first people as it opens: not part of the change.
        await store.waitUntilIdle()
        #expect(store.state.roomsInQuestion?.answers?.count == ConfirmationRooms.peopleChecked)
        await portal.server.resetStats()
        for character in answer.expected { store.send(.key(.character(character))) }
        store.send(.key(.enter))
        await store.waitUntilIdle()

        guard case .report(let report) = store.state.dialog else {
            Issue.record("no results view")
            return
        }
        #expect(report.done.count == people)
        let stats = await portal.server.stats()
        #expect(stats.perRoute[Self.byIDRoute, default: 0] == 0, "\(stats.perRoute)")
        #expect(stats.perRoute[Self.statusRoute] == (people + 99) / 100)
        #expect(stats.perRoute[Self.pageRoute] == 10, "the check read the portal's 10 pages")
        #expect(stats.total == 10 + (people + 99) / 100, "nothing else: \(stats.perRoute)")
        #expect(stats.total <= 25, "the goal: a request per 100 people, not one per person")
    }
}
