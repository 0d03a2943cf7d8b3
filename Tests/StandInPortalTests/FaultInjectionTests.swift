import Foundation
import StandInPortal
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fault injection: every effect over the wire, counting, and the spec parser.
@Suite struct FaultInjectionTests {
    private let filter = "/api/2.0/people/filter?count=5"

    @Test func latencyDelaysTheAnswer() async throws {
        try await PortalHarness.run { h in
            await h.portal.faults.set(FaultRule(route: "GET /api/2.0/people/filter", latencyMilliseconds: 300))
            let started = ContinuousClock.now
            let r = try await h.client.get(filter, token: h.ownerToken)
            let elapsed = ContinuousClock.now - started
            #expect(r.status == 200)
            // Not a timing assertion on speed: the answer cannot come before the injected delay.
            #expect(elapsed >= .milliseconds(300))
        }
    }

    @Test func forcedStatusesHaveTheBodiesOfTheRealChain() async throws {
        try await PortalHarness.run { h in
            await h.portal.faults.set(
                FaultRule(route: "GET /api/2.0/people/filter", effect: .status(500), times: 1),
                FaultRule(route: "GET /api/2.0/people/filter", effect: .status(502), times: 1),
                FaultRule(route: "GET /api/2.0/people/filter", effect: .status(503), times: 1))
            let e500 = try await h.client.get(filter, token: h.ownerToken)
            #expect(e500.status == 500)
            #expect(e500.object["status"] as? Int == 1)
            #expect(e500.errorMessage != nil)
            let e502 = try await h.client.get(filter, token: h.ownerToken)
            #expect(e502.status == 502)
            #expect(e502.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(e502.text.contains("<title>502 Bad Gateway</title>"))
            #expect(!e502.isJSON)
            let e503 = try await h.client.get(filter, token: h.ownerToken)
            #expect(e503.status == 503)
            #expect(e503.text.contains("503"))
            let normal = try await h.client.get(filter, token: h.ownerToken)
            #expect(normal.status == 200)
        }
    }

    @Test func tooManyRequestsCarriesRetryAfterAndNoBody() async throws {
        try await PortalHarness.run { h in
            await h.portal.faults.set(try FaultRule.parse("GET /api/2.0/people/filter: status=429 retry-after=7"))
            let r = try await h.client.get(filter, token: h.ownerToken)
            #expect(r.status == 429)
            #expect(r.header("Retry-After") == "7")
            #expect(r.header("X-RateLimit-Remaining") == "0")
            #expect(r.body.isEmpty)
        }
    }

    @Test func expiredTokenIsAnEmpty401() async throws {
        try await PortalHarness.run { h in
            await h.portal.faults.set(FaultRule(route: "*", effect: .expiredToken, times: 1))
            let r = try await h.client.get("/api/2.0/people/@self", token: h.ownerToken)
            #expect(r.status == 401)
            #expect(r.body.isEmpty)
            #expect(try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).status == 200)
        }
    }

    @Test func malformedJSONIs200WithAnUnparsableBody() async throws {
        try await PortalHarness.run { h in
            await h.portal.faults.set(FaultRule(route: "GET /api/2.0/people/filter", effect: .malformedJSON))
            let r = try await h.client.get(filter, token: h.ownerToken)
            #expect(r.status == 200)
            #expect(!r.body.isEmpty)
            #expect(!r.isJSON)
        }
    }

    @Test func errorInSuccessIs200WithAnErrorObject() async throws {
        try await PortalHarness.run { h in
            await h.portal.faults.set(FaultRule(route: "GET /api/2.0/people/filter", effect: .errorInSuccess))
            let r = try await h.client.get(filter, token: h.ownerToken)
            #expect(r.status == 200)
            #expect(r.errorMessage != nil)
            #expect(r.object["status"] as? Int == 1)
            #expect(r.object["response"] == nil)
        }
    }

    @Test func truncatedBodyAndDroppedConnectionAreTransportErrors() async throws {
        try await PortalHarness.run { h in
            await h.portal.faults.set(
                FaultRule(route: "GET /api/2.0/people/filter", effect: .truncatedBody, times: 1),
                FaultRule(route: "GET /api/2.0/people/filter", effect: .dropConnection, times: 1))
            await #expect(throws: URLError.self) { _ = try await h.client.get(filter, token: h.ownerToken) }
            await #expect(throws: URLError.self) { _ = try await h.client.get(filter, token: h.ownerToken) }
            let normal = try await h.client.get(filter, token: h.ownerToken)
            #expect(normal.status == 200)
            #expect(await h.portal.faults.firedCounts == [1, 1])
        }
    }

    @Test func timesLimitsARuleToItsFirstRequests() async throws {
        try await PortalHarness.run { h in
            await h.portal.faults.set(try FaultRule.parse("GET /api/2.0/people/filter: status=503 times=2"))
            var statuses: [Int] = []
            for _ in 0..<4 { statuses.append(try await h.client.get(filter, token: h.ownerToken).status) }
            #expect(statuses == [503, 503, 200, 200])
            // Other routes never matched.
            #expect(try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).status == 200)
        }
    }

