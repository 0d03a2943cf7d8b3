import Foundation
import StandInPortal
import Testing

/// Issue 14, rule 17: the cloud's rate limiter (common/ASC.Api.Core/Core/BaseStartup.cs,
/// `RateLimiterSettings`), off by default as in a self-hosted portal.
@Suite struct RateLimitTests {
    private func options(_ limits: RateLimits?) -> PortalOptions {
        var options = PortalOptions(users: 60)
        options.rateLimits = limits
        return options
    }

    private static let generous = RateLimits(
        requestsPerMinute: 10_000, parallelGets: 1_000, parallelOthers: 1_000,
        writesPerDay: 100_000, sensitiveCalls: 1_000, sensitiveWindow: .seconds(900))

    private func resend(_ h: PortalHarness, token: String? = nil) async throws -> WireResponse {
        try await h.client.send(
            "PUT", "/api/2.0/people/invite", token: token ?? h.ownerToken,
            json: ["userIds": [try await h.id(of: Cast.invitee)], "resendAll": false])
    }

    @Test("RateLimiterSettings defaults: the cloud's numbers")
    func cloudNumbers() {
        let cloud = RateLimits.cloud
        #expect(cloud.requestsPerMinute == 1_500)
        #expect(cloud.parallelGets == 50)
        #expect(cloud.parallelOthers == 15)
        #expect(cloud.writesPerDay == 10_000)
        #expect(cloud.sensitiveCalls == 5)
        #expect(cloud.sensitiveWindow == .seconds(15 * 60))
        #expect(PortalOptions().rateLimits == nil, "off by default")
    }

    @Test("BaseStartup SensitiveApi policy: 5 calls per 15 minutes per user and path, then 429 with Retry-After")
    func sensitiveApiFiveCallsPerFifteenMinutes() async throws {
        try await PortalHarness.run(options(.cloud)) { h in
            for call in 1...5 {
                let status = try await resend(h).status
                #expect(status == 200, "call \(call)")
            }
            let refused = try await resend(h)
            #expect(refused.status == 429)
            #expect(refused.body.isEmpty)
            let retryAfter = try #require(refused.header("Retry-After").flatMap(Int.init))
            #expect((890...900).contains(retryAfter))
            #expect(refused.header("X-RateLimit-Limit") == "5")
            #expect(refused.header("X-RateLimit-Remaining") == "0")
            #expect(refused.header("X-RateLimit-Reset").flatMap(Int.init) != nil)
            // Another user has their own budget; other routes are not sensitive.
            #expect(try await resend(h, token: try await h.token(for: Cast.secondAdmin)).status == 200)
            #expect(try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).status == 200)
        }
    }

    @Test("Without the option every call is answered (self-hosted: rateLimiterOptions:enable is false)")
    func offByDefault() async throws {
        try await PortalHarness.run(options(nil)) { h in
            for call in 1...7 {
                let status = try await resend(h).status
                #expect(status == 200, "call \(call)")
            }
        }
    }

    @Test("BaseStartup sliding window: requests over the minute's limit are 429 with Retry-After ≤ 60 s")
    func slidingWindowPerMinute() async throws {
        var limits = Self.generous
        limits.requestsPerMinute = 3
        try await PortalHarness.run(options(limits)) { h in
            for _ in 1...3 {
                #expect(try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).status == 200)
            }
            let refused = try await h.client.get("/api/2.0/people/@self", token: h.ownerToken)
            #expect(refused.status == 429)
            let retryAfter = try #require(refused.header("Retry-After").flatMap(Int.init))
            #expect((1...60).contains(retryAfter))
            #expect(refused.header("X-RateLimit-Limit") == "3")
            #expect(
                try await h.client.get("/api/2.0/people/@self", token: try await h.token(for: Cast.secondAdmin)).status
                    == 200)
        }
    }

    @Test("BaseStartup fixed daily window: POST and PUT beyond the day's limit are 429; GETs go on")
    func dailyWriteLimit() async throws {
        var limits = Self.generous
        limits.writesPerDay = 2
        try await PortalHarness.run(options(limits)) { h in
            let user = try await h.id(of: Cast.user)
            for _ in 1...2 {
                let r = try await h.client.send(
                    "PUT", "/api/2.0/people/status/Active", token: h.ownerToken, json: ["userIds": [user]])
                #expect(r.status == 200)
            }
            let refused = try await h.client.send(
                "PUT", "/api/2.0/people/status/Active", token: h.ownerToken, json: ["userIds": [user]])
            #expect(refused.status == 429)
            #expect((86_000...86_400).contains(refused.header("Retry-After").flatMap(Int.init) ?? 0))
            #expect(try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).status == 200)
        }
    }

    @Test("BaseStartup concurrency limiter: a GET beyond the parallel GETs in flight is 429")
    func parallelGets() async throws {
        var limits = Self.generous
        limits.parallelGets = 1
        try await PortalHarness.run(options(limits)) { h in
            await h.portal.faults.set(try FaultRule.parse("GET /api/2.0/people/@self: latency=600 times=1"))
            async let slow = h.client.get("/api/2.0/people/@self", token: h.ownerToken)
            try await Task.sleep(for: .milliseconds(200))
            let second = try await h.client.get("/api/2.0/people/filter?count=1", token: h.ownerToken)
            #expect(second.status == 429)
            #expect(second.header("Retry-After") == "1")
            #expect(try await slow.status == 200)
            // The slot comes back when the slow answer is written.
            #expect(try await h.client.get("/api/2.0/people/filter?count=1", token: h.ownerToken).status == 200)
        }
    }
}
