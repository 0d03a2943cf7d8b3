import Foundation
import Testing

/// Plain-http requests never go through a proxy: with `http_proxy` and `all_proxy` pointing
/// at a listener on this machine, `login` and `whoami` against the stand-in at
/// http://127.0.0.1 work and the listener hears nothing (before, it got the API key and
/// the password).
@Suite("No proxy for plain http")
struct ProxyTests {
    @Test(arguments: ["http_proxy", "all_proxy", "ALL_PROXY"])
    func loopbackHTTPBypassesTheProxy(variable: String) throws {
        let proxy = try ProxyListener()
        defer { proxy.close() }
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = NSTemporaryDirectory() + "dsp-proxy-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let proxied = [variable: proxy.url, "no_proxy": "", "NO_PROXY": ""]

        var env = server.environment(home: home).merging(proxied) { _, new in new }
        let whoami = try runBinary(["whoami", "--timeout", "5"], environment: env)
        #expect(whoami.status == 0, "\(whoami.stderr)")

        env["DOCSPACE_TOKEN"] = nil
        let login = try runBinary(
            ["login", "--user", "owner@example.com", "--password-stdin", "--timeout", "5"],
            environment: env, input: "owner-pass-1\n")
        #expect(login.status == 0, "\(login.stderr)")
        #expect(proxy.connections == 0)
    }
}