    @Test func probabilityIsRepeatableForASeed() async throws {
        func run() async throws -> [Int] {
            var statuses: [Int] = []
            try await PortalHarness.run(PortalOptions(users: 20)) { h in
                await h.portal.faults.set(
                    try FaultRule.parse("GET /api/2.0/people/@self: status=500 probability=0.5 seed=42"))
                for _ in 0..<20 {
                    statuses.append(try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).status)
                }
            }
            return statuses
        }
        let first = try await run()
        let second = try await run()
        #expect(first == second)
        #expect(first.contains(500) && first.contains(200))
    }

    @Test func clearRestoresNormalAnswers() async throws {
        try await PortalHarness.run { h in
            await h.portal.faults.set(FaultRule(route: "*", effect: .status(500)))
            let faulted = try await h.client.get(filter, token: h.ownerToken)
            #expect(faulted.status == 500)
            await h.portal.faults.clear()
            let normal = try await h.client.get(filter, token: h.ownerToken)
            #expect(normal.status == 200)
        }
    }

    @Test func faultsAreSwitchableOverHTTPWithoutAuthentication() async throws {
        try await PortalHarness.run { h in
            let put = try await h.client.send(
                "PUT", "/__standin/faults",
                json: [
                    "rules": [
                        "GET /api/2.0/people/filter: status=503 times=1",
                        ["route": "GET /api/2.0/people/@self", "status": 429, "retryAfter": 3],
                    ]
                ])
            #expect(put.status == 200)
            #expect((put.object["rules"] as? [String])?.count == 2)
            #expect(try await h.client.get(filter, token: h.ownerToken).status == 503)
            let limited = try await h.client.get("/api/2.0/people/@self", token: h.ownerToken)
            #expect(limited.status == 429)
            #expect(limited.header("Retry-After") == "3")
            let listed = try await h.client.get("/__standin/faults")
            #expect(listed.object["fired"] as? [Int] == [1, 1])
            let cleared = try await h.client.send("DELETE", "/__standin/faults")
            #expect((cleared.object["rules"] as? [String])?.isEmpty == true)
            #expect(try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).status == 200)
            let bad = try await h.client.send("PUT", "/__standin/faults", json: ["rules": ["no colon here"]])
            #expect(bad.status == 400)
            #expect((bad.object["error"] as? String)?.contains("missing ':'") == true)
        }
    }

    @Test func faultsCanTargetRouteTemplatesAndWildcards() async throws {
        try await PortalHarness.run { h in
            await h.portal.faults.set(FaultRule(route: "GET /api/2.0/people/{userid}", effect: .status(500)))
            let id = try await h.id(of: Cast.user)
            #expect(try await h.client.get("/api/2.0/people/\(id)", token: h.ownerToken).status == 500)
            #expect(
                try await h.client.get("/api/2.0/people/filter", token: h.ownerToken).status == 500,
                "a pattern matches paths, so a template also covers the literal routes of that shape")
            await h.portal.faults.set(FaultRule(route: "PUT /api/2.0/people/**", effect: .status(503)))
            #expect(try await h.client.get("/api/2.0/people/\(id)", token: h.ownerToken).status == 200)
            let put = try await h.client.send(
                "PUT", "/api/2.0/people/status/Terminated", token: h.ownerToken, json: ["userIds": [id]])
            #expect(put.status == 503)
            #expect(await h.snapshot(id)?.status == .active, "a faulted request never reaches the portal")
        }
    }
}

/// `FaultRule.parse` and its errors.
@Suite struct FaultSpecTests {
    @Test func parsesTheDocumentedForms() throws {
        let a = try FaultRule.parse("GET /api/2.0/people/filter: status=503 times=2")
        #expect(a.route == FaultRoute("GET /api/2.0/people/filter"))
        #expect(a.effect == .status(503))
        #expect(a.times == 2)
        let b = try FaultRule.parse("*: latency=250ms")
        #expect(b.route == .any)
        #expect(b.effect == FaultEffect.none)
        #expect(b.latencyMilliseconds == 250)
        let c = try FaultRule.parse("PUT /api/2.0/people/status/*: drop, probability=0.25 seed=9")
        #expect(c.effect == .dropConnection)
        #expect(c.probability == 0.25)
        #expect(c.seed == 9)
        let d = try FaultRule.parse("DELETE: status=429 retry-after=5")
        #expect(d.effect == .tooManyRequests(retryAfterSeconds: 5))
        #expect(d.route.method == "DELETE")
        #expect(try FaultRule.parse("* /api/2.0/people/**: fault=truncated").effect == .truncatedBody)
        #expect(try FaultRule.parse("GET /x: malformed").effect == .malformedJSON)
        #expect(try FaultRule.parse("GET /x: error-body").effect == .errorInSuccess)
        #expect(try FaultRule.parse("GET /x: expired-token").effect == .expiredToken)
    }

    @Test func descriptionRoundTrips() throws {
        for spec in [
            "GET /api/2.0/people/filter: status=503 times=2", "*: latency=100", "PUT /a/*: drop probability=0.5 seed=3",
            "DELETE: status=429 retry-after=4",
        ] {
            let rule = try FaultRule.parse(spec)
            #expect(try FaultRule.parse(rule.description) == rule, "\(spec) → \(rule.description)")
        }
    }

    @Test(arguments: [
        ("GET /api/2.0/people/filter status=503", "missing ':'"),
        ("GET /x: status=abc", "status needs a whole number"),
        ("GET /x: status=999", "outside"),
        ("GET /x: teleport", "unknown word \"teleport\""),
        ("GET /x:", "no fault after ':'"),
        ("GET /x: probability=2", "between 0 and 1"),
        ("GET /x: drop malformed", "more than one fault"),
        ("GET x/y: drop", "must start with '/'"),
        ("GET /x: retry-after=3", "retry-after needs status=429"),
    ])
    func errorsSayWhatIsWrong(spec: String, fragment: String) {
        do {
            _ = try FaultRule.parse(spec)
            Issue.record("\(spec) parsed")
        } catch let error as FaultSpecError {
            #expect(error.description.contains(fragment), "\(error.description)")
            #expect(error.description.contains(spec))
            #expect(error.description.contains("e.g."))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
