import Foundation
import Testing

@testable import DocSpaceAPI

#if canImport(Glibc)
import Glibc
#endif

/// The real transport over loopback, for the failures a scripted fake cannot show.
@Suite("CurlTransport")
struct CurlTransportTests {
    @Test("connection refused is a transport error without the token")
    func refused() async throws {
        let client = DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:1")!,
                credentials: .token("tok-SECRET-42"), maxReadRetries: 0))
        let error = try #require(await docSpaceError { try await client.me() })
        guard case .transport(let message) = error else {
            Issue.record("expected a transport error, got \(error)")
            return
        }
        #expect(!message.isEmpty)
        #expect(!error.description.contains("tok-SECRET-42"))
    }

    #if os(Linux)
    @Test("a server that accepts but never answers times out")
    func timeout() async throws {
        let listener = try SilentListener()
        defer { listener.close() }
        let client = DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:\(listener.port)")!,
                credentials: .none, timeout: 1, maxReadRetries: 0))
        #expect(await docSpaceError { try await client.me() } == .timeout(seconds: 1))
    }

    @Test("a fractional timeout is kept to the millisecond (0.5 s is not an immediate timeout)")
    func fractionalTimeout() async throws {
        let listener = try SilentListener()
        defer { listener.close() }
        let client = DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:\(listener.port)")!,
                credentials: .none, timeout: 0.5, maxReadRetries: 0))
        let error = await docSpaceError { try await client.me() }
        #expect(error == .timeout(seconds: 0.5), "\(String(describing: error))")
        #expect(CurlTransfer.milliseconds(0.5) == 500)
        #expect(CurlTransfer.milliseconds(0) == 1)
    }

    @Test("a connection the portal closes without answering fails at once as dropped, without the token")
    func dropped() async throws {
        let server = try LoopbackServer { _, _ in "" }
        defer { server.close() }
        let client = DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:\(server.port)")!,
                credentials: .apiKey("sk-DROPPED-SECRET"), timeout: 60, maxReadRetries: 0))
        let error = try #require(await docSpaceError { try await client.me() })
        guard case .dropped(let message) = error else {
            Issue.record("expected a dropped connection, got \(error)")
            return
        }
        #expect(message.contains("Empty reply"))
        #expect(error.isUnclear)
        #expect(!error.description.contains("sk-DROPPED-SECRET"))
    }

    @Test("a POST sends its JSON body with its own content type, and no Expect header")
    func postBody() async throws {
        let server = try LoopbackServer { _, _ in
            LoopbackServer.response("200 OK", headers: ["Content-Type: application/json"], body: #"{"response":true}"#)
        }
        defer { server.close() }
        let body = Data(String(repeating: "x", count: 4000).utf8)
        let response = try await CurlTransport().send(
            HTTPRequest(
                method: .post, url: URL(string: "http://127.0.0.1:\(server.port)/api/2.0/people")!,
                headers: ["Content-Type": "application/json"], body: body, timeout: 10))
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "application/json")
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"response":true}"#)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.bodyLength == body.count)
        #expect(request.expect == nil)
    }

    @Test("cancelling a request in flight over a real socket gives .cancelled")
    func cancel() async throws {
        let listener = try SilentListener()
        defer { listener.close() }
        let client = DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:\(listener.port)")!,
                credentials: .none, timeout: 60, maxReadRetries: 0))
        let task = Task { await docSpaceError { try await client.me() } }
        #expect(await waitUntil { listener.hasPendingConnection })
        task.cancel()
        #expect(await task.value == .cancelled)
    }
    #endif
}

#if os(Linux)
/// A TCP socket that listens on 127.0.0.1 but never accepts: connections complete in the
/// kernel's backlog and then hear nothing.
final class SilentListener: Sendable {
    let fd: Int32
    let port: UInt16

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { throw CocoaError(.fileNoSuchFile) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.fd = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    /// Whether a client has connected (a connection waits in the backlog).
    var hasPendingConnection: Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0
    }

    func close() { _ = Glibc.close(fd) }
}
#endif

@Suite("Redirects")
struct RedirectTests {
    @Test(
        "policy: same origin and http→https on the same host only",
        arguments: [
            ("https://p.test/a", "https://p.test/b", true),
            ("https://p.test/a", "https://P.TEST:443/b", true),
            ("http://p.test/a", "https://p.test/a", true),
            ("http://p.test:8080/a", "https://p.test/a", false),
            ("https://p.test/a", "http://p.test/a", false),
            ("https://p.test/a", "https://evil.test/a", false),
            ("https://p.test/a", "https://p.test:8443/a", false),
            ("http://127.0.0.1:80/a", "http://localhost/a", false),
        ])
    func policy(from: String, to: String, allowed: Bool) {
        #expect(RedirectPolicy.allows(from: URL(string: from)!, to: URL(string: to)!) == allowed)
    }

    #if os(Linux)
    @Test("a redirect to another host is not followed and the token is not sent there")
    func crossHost() async throws {
        let server = try LoopbackServer { path, port in
            path.hasPrefix("/api/2.0/people/@self")
                ? LoopbackServer.response("302 Found", headers: ["Location: http://localhost:\(port)/elsewhere"])
                : LoopbackServer.response(
                    "200 OK", headers: ["Content-Type: application/json"], body: #"{"response":{"id":"x"}}"#)
        }
        defer { server.close() }
        let client = DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:\(server.port)")!, credentials: .apiKey("sk-REDIRECT-SECRET")))
        let error = try #require(await docSpaceError { try await client.me() })
        guard case .server(302, let message?) = error else {
            Issue.record("expected a 302 server error, got \(error)")
            return
        }
        #expect(message.contains("http://localhost:\(server.port)/elsewhere"))
        #expect(server.requests.map(\.path) == ["/api/2.0/people/@self"])
        #expect(server.requests.first?.authorization == "Bearer sk-REDIRECT-SECRET")
    }

    @Test("a redirect within the portal is followed")
    func sameOrigin() async throws {
        let server = try LoopbackServer { path, port in
            path.hasPrefix("/api/2.0/people/@self")
                ? LoopbackServer.response(
                    "301 Moved Permanently", headers: ["Location: http://127.0.0.1:\(port)/moved"])
                : LoopbackServer.response(
                    "200 OK", headers: ["Content-Type: application/json"], body: #"{"response":{"id":"moved-me"}}"#)
        }
        defer { server.close() }
        let client = DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:\(server.port)")!, credentials: .apiKey("sk-x")))
        #expect(try await client.me().id == "moved-me")
        #expect(server.requests.map(\.path) == ["/api/2.0/people/@self", "/moved"])
    }
    #endif
}
