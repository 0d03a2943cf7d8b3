import Foundation
import Testing

@testable import DocSpaceAPI

/// Every error class, mapped from a scripted answer (no retries: `maxReadRetries: 0`).
@Suite("Envelope errors")
struct EnvelopeErrorTests {
    private func error(for response: HTTPResponse) async -> DocSpaceError? {
        let transport = ScriptedTransport(response)
        return await docSpaceError { try await TestClient.make(transport, maxReadRetries: 0).person(id: "p1") }
    }

    @Test("The reference example: error envelope → 404 with the server's message")
    func notFound() async {
        #expect(await error(for: .json(404, DocExamples.error404)) == .notFound(message: "The user could not be found"))
    }

    @Test("The reference example: validation 400 → field errors and title")
    func validation() async {
        #expect(
            await error(for: .json(400, DocExamples.validation400))
                == .badRequest(
                    message: "One or more validation errors occurred.",
                    fieldErrors: ["count": ["The field count must be between 1 and 100."]]))
    }

    @Test("400 with an error object")
    func badRequestMessage() async {
        #expect(
            await error(
                for: .json(
                    400,
                    #"{"error":{"message":"User with this email is already registered"},"status":1,"statusCode":400}"#))
                == .badRequest(message: "User with this email is already registered", fieldErrors: [:]))
    }

    @Test("401 with a body and empty")
    func unauthorized() async {
        #expect(
            await error(for: .json(401, DocExamples.loginFailed))
                == .unauthorized(message: "User authentication failed"))
        #expect(await error(for: .empty(401, headers: ["WWW-Authenticate": "Basic"])) == .unauthorized(message: nil))
    }

    @Test("402, 403 with and without a message")
    func paymentAndForbidden() async {
        #expect(
            await error(
                for: .json(
                    402,
                    #"{"error":{"message":"The number of paid users exceeds the limit"},"status":1,"statusCode":402}"#))
                == .paymentRequired(message: "The number of paid users exceeds the limit"))
        #expect(
            await error(
                for: .json(
                    403,
                    #"{"error":{"message":"The user is not suspended","type":null,"stack":null,"hresult":0},"status":1,"statusCode":403}"#
                ))
                == .forbidden(message: "The user is not suspended"))
        #expect(await error(for: .empty(403)) == .forbidden(message: nil))
    }

    @Test("429: empty body, Retry-After in seconds, as an HTTP date, or absent")
    func rateLimited() async {
        #expect(await error(for: .empty(429, headers: ["retry-after": "12"])) == .rateLimited(retryAfter: 12))
        #expect(await error(for: .empty(429)) == .rateLimited(retryAfter: nil))
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(RetryAfter.seconds(from: "Fri, 15 Jan 2027 08:01:40 GMT", now: now) == 100)
        #expect(
            RetryAfter.seconds(from: "Fri, 15 Jan 2027 07:00:00 GMT", now: now) == 0, "a date in the past means now")
        #expect(RetryAfter.seconds(from: "soon", now: now) == nil)
    }

    @Test("HTML 502 and 503 from a proxy")
    func proxyErrors() async {
        let html = HTTPResponse(
            status: 502, headers: ["Content-Type": "text/html"],
            body: Data("<html><body><h1>502 Bad Gateway</h1></body></html>".utf8))
        #expect(await error(for: html) == .server(status: 502, message: nil))
        #expect(
            await error(for: .json(503, "Service Unavailable", headers: ["Content-Type": "text/plain"]))
                == .server(status: 503, message: nil))
        #expect(
            await error(
                for: .json(
                    500,
                    #"{"error":{"message":"Data reassign process for Jane is not complete."},"status":1,"statusCode":500}"#
                ))
                == .server(status: 500, message: "Data reassign process for Jane is not complete."))
        #expect(await error(for: .empty(415)) == .server(status: 415, message: nil))
    }

    @Test("a 2xx with an error object, or with status 1, is a failure")
    func twoHundredWithError() async {
        #expect(
            await error(for: .json(200, #"{"error":{"message":"Access denied"},"status":1,"statusCode":403}"#))
                == .forbidden(message: "Access denied"))
        #expect(
            await error(for: .json(200, #"{"error":{"message":"Something broke"}}"#))
                == .server(status: 200, message: "Something broke"))
        #expect(
            await error(for: .json(200, #"{"response":{"id":"p1"},"status":1,"statusCode":200}"#))
                == .server(status: 200, message: nil))
        #expect(
            await error(for: .json(200, #"{"error":"plain text error","status":1,"statusCode":404}"#))
                == .notFound(message: "plain text error"))
    }

    @Test("a 2xx that is not JSON, or lacks response, is a decoding error naming the route")
    func decodingFailures() async {
        #expect(
            await error(for: .json(200, "<html>login page</html>", headers: ["Content-Type": "text/html"]))
                == .decoding(context: "GET /api/2.0/people/p1: body: not JSON (text/html)"))
        #expect(
            await error(for: .json(200, #"{"count":0,"status":0,"statusCode":200}"#))
                == .decoding(context: "GET /api/2.0/people/p1: response: missing"))
        #expect(await error(for: .empty(200)) == .decoding(context: "GET /api/2.0/people/p1: response: missing"))
        #expect(
            await error(for: .json(200, #"{"response":"just text"}"#))
                == .decoding(context: "GET /api/2.0/people/p1: response: expected an object"))
        #expect(
            await error(for: .json(200, #"{"response":{"createdBy":{"id":"c"}}}"#))
                == .decoding(context: "GET /api/2.0/people/p1: response.id: missing"))
    }

    @Test("void answers and missing task progress are fine")
    func voidAndNil() async throws {
        let transport = ScriptedTransport(.json(200, DocExamples.void), .empty(200))
        let client = TestClient.make(transport)
        #expect(try await client.typeChangeProgress(userId: "u") == nil)
        #expect(try await client.reassignProgress(userId: "u") == nil)
    }
}
