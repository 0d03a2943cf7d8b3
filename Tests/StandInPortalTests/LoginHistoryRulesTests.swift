import Foundation
import StandInPortal
import Testing

/// The login history (`SecurityController`, `LoginEventsRepository`): who may read it, the
/// page cut before the filter, the plan without the Audit feature, the kept days, and the
/// rows a sign-in writes.
@Suite("Login history")
struct LoginHistoryRulesTests {
    private static let filter = "/api/2.0/security/audit/login/filter"
    private static let lifetime = "/api/2.0/security/audit/settings/lifetime"

    /// Every kept event, newest first, read page by page with no filter.
    private func everything(_ h: PortalHarness) async throws -> [[String: Any]] {
        var events: [[String: Any]] = []
        while true {
            let r = try await h.client.get("\(Self.filter)?startIndex=\(events.count)&count=100", token: h.ownerToken)
            #expect(r.status == 200)
            events += r.people
            if r.people.count < 100 { return events }
        }
    }

    private func ids(_ events: [[String: Any]]) -> [Int] { events.compactMap { $0["id"] as? Int } }

    @Test(
        "SecurityController.GetLoginEventsByFilter and GetAuditSettings: EditPortalSettings (DocSpace admins), else 403"
    )
    func rights() async throws {
        try await PortalHarness.run { h in
            let admin = try await h.token(for: Cast.secondAdmin)
            #expect(try await h.client.get("\(Self.filter)?count=1", token: admin).status == 200)
            #expect(try await h.client.get(Self.lifetime, token: admin).status == 200)
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            #expect(try await h.client.get("\(Self.filter)?count=1", token: roomAdmin).status == 403)
            #expect(try await h.client.get(Self.lifetime, token: roomAdmin).status == 403)
            #expect(try await h.client.get("\(Self.filter)?count=0", token: h.ownerToken).status == 400)
            #expect(try await h.client.get("\(Self.filter)?count=101", token: h.ownerToken).status == 400)
        }
    }

    @Test(
        "LoginEventsRepository.GetByFilterAsync: the page (startIndex, count) is cut from every event newest first, then userId/action/from/to apply within it"
    )
    func pageBeforeFilter() async throws {
        try await PortalHarness.run { h in
            let all = try await everything(h)
            #expect(all.count > 100, "the demo history spans more than one page")
            let dates = all.compactMap { $0["date"] as? String }
            #expect(dates.count == all.count)
            let person = try #require(all.dropFirst(3).first?["userId"] as? String)
            let page = try await h.client.get(
                "\(Self.filter)?userId=\(person)&startIndex=0&count=10", token: h.ownerToken)
            let expected = all.prefix(10).filter { $0["userId"] as? String == person }
            #expect(ids(page.people) == ids(expected), "only the matches among the first 10 of everyone")
            let theirs = all.filter { $0["userId"] as? String == person }
            #expect(theirs.count > expected.count, "the person has older events the page never reached")

            let failures = try await h.client.get(
                "\(Self.filter)?action=1002&startIndex=0&count=100", token: h.ownerToken)
            #expect(ids(failures.people) == ids(all.prefix(100).filter { $0["actionId"] as? Int == 1002 }))
            #expect(!failures.people.isEmpty)

            // `from` = the 50th newest event's date: the first page holds exactly the 50 newest.
            let from = try #require(all[49]["date"] as? String)
            let encoded = try #require(from.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            let since = try await h.client.get("\(Self.filter)?from=\(encoded)&count=100", token: h.ownerToken)
            #expect(ids(since.people) == ids(Array(all.prefix(50))))
            let later = try await h.client.get(
                "\(Self.filter)?from=\(encoded)&startIndex=100&count=100", token: h.ownerToken)
            #expect(later.people.isEmpty, "past the cut-off every later page is empty")
        }
    }

