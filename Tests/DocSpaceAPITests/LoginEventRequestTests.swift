import Foundation
import Testing

@testable import DocSpaceAPI

/// The login-history calls (`SecurityController`): the filter's query, the events' decoding
/// (`LoginEventDto`), the kept-history settings (`TenantAuditSettings`).
@Suite("Login history requests")
struct LoginEventRequestTests {
    private func request(
        answer: HTTPResponse, _ call: @Sendable (DocSpaceClient) async throws -> Void
    ) async throws -> HTTPRequest {
        try await TestClient.lastRequest(answer: answer, onlyOne: true, call)
    }

    @Test("GET security/audit/login/filter: only the given parameters, dates in UTC as ApiDateTime reads them")
    func filterQuery() async throws {
        let from = Date(timeIntervalSince1970: 1_788_886_800)  // 2026-09-08T17:00:00Z
        let r = try await request(answer: .ok("[]")) {
            let events = try await $0.loginEvents(LoginEventQuery(from: from, startIndex: 200, count: 100))
            #expect(events.isEmpty)
        }
        #expect(r.method == .get)
        #expect(
            r.pathAndQuery
                == "/api/2.0/security/audit/login/filter?from=2026-09-08T17%3A00%3A00Z&startIndex=200&count=100")
    }

    @Test("Every filter parameter by its server name (LoginEventRequestDto)")
    func everyParameter() async throws {
        let day = Date(timeIntervalSince1970: 86_400 * 3)
        let r = try await request(answer: .ok("[]")) {
            _ = try await $0.loginEvents(
                LoginEventQuery(userID: "u-1", action: LoginEvent.loginSuccess, from: day, to: day, count: 5))
        }
        #expect(
            r.pathAndQuery
                == "/api/2.0/security/audit/login/filter?userId=u-1&action=1000"
                + "&from=1970-01-04T00%3A00%3A00Z&to=1970-01-04T00%3A00%3A00Z&startIndex=0&count=5")
    }

    @Test("LoginEventDto decodes: actionId is the MessageAction number; a row without person or action is dropped")
    func decoding() async throws {
        let body = #"""
            [{"id":41,"date":"2026-11-30T09:15:02.0000000+01:00","user":"Siobhán O'Brien",
              "userId":"u-1","login":"siobhan@x.io","action":"Login success","actionId":1000,
              "ip":"192.0.2.1","country":"Ireland","city":"Cork","browser":"Firefox 140","platform":"Linux",
              "page":"/login"},
             {"id":40,"date":"2026-11-29T08:00:00.0000000Z","user":"","userId":"00000000-0000-0000-0000-000000000000",
              "login":"nobody@x.io","action":"Login fail invalid combination","actionId":1002},
             {"id":39,"date":"2026-11-28T08:00:00.0000000Z","actionId":1000},
             {"id":38,"date":"2026-11-28T08:00:00.0000000Z","userId":"u-2"}]
            """#
        _ = try await request(answer: .ok(body)) {
            let events = try await $0.loginEvents(LoginEventQuery())
            #expect(events.map(\.id) == [41, 40])
            let first = try #require(events.first)
            #expect(first.userID == "u-1")
            #expect(first.userName == "Siobhán O'Brien")
            #expect(first.isSuccessfulSignIn)
            #expect(first.date?.date == Date(timeIntervalSince1970: 1_796_026_502))
            #expect(first.ip == "192.0.2.1")
            #expect(!events[1].isSuccessfulSignIn, "a failed attempt is not a sign-in")
        }
    }

    @Test("GET security/audit/settings/lifetime: the days the login history is kept")
    func lifetime() async throws {
        let r = try await request(
            answer: .ok(#"{"loginHistoryLifeTime":30,"auditTrailLifeTime":180,"lastModified":"0001-01-01T00:00:00"}"#)
        ) {
            let settings = try await $0.auditSettings()
            #expect(settings == AuditSettings(loginHistoryDays: 30, auditTrailDays: 180))
        }
        #expect(r.method == .get)
        #expect(r.pathAndQuery == "/api/2.0/security/audit/settings/lifetime")
    }
}
