import Foundation
import Testing

@testable import DocSpaceAPI

@Suite("No secret in any error")
struct SecretTests {
    private static let secret = "sk-9f8e7d6c5b4a3210SECRET"

    private func error(_ step: ScriptedTransport.Step) async -> DocSpaceError? {
        let transport = ScriptedTransport([step])
        return await docSpaceError {
            try await TestClient.make(transport, credentials: .apiKey(Self.secret), maxReadRetries: 0).me()
        }
    }

    @Test(
        "a transport message carrying the secret, plain or percent-encoded",
        arguments: [
            "curl: (7) Failed for Authorization: Bearer \(secret)",
            "redirect to https://p/?key=\(secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)",
        ])
    func transportMessage(message: String) async throws {
        let error = try #require(await error(.fail(DocSpaceError.transport(message: message))))
        #expect(!error.description.contains(Self.secret))
        #expect(!error.description.contains("9f8e7d6c5b4a3210SECRET"))
        #expect(error.description.contains("[hidden]"))
    }

    @Test("a non-DocSpaceError from the transport is scrubbed too")
    func foreignError() async throws {
        struct Leaky: Error, CustomStringConvertible { var description: String { "socket said \(SecretTests.secret)" } }
        let error = try #require(await error(.fail(Leaky())))
        #expect(error == .transport(message: "socket said [hidden]"))
    }

    @Test("server messages in every error class", arguments: [400, 401, 402, 403, 404, 500, 200])
    func serverMessage(status: Int) async throws {
        let body = #"{"error":{"message":"token \#(Self.secret) is not valid"},"status":1,"statusCode":\#(status)}"#
        let error = try #require(await error(.respond(.json(status, body))))
        #expect(!error.description.contains(Self.secret))
        #expect(!String(describing: error).contains(Self.secret))
        #expect(error.localizedDescription.contains("[hidden]"))
    }

    @Test("validation field errors")
    func fieldErrors() async throws {
        let body =
            #"{"response":{"title":"bad","errors":{"key":["\#(Self.secret) is malformed"]}},"status":1,"statusCode":400}"#
        let error = try #require(await error(.respond(.json(400, body))))
        #expect(error == .badRequest(message: "bad", fieldErrors: ["key": ["[hidden] is malformed"]]))
    }

    @Test("the login password never appears")
    func password() async throws {
        let password = "hunter2-Pa55word"
        let transport = ScriptedTransport([
            .respond(
                .json(401, #"{"error":{"message":"Wrong password hunter2-Pa55word"},"status":1,"statusCode":401}"#)),
            .fail(DocSpaceError.transport(message: "posting {\"password\":\"hunter2-Pa55word\"} failed")),
        ])
        for _ in 0..<2 {
            let error = try #require(
                await docSpaceError {
                    try await DocSpaceClient.login(
                        baseURL: TestClient.baseURL, userName: "a@b.io", password: password, transport: transport)
                })
            #expect(!error.description.contains(password))
        }
    }

    @Test("credentials and tokens describe themselves without the secret")
    func descriptions() {
        #expect(!Credentials.apiKey(Self.secret).description.contains(Self.secret))
        #expect(!"\(Credentials.token(Self.secret))".contains(Self.secret))
        #expect(!"\(AuthToken(token: Self.secret, expires: nil))".contains(Self.secret))
        let configuration = ClientConfiguration(baseURL: TestClient.baseURL, credentials: .apiKey(Self.secret))
        #expect(!"\(configuration.credentials)".contains(Self.secret))
    }
}

@Suite("Secrets whatever their case or form")
struct SecretTransformTests {
    private static let secret = "sk-9f8e7d6c5b4a3210SECRET"

    @Test(
        "a 401 that echoes the key upper-cased, lower-cased, base64 or JSON-escaped",
        arguments: [
            "invalid key \(secret.uppercased())",
            "invalid key \(secret.lowercased())",
            "basic \(Data(secret.utf8).base64EncodedString())",
            "key=\(secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!.lowercased())",
        ])
    func transformed(message: String) async throws {
        let body = #"{"error":{"message":"\#(message)"},"status":1,"statusCode":401}"#
        let transport = ScriptedTransport([.respond(.json(401, body))])
        let error = try #require(
            await docSpaceError {
                try await TestClient.make(transport, credentials: .apiKey(Self.secret), maxReadRetries: 0).me()
            })
        #expect(!error.description.lowercased().contains(Self.secret.lowercased()), "\(error)")
        #expect(!error.description.contains(Data(Self.secret.utf8).base64EncodedString()), "\(error)")
        #expect(error.description.contains("[hidden]"), "\(error)")
    }

    @Test("the request an activity log sees keeps the path as sent: %0A in an id is never decoded")
    func eventTargetStaysEncoded() async throws {
        let events = EventBox()
        let transport = ScriptedTransport([
            .respond(.json(404, #"{"error":{"message":"no"},"status":1,"statusCode":404}"#))
        ])
        let configuration = ClientConfiguration(
            baseURL: TestClient.baseURL, credentials: .apiKey(TestClient.apiKey), maxReadRetries: 0,
            userAgent: "t", sleep: { _ in }, observer: { events.add($0) })
        _ = try? await DocSpaceClient(configuration: configuration, transport: transport).person(id: "a\nb")
        let target = try #require(events.all.first?.target)
        #expect(!target.contains("\n"), "\(target)")
        #expect(target.contains("a%0Ab"), "\(target)")
    }
}

private final class EventBox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [RequestEvent] = []
    func add(_ event: RequestEvent) { lock.withLock { events.append(event) } }
    var all: [RequestEvent] { lock.withLock { events } }
}
