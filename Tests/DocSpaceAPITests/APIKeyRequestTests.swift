import Foundation
import Testing

@testable import DocSpaceAPI

/// The API-key calls (`ApiKeysController`): their requests, the listing's decoding, and the
/// portal's `false` kept as an answer, not an error.
@Suite("API key requests")
struct APIKeyRequestTests {
    private func request(
        answer: HTTPResponse, _ call: @Sendable (DocSpaceClient) async throws -> Void
    ) async throws -> HTTPRequest {
        try await TestClient.lastRequest(answer: answer, onlyOne: false, call)
    }

    @Test("GET keys: a key with its owner (displayName HTML-decoded), dates, state; never the secret")
    func listing() async throws {
        let body = #"""
            [{"id":"k-1","name":"CI upload","key":"sk-***77aa","keyPostfix":"77aa","permissions":[],
              "lastUsed":"2025-11-21T03:00:00.0000000+03:00","createOn":"2025-03-31T03:00:00.0000000+03:00",
              "createBy":{"id":"u-1","displayName":"Siobh&#225;n O&#39;Brien"},
              "expiresAt":"2024-01-01T00:00:00.0000000+00:00","isActive":true},
             {"id":"k-2","name":"no owner"}]
            """#
        let r = try await request(answer: .ok(body)) {
            let keys = try await $0.apiKeys()
            #expect(keys.count == 1, "a key without its owner cannot be told apart: dropped, not the page")
            let key = try #require(keys.first)
            #expect(key.ownerID == "u-1")
            #expect(key.ownerName == "Siobhán O'Brien")
            #expect(key.maskedKey == "sk-***77aa")
            #expect(key.lastUsed?.date != nil)
            #expect(key.isActive)
            #expect(key.isExpired(at: Date()))
            #expect(!key.works(at: Date()), "active but expired: signs nobody in")
        }
        #expect(r.method == .get)
        #expect(r.pathAndQuery == "/api/2.0/keys")
    }

    @Test("PUT keys/{id} {isActive:false}; the portal's false is the answer")
    func turnOff() async throws {
        let r = try await request(answer: .ok("false")) {
            let changed = try await $0.setAPIKeyActive(id: "k-1", isActive: false)
            #expect(changed == false)
        }
        #expect(r.method == .put)
        #expect(r.pathAndQuery == "/api/2.0/keys/k-1")
        #expect(r.bodyText == #"{"isActive":false}"#)
    }

    @Test("DELETE keys/{id}")
    func delete() async throws {
        let r = try await request(answer: .ok("true")) {
            let deleted = try await $0.deleteAPIKey(id: "k-1")
            #expect(deleted)
        }
        #expect(r.method == .delete)
        #expect(r.pathAndQuery == "/api/2.0/keys/k-1")
    }
}
