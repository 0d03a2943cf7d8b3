import Foundation
import StandInPortal
import Testing

/// `GET /__standin/stats` and `PortalServer.stats()`: counts per route and concurrency.
@Suite struct StatsTests {
    @Test func countsRequestsPerRouteTemplate() async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.user)
            _ = try await h.client.get("/api/2.0/people/\(id)", token: h.ownerToken)
            _ = try await h.client.get("/api/2.0/people/lukasz.wisniewski", token: h.ownerToken)
            _ = try await h.client.get("/api/2.0/people/filter?count=1", token: h.ownerToken)
            _ = try await h.client.get("/__standin/faults")
            let stats = await h.portal.stats()
            #expect(stats.total == 3)
            #expect(stats.perRoute["GET /api/2.0/people/{userid}"] == 2)
            #expect(stats.perRoute["GET /api/2.0/people/filter"] == 1)
            #expect(stats.inFlight == 0)
        }
    }

    @Test func reportsMaxRequestsInFlight() async throws {
        try await PortalHarness.run { h in
            // Each request waits 400 ms at the server, so six sent together overlap there.
            await h.portal.faults.set(FaultRule(route: "GET /api/2.0/people/@self", latencyMilliseconds: 400))
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<6 {
                    group.addTask { try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).status }
                }
                for try await status in group { #expect(status == 200) }
            }
            let stats = await h.portal.stats()
            #expect(stats.total == 6)
            #expect(stats.maxInFlight >= 2)
            #expect(stats.maxInFlight <= 6)
            let wire = try await h.client.get("/__standin/stats")
            #expect(wire.object["maxInFlight"] as? Int == stats.maxInFlight)
            #expect(wire.object["total"] as? Int == 6)
            #expect((wire.object["perRoute"] as? [String: Int])?["GET /api/2.0/people/@self"] == 6)
        }
    }

    @Test func sequentialRequestsNeverOverlapAndResetZeroes() async throws {
        try await PortalHarness.run { h in
            for _ in 0..<5 { _ = try await h.client.get("/api/2.0/people/@self", token: h.ownerToken) }
            #expect(await h.portal.stats().maxInFlight == 1)
            let reset = try await h.client.send("DELETE", "/__standin/stats")
            #expect(reset.object["total"] as? Int == 0)
            #expect(await h.portal.stats().total == 0)
        }
    }

    @Test func unmatchedPathsAreCountedByPath() async throws {
        try await PortalHarness.run { h in
            _ = try await h.client.get("/api/2.0/files/@my", token: h.ownerToken)
            #expect(await h.portal.stats().perRoute["GET /api/2.0/files/@my"] == 1)
        }
    }
}
