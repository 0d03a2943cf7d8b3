import Foundation
import Testing

@testable import PeopleCLI

/// The https exemption is for this machine only: loopback literals matched exactly, and no
/// proxy ever sees a plain-http request.
@Suite("Loopback and proxies")
struct LoopbackRuleTests {
    @Test(
        "loopback literals: localhost, 127.0.0.0/8 as a plain dotted quad, ::1",
        arguments: ["localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "127.255.255.255", "127.0.0.0", "::1", "[::1]"])
    func loopback(host: String) {
        #expect(ConnectionResolver.isLoopback(host))
    }

    @Test(
        "not this machine: names that start with 127., other forms and other addresses",
        arguments: [
            "127.attacker.example", "127.0.0.1.attacker.example", "127.0.0.1.", "127.0.0", "127.1",
            "127.0.0.256", "127.0.0.01", "0177.0.0.1", "127.0.0.-1", "127.0.0.1a", "128.0.0.1",
            "10.0.0.1", "localhost.", "localhost.attacker.example", "mylocalhost", "", "::2", "0.0.0.0",
        ])
    func notLoopback(host: String) {
        #expect(!ConnectionResolver.isLoopback(host))
    }

    @Test("http://127.attacker.example is refused as plain http to another host")
    func refusedURL() {
        #expect(throws: CLIFailure.self) {
            try ConnectionResolver.portalURL("http://127.attacker.example:8080", allowInsecureHTTP: false)
        }
    }

    @Test("every variable that would carry plain http goes; all_proxy stays for https only")
    func proxyEnvironment() {
        let all = PlainHTTPProxy.change(for: [
            "http_proxy": "http://p:1", "HTTP_PROXY": "http://p:2",
            "all_proxy": "socks5://p:3", "ALL_PROXY": "http://p:4",
        ])
        #expect(all.unset.sorted() == ["ALL_PROXY", "HTTP_PROXY", "all_proxy", "http_proxy"])
        #expect(all.set == ["https_proxy": "socks5://p:3"])

        let https = PlainHTTPProxy.change(for: ["ALL_PROXY": "http://p:4", "HTTPS_PROXY": "http://p:5"])
        #expect(https.unset == ["ALL_PROXY"])
        #expect(https.set.isEmpty)

        #expect(PlainHTTPProxy.change(for: ["https_proxy": "http://p:5", "PATH": "/bin"]) == .init())
    }
}
