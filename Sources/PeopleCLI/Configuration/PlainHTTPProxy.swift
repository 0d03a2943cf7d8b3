import Foundation

/// Plain-http requests never go through a proxy.
///
/// The https exemption for this machine (`ConnectionResolver.isLoopback`) assumes the request
/// never leaves it, and `--allow-insecure-http` asks for the portal, not for a proxy, to see
/// the token. The transport is libcurl (`CurlTransport`), which reads the environment on
/// every connection: `http_proxy` (lowercase only) and then `all_proxy`/`ALL_PROXY` for `http://`,
/// `https_proxy`/`HTTPS_PROXY` and then `all_proxy`/`ALL_PROXY` for `https://`. So at start,
/// before any request and any other thread, the process drops every variable that would
/// carry plain http, and keeps `all_proxy` for https alone by moving it to `https_proxy` when
/// that is not set. Through an https proxy curl sends only `CONNECT` (the token stays inside
/// the TLS tunnel), so https keeps its proxy.
public enum PlainHTTPProxy {
    /// What to change in an environment: names to unset, and names to set.
    struct Change: Equatable {
        var unset: [String] = []
        var set: [String: String] = [:]
    }

    static func change(for environment: [String: String]) -> Change {
        var change = Change()
        func present(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let all = present("all_proxy") ?? present("ALL_PROXY"),
            present("https_proxy") == nil, present("HTTPS_PROXY") == nil
        {
            change.set["https_proxy"] = all
        }
        change.unset = ["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"].filter { environment[$0] != nil }
        return change
    }

    /// Applies `change(for:)` to this process. Call first thing in `main`, while no other
    /// thread can read the environment.
    public static func removeFromEnvironment() {
        let change = change(for: ProcessInfo.processInfo.environment)
        for (name, value) in change.set { setenv(name, value, 1) }
        for name in change.unset { unsetenv(name) }
    }
}
