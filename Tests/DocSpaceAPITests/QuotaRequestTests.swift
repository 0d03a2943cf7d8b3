import Foundation
import Testing

@testable import DocSpaceAPI

/// The storage quota calls: `PUT people/userquota` (bytes as a JSON number, `-1` no limit),
/// `PUT people/resetquota`, `GET settings/userquotasettings`.
@Suite("Quota requests")
struct QuotaRequestTests {
    private func request(
        answer: HTTPResponse, _ call: @Sendable (DocSpaceClient) async throws -> Void
    ) async throws -> HTTPRequest {
        try await TestClient.lastRequest(answer: answer, onlyOne: false, call)
    }

    private let person = #"[{"id":"u-1","displayName":"Ann","quotaLimit":524288000,"isCustomQuota":true}]"#

    @Test("PUT people/userquota: the ids and the bytes as a number; the people answered")
    func setBytes() async throws {
        let body = person
        let r = try await request(answer: .ok(body)) {
            let people = try await $0.setQuota(.bytes(524_288_000), ids: ["u-1"])
            #expect(people.first?.quotaLimit == 524_288_000)
            #expect(people.first?.isCustomQuota == true)
        }
        #expect(r.method == .put)
        #expect(r.pathAndQuery == "/api/2.0/people/userquota")
        #expect(r.bodyText == #"{"quota":524288000,"userIds":["u-1"]}"#)
    }

    @Test("no limit goes as -1 (UserQuotaSettings.NoQuota)")
    func setNoLimit() async throws {
        let body = person
        let r = try await request(answer: .ok(body)) { _ = try await $0.setQuota(.noLimit, ids: ["u-1", "u-2"]) }
        #expect(r.bodyText == #"{"quota":-1,"userIds":["u-1","u-2"]}"#)
        #expect(StorageLimit(quotaLimit: -1) == .noLimit)
        #expect(StorageLimit(quotaLimit: 10) == .bytes(10))
    }

    @Test("PUT people/resetquota: the ids only")
    func reset() async throws {
        let body = person
        let r = try await request(answer: .ok(body)) { _ = try await $0.resetQuota(ids: ["u-1"]) }
        #expect(r.method == .put)
        #expect(r.pathAndQuery == "/api/2.0/people/resetquota")
        #expect(r.bodyText == #"{"userIds":["u-1"]}"#)
    }

    @Test("resetquota on a plan without storage statistics: 402 with the portal's words")
    func resetRefusedByPlan() async throws {
        let transport = ScriptedTransport(
            .json(402, #"{"error":{"message":"The option is not allowed"},"status":1,"statusCode":402}"#))
        await #expect(throws: DocSpaceError.paymentRequired(message: "The option is not allowed")) {
            _ = try await TestClient.make(transport).resetQuota(ids: ["u-1"])
        }
    }

    @Test("GET settings/userquotasettings: on or off, and the default in bytes")
    func settings() async throws {
        let r = try await request(
            answer: .ok(#"{"enableQuota":true,"defaultQuota":1073741824,"lastRecalculateDate":null}"#)
        ) {
            let settings = try await $0.userQuotaSettings()
            #expect(settings.enableQuota)
            #expect(settings.defaultQuota == 1_073_741_824)
        }
        #expect(r.method == .get)
        #expect(r.pathAndQuery == "/api/2.0/settings/userquotasettings")
    }

    @Test("people/filter with quotaFilter: 1 default, 2 custom")
    func filterByQuota() async throws {
        var query = PeopleQuery(count: 10)
        query.quota = .custom
        let sent = query
        let r = try await request(answer: .ok("[]", total: 0)) { _ = try await $0.people(sent) }
        #expect(r.pathAndQuery.hasSuffix("&quotaFilter=2"), "\(r.pathAndQuery)")
        query.quota = .default
        let again = query
        let d = try await request(answer: .ok("[]", total: 0)) { _ = try await $0.people(again) }
        #expect(d.pathAndQuery.hasSuffix("&quotaFilter=1"))
    }
}