    @Test(
        "SecurityController.GetLoginEventsByFilter without the plan's Audit feature: the query is ignored, the last 20 events of anyone (GetLastLoginEvents)"
    )
    func noAuditFeature() async throws {
        var options = PortalOptions(users: 120, apiKey: PortalHarness.apiKey)
        options.auditFeature = false
        try await PortalHarness.run(options) { h in
            let owner = try await h.id(of: PortalHarness.ownerEmail)
            let r = try await h.client.get(
                "\(Self.filter)?userId=\(owner)&from=2999-01-01&startIndex=40&count=1", token: h.ownerToken)
            #expect(r.status == 200)
            #expect(r.people.count == 20, "a 200 with the 20 newest of anyone, whatever was asked")
            #expect(Set(r.people.compactMap { $0["userId"] as? String }).count > 1)
            let settings = try await h.client.get(Self.lifetime, token: h.ownerToken)
            #expect(settings.status == 200, "the lifetime answers on every plan (DemandBaseAuditPermission)")
        }
    }

    @Test("TenantAuditSettings.LoginHistoryLifeTime: the lifetime is said, and no kept event is older")
    func keptDays() async throws {
        var options = PortalOptions(users: 120, apiKey: PortalHarness.apiKey)
        options.loginHistoryDays = 30
        try await PortalHarness.run(options) { h in
            let settings = try await h.client.get(Self.lifetime, token: h.ownerToken).person
            #expect(settings["loginHistoryLifeTime"] as? Int == 30)
            #expect(settings["auditTrailLifeTime"] as? Int == 180)
            let all = try await everything(h)
            let oldest = Date().addingTimeInterval(-30 * 86_400 - 60)
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            for event in all {
                let date = try #require((event["date"] as? String).flatMap { formatter.date(from: $0) })
                #expect(date >= oldest)
            }
        }
    }

    @Test(
        "AuthenticationController.AuthenticateMeAsync: a sign-in writes LoginSuccessViaApi (1010) for the person, a wrong password LoginFailViaApi (1013) for nobody"
    )
    func signInIsRecorded() async throws {
        try await PortalHarness.run { h in
            let owner = try await h.id(of: PortalHarness.ownerEmail)
            let wrong = try await h.client.send(
                "POST", "/api/2.0/authentication", json: ["userName": PortalHarness.ownerEmail, "password": "nope"])
            #expect(wrong.status == 401)
            var newest = try await h.client.get("\(Self.filter)?count=1", token: h.ownerToken).people
            #expect(newest.first?["actionId"] as? Int == 1013)
            #expect(newest.first?["userId"] as? String == "00000000-0000-0000-0000-000000000000")
            let ok = try await h.client.send(
                "POST", "/api/2.0/authentication",
                json: ["userName": PortalHarness.ownerEmail, "password": "demo-owner-password"])
            #expect(ok.status == 200)
            newest = try await h.client.get("\(Self.filter)?userId=\(owner)&count=1", token: h.ownerToken).people
            #expect(newest.first?["actionId"] as? Int == 1010)
            #expect(newest.first?["action"] as? String == "Login success via api")
        }
    }

    @Test("Demo history: the same seed gives the same rows; some active people never signed in")
    func demoHistory() async throws {
        var first: [String] = []
        var activeIDs: Set<String> = []
        try await PortalHarness.run { h in
            first = try await everything(h).map { "\($0["userId"] ?? "")/\($0["actionId"] ?? "")" }
            let active = try await h.client.get(
                "/api/2.0/people/filter?employeeStatus=Active&count=100", token: h.ownerToken)
            activeIDs = Set(active.people.compactMap { $0["id"] as? String })
        }
        try await PortalHarness.run { h in
            let second = try await everything(h).map { "\($0["userId"] ?? "")/\($0["actionId"] ?? "")" }
            #expect(second == first)
        }
        let signedIn = Set(first.map { String($0.split(separator: "/")[0]) })
        #expect(!activeIDs.subtracting(signedIn).isEmpty, "someone active has no sign-in in the history")
        #expect(!activeIDs.intersection(signedIn).isEmpty)
    }
}
