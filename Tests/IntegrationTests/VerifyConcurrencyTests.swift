import DocSpaceAPI
import Foundation
import StandInPortal
import Testing

@testable import PeopleCore

/// Before a change, every target is re-read. People read alone (a few, or those the listing
/// does not show) must not go one after the other (a minute for a thousand on a real
/// portal), nor all at once.
@Suite("Re-reading the targets of a change")
struct VerifyConcurrencyTests {
    @Test("up to 8 at a time, answers in the order asked, a 404 is a missing person")
    func boundedAndOrdered() async throws {
        var options = LivePortal.options(users: 60)
        options.handlerTimeout = .seconds(30)
        try await LivePortal.run(options) { portal in
            let everyone = try await portal.client().collectAllPeople(PeopleQuery())
            // Each read waits a little, so that reads sent together overlap at the portal.
            try await portal.setFault("GET /api/2.0/people/*: latency=40")
            await portal.server.resetStats()
            let gone = "00000000-0000-0000-0000-00000000dead"
            let ids = Array(everyone.prefix(30).map(\.id)) + [gone]
            let lookups = await TargetReread.lookupsAlone(ids: ids, client: portal.client())
            #expect(lookups.map(\.id) == ids)
            #expect(lookups.last == .missing(id: gone))
            #expect(lookups.dropLast().allSatisfy { if case .found = $0 { true } else { false } })
            let stats = await portal.server.stats()
            #expect(stats.maxInFlight <= TargetReread.maxConcurrent)
            #expect(stats.maxInFlight > 1, "the reads overlapped")
        }
    }

    @Test("after a 401 the rest are not asked: the first page and one window of lookups")
    func stopsAfterUnauthorized() async throws {
        try await LivePortal.run { portal in
            let everyone = try await portal.client().collectAllPeople(PeopleQuery())
            let ids = Array(everyone.prefix(20).map(\.id))
            await portal.server.resetStats()
            let lookups = await TargetReread.lookups(ids: ids, client: portal.client(.apiKey("sk-not-a-key")))
            #expect(lookups.count == ids.count)
            #expect(lookups.allSatisfy { if case .failed(_, .unauthorized) = $0 { true } else { false } })
            let asked = await portal.server.stats().total
            #expect(asked <= 1 + TargetReread.maxConcurrent, "one page and one window were asked, not all \(ids.count)")
        }
    }
}
