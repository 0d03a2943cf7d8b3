import Foundation
import Testing

@testable import DocSpaceAPI

/// The three security calls: two-factor reset, the password-reset e-mail, the e-mail change.
@Suite("Security requests")
struct SecurityRequestTests {
    /// Sends one call and returns the one request the transport saw.
    private func request(
        answer: HTTPResponse, _ call: @Sendable (DocSpaceClient) async throws -> Void
    ) async throws -> HTTPRequest {
        try await TestClient.lastRequest(answer: answer, onlyOne: true, call)
    }

    @Test("PUT settings/tfaappnewapp with the person's id as id (TfaappController.UnlinkTfaApp)")
    func resetTwoFactor() async throws {
        let r = try await request(answer: .ok(#""""#)) { try await $0.resetTwoFactor(userId: "u-1") }
        #expect(r.method == .put)
        #expect(r.pathAndQuery == "/api/2.0/settings/tfaappnewapp")
        #expect(r.bodyText == #"{"id":"u-1"}"#)
    }

    @Test("POST people/password with the e-mail; the portal's message is the answer")
    func sendPasswordReset() async throws {
        let message = "The password change instruction has been sent to a@x.io email address."
        let r = try await request(answer: .ok("\"\(message)\"")) {
            let answer = try await $0.sendPasswordReset(email: "a@x.io")
            #expect(answer == message)
        }
        #expect(r.method == .post)
        #expect(r.pathAndQuery == "/api/2.0/people/password")
        #expect(r.bodyText == #"{"email":"a@x.io"}"#)
    }

    @Test("POST people/email with userId and the new address")
    func changeEmail() async throws {
        let r = try await request(answer: .ok(#""The email change instructions have been successfully sent""#)) {
            let answer = try await $0.changeEmail(userId: "u-1", to: "new@x.io")
            #expect(answer == "The email change instructions have been successfully sent")
        }
        #expect(r.method == .post)
        #expect(r.pathAndQuery == "/api/2.0/people/email")
        #expect(r.bodyText == #"{"email":"new@x.io","userId":"u-1"}"#)
    }

    @Test("the sensitive-API limit's 429 is rateLimited with the portal's Retry-After, and a change is not retried")
    func rateLimitIsAnsweredWithTheWait() async throws {
        let transport = ScriptedTransport(.empty(429, headers: ["Retry-After": "840"]))
        let client = TestClient.make(transport)
        await #expect(throws: DocSpaceError.rateLimited(retryAfter: 840)) {
            _ = try await client.sendPasswordReset(email: "a@x.io")
        }
        #expect(await transport.requestCount == 1)
        #expect(
            DocSpaceError.rateLimited(retryAfter: 840).description
                == "Too many requests (429) — the portal asks to wait 840 s (about 14 min)")
    }
}
