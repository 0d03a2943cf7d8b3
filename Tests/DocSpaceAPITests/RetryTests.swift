import Foundation
import Testing

@testable import DocSpaceAPI

@Suite("Retries and cancellation")
struct RetryTests {
    private let busy = HTTPResponse.empty(503, headers: ["Retry-After": "2"])
    private let person = HTTPResponse.ok(#"{"id":"p1","displayName":"Jane"}"#)

    @Test("a GET is retried on 503 and honours Retry-After")
    func retriesGetOn503() async throws {
        let transport = ScriptedTransport(busy, person)
        let recorder = SleepRecorder()
        let jane = try await TestClient.make(transport, recorder: recorder).person(id: "p1")
        #expect(jane.displayName == "Jane")
        #expect(await transport.requestCount == 2)
        #expect(await recorder.delays == [2])
    }

    @Test("429, 502, 504 and transport errors are retried for GETs")
    func retriesOtherReadFailures() async throws {
        let transport = ScriptedTransport([
            .respond(.empty(429, headers: ["Retry-After": "1"])), .respond(.empty(502)),
            .fail(DocSpaceError.transport(message: "Connection reset")), .respond(person),
        ])
        let recorder = SleepRecorder()
        _ = try await TestClient.make(transport, recorder: recorder).me()
        #expect(await transport.requestCount == 4)
        #expect(await recorder.delays.first == 1)
    }

    @Test("gives up after maxReadRetries with exponential, jittered, growing delays")
    func givesUp() async {
        let transport = ScriptedTransport(.empty(503), .empty(503), .empty(503), .empty(503), person)
        let recorder = SleepRecorder()
        let error = await docSpaceError { try await TestClient.make(transport, recorder: recorder).me() }
        #expect(error == .server(status: 503, message: nil))
        #expect(await transport.requestCount == 4)
        let delays = await recorder.delays
        #expect(delays.count == 3)
        for (attempt, delay) in delays.enumerated() {
            let full = 0.2 * Double(1 << attempt)
            #expect(delay >= full / 2 && delay <= full, "attempt \(attempt): \(delay)")
        }
    }

    @Test("a Retry-After beyond the cap fails at once")
    func retryAfterTooLong() async {
        let transport = ScriptedTransport(.empty(429, headers: ["Retry-After": "3600"]), person)
        let recorder = SleepRecorder()
        let error = await docSpaceError { try await TestClient.make(transport, recorder: recorder).me() }
        #expect(error == .rateLimited(retryAfter: 3600))
        #expect(await transport.requestCount == 1)
        #expect(await recorder.delays.isEmpty)
    }

    @Test(
        "mutations are never retried",
        arguments: [
            HTTPResponse.empty(503), .empty(429, headers: ["Retry-After": "1"]), .empty(502), .empty(504),
        ])
    func mutationsNotRetried(response: HTTPResponse) async {
        let recorder = SleepRecorder()
        let calls: [@Sendable (DocSpaceClient) async throws -> Void] = [
            { _ = try await $0.setStatus(.terminated, ids: ["a"]) },
            { _ = try await $0.create(NewPerson(firstName: "A", lastName: "B", email: "a@b.io")) },
            { _ = try await $0.delete(id: "a") },
            { _ = try await $0.delete(ids: ["a"]) },
        ]
        for call in calls {
            let transport = ScriptedTransport(response, person)
            let client = TestClient.make(transport, recorder: recorder)
            #expect(await docSpaceError { try await call(client) } != nil)
            #expect(await transport.requestCount == 1)
        }
        #expect(await recorder.delays.isEmpty)
    }

    @Test("a timeout or dropped connection on a PUT is not retried and is unclear")
    func unclearMutation() async {
        let transport = ScriptedTransport([.fail(DocSpaceError.timeout(seconds: 30)), .respond(person)])
        let error = await docSpaceError { try await TestClient.make(transport).upgradeType(.user, ids: ["a"]) }
        #expect(error == .timeout(seconds: 30))
        #expect(error?.isUnclear == true)
        #expect(await transport.requestCount == 1)
    }

    @Test("404 and 403 are not retried")
    func clientErrorsNotRetried() async {
        let transport = ScriptedTransport(.empty(404), .empty(403), person)
        let client = TestClient.make(transport)
        #expect(await docSpaceError { try await client.me() } == .notFound(message: nil))
        #expect(await docSpaceError { try await client.me() } == .forbidden(message: nil))
        #expect(await transport.requestCount == 2)
    }

    @Test("cancelling the task while the portal is silent gives .cancelled")
    func cancelWhileWaiting() async {
        let transport = ScriptedTransport([.hang])
        let client = TestClient.make(transport)
        let task = Task { await docSpaceError { try await client.me() } }
        #expect(await waitUntil { await transport.requestCount == 1 })
        task.cancel()
        #expect(await task.value == .cancelled)
    }

    @Test("cancelling during the backoff wait gives .cancelled, without another request")
    func cancelDuringBackoff() async {
        let transport = ScriptedTransport(.empty(503, headers: ["Retry-After": "25"]), person)
        let configuration = ClientConfiguration(baseURL: TestClient.baseURL, credentials: .none)
        let client = DocSpaceClient(configuration: configuration, transport: transport)
        let task = Task { await docSpaceError { try await client.me() } }
        #expect(await waitUntil { await transport.requestCount == 1 })
        task.cancel()
        #expect(await task.value == .cancelled)
        #expect(await transport.requestCount == 1)
    }

    @Test("an already-cancelled task sends nothing")
    func preCancelled() async {
        let transport = ScriptedTransport(person)
        let client = TestClient.make(transport)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await docSpaceError { try await client.me() }
        }
        #expect(await task.value == .cancelled)
        #expect(await transport.requestCount == 0)
    }

    @Test("a CancellationError from the transport becomes .cancelled")
    func cancellationErrorMapped() async {
        let transport = ScriptedTransport([.fail(CancellationError())])
        #expect(await docSpaceError { try await TestClient.make(transport, maxReadRetries: 0).me() } == .cancelled)
    }
}
