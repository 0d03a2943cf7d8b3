import DocSpaceAPI
import Foundation
import StandInPortal
import Testing

/// The shape of `list --all` against the stand-in, counted by the portal: one request per
/// page of 100, never more than 8 in flight. (Benchmarks measure time; tests check shape.)
@Suite("Shape: paging a whole listing")
struct ShapePagingTests {
    static let pageRoute = "GET /api/2.0/people/filter"

    @Test(
        "collectAllPeople sends exactly ⌈total/100⌉ page requests and nothing else",
        arguments: [1, 100, 101, 300, 1_234])
    func pageRequests(total: Int) async throws {
        try await LivePortal.run(LivePortal.options(users: total)) { portal in
            let client = portal.client()
            await portal.server.resetStats()

            let people = try await client.collectAllPeople(PeopleQuery())

            #expect(people.count == total)
            #expect(Set(people.map(\.id)).count == total)
            let stats = await portal.server.stats()
            #expect(stats.perRoute[Self.pageRoute] == (total + 99) / 100)
            #expect(stats.total == (total + 99) / 100, "no request but the pages: \(stats.perRoute)")
        }
    }

    @Test("slow pages are fetched ahead in parallel, never more than 8 at once")
    func boundedConcurrency() async throws {
        try await LivePortal.run(LivePortal.options(users: 2_000)) { portal in
            // Every page takes a while, so the client's pages really overlap at the portal.
            try await portal.setFault("GET /api/2.0/people/filter: latency=100")
            let client = portal.client()
            await portal.server.resetStats()

            let people = try await client.collectAllPeople(PeopleQuery(sortBy: .email))

            #expect(people.count == 2_000)
            let stats = await portal.server.stats()
            #expect(stats.perRoute[Self.pageRoute] == 20)
            #expect(stats.maxInFlight <= 8)
            #expect(stats.maxInFlight > 1, "pages after the first are fetched in parallel")
        }
    }

    @Test("the transport opens as many connections as the client allows in flight (8)")
    func transportAllowsEightConnections() async throws {
        try await LivePortal.run(LivePortal.options(users: 2_000)) { portal in
            // Pages that take seconds stay in flight, so the portal sees every connection the
            // client opens, however loaded the machine is.
            try await portal.setFault("GET /api/2.0/people/filter: latency=3000")
            await portal.server.resetStats()
            let client = portal.client()
            let listing = Task { try await client.collectAllPeople(PeopleQuery()) }

            let reached = await eventually(timeout: 30) {
                await portal.server.stats().maxInFlight >= CurlTransport.maxConnectionsPerHost
            }
            listing.cancel()

            #expect(reached)
            #expect(await portal.server.stats().maxInFlight == CurlTransport.maxConnectionsPerHost)
        }
    }
}
