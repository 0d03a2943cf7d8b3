import Foundation
import Testing

@testable import DocSpaceAPI

/// A fake `HTTPTransport` that answers from a script, one step per request, and records
/// every request it was given. `.hang` never answers until the calling task is cancelled.
actor ScriptedTransport: HTTPTransport {
    enum Step: Sendable {
        case respond(HTTPResponse)
        case fail(any Error)
        case hang
    }

    private var steps: [Step]
    private(set) var requests: [HTTPRequest] = []

    init(_ steps: [Step]) { self.steps = steps }
    init(_ responses: HTTPResponse...) { self.steps = responses.map(Step.respond) }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        guard !steps.isEmpty else {
            return .json(500, #"{"error":{"message":"script exhausted"},"status":1,"statusCode":500}"#)
        }
        switch steps.removeFirst() {
        case .respond(let response): return response
        case .fail(let error): throw error
        case .hang:
            // The server that never answers: only cancellation ends this.
            try await Task.sleep(nanoseconds: 3_600_000_000_000)
            throw DocSpaceError.transport(message: "hang ended without cancellation")
        }
    }

    var requestCount: Int { requests.count }
    var lastRequest: HTTPRequest? { requests.last }
}

extension HTTPResponse {
    static func json(_ status: Int, _ body: String, headers: HTTPHeaders = ["Content-Type": "application/json"])
        -> HTTPResponse
    {
        HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }

    static func empty(_ status: Int, headers: HTTPHeaders = [:]) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, body: Data())
    }

    /// A success envelope around `response` (a JSON text).
    static func ok(_ response: String, total: Int? = nil) -> HTTPResponse {
        let totalPart = total.map { #","total":\#($0)"# } ?? ""
        return .json(
            200,
            #"{"response":\#(response),"count":1\#(totalPart),"links":[{"href":"http://portal.test/api/2.0/x","action":"GET"}],"status":0,"statusCode":200}"#
        )
    }
}

/// Records the client's backoff waits instead of sleeping.
actor SleepRecorder {
    private(set) var delays: [Double] = []
    func record(_ seconds: Double) { delays.append(seconds) }
}

enum TestClient {
    static let baseURL = URL(string: "https://portal.test")!
    static let apiKey = "sk-TESTKEY-1234567890abcdef"

    static func make(
        _ transport: any HTTPTransport, credentials: Credentials = .apiKey(apiKey),
        baseURL: URL = baseURL, maxReadRetries: Int = 3,
        recorder: SleepRecorder = SleepRecorder()
    ) -> DocSpaceClient {
        let configuration = ClientConfiguration(
            baseURL: baseURL, credentials: credentials, maxReadRetries: maxReadRetries,
            userAgent: "docspace-people-tests", sleep: { await recorder.record($0) })
        return DocSpaceClient(configuration: configuration, transport: transport)
    }
}

/// Polls `condition` until it holds or the deadline passes; returns whether it held.
/// (Tests wait for conditions, never for a fixed time.)
func waitUntil(timeout seconds: Double = 30, _ condition: @Sendable () async -> Bool) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if await condition() { return true }
        try? await Task.sleep(nanoseconds: 1_000_000)
    }
    return await condition()
}

/// The body of a recorded request as text (request bodies use sorted keys).
extension HTTPRequest {
    var bodyText: String? { body.map { String(decoding: $0, as: UTF8.self) } }
    var pathAndQuery: String {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        let query = components?.percentEncodedQuery.map { "?\($0)" } ?? ""
        return (components?.percentEncodedPath ?? "") + query
    }
}

/// Runs `operation` and returns the `DocSpaceError` it threw, or `nil` if it threw nothing
/// (or something else).
func docSpaceError<T>(_ operation: () async throws -> T) async -> DocSpaceError? {
    do {
        _ = try await operation()
        return nil
    } catch let error as DocSpaceError {
        return error
    } catch {
        return nil
    }
}

extension TestClient {
    /// Runs `call` on a client whose transport answers `answer`, and gives back the request it
    /// sent last; with `onlyOne`, also expects that it was the only one.
    static func lastRequest(
        answer: HTTPResponse, baseURL: URL = baseURL, onlyOne: Bool,
        _ call: @Sendable (DocSpaceClient) async throws -> Void
    ) async throws -> HTTPRequest {
        let transport = ScriptedTransport(answer)
        try await call(make(transport, baseURL: baseURL))
        if onlyOne { #expect(await transport.requestCount == 1) }
        return try #require(await transport.lastRequest)
    }
}
