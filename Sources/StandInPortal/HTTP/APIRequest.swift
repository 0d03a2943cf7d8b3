import FlyingFox
import Foundation

/// The parts of an HTTP request the portal looks at, read once from FlyingFox's request.
struct APIRequest: Sendable {
    var method: String
    /// Percent-decoded path without the query, e.g. `/api/2.0/people/filter`.
    var path: String
    /// Path segments, percent-decoded, empty ones dropped.
    var segments: [String]
    var query: QueryParameters
    var headers: [String: String]
    var body: [UInt8]
    /// The request URL as the client sent it, for `links[0].href` (`Request.GetDisplayUrl()`).
    var displayURL: String
    /// `scheme://host[:port]`, for the absolute `profileUrl`.
    var origin: String

    init(method: String, target: String, headers: [String: String], body: [UInt8]) {
        self.method = method.uppercased()
        var lowered: [String: String] = [:]
        for (name, value) in headers { lowered[name.lowercased()] = value }
        self.headers = lowered
        self.body = body
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let rawPath = parts.first.map(String.init) ?? "/"
        let rawQuery = parts.count > 1 ? String(parts[1]) : ""
        self.path = rawPath.removingPercentEncoding ?? rawPath
        self.segments = rawPath.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        self.query = QueryParameters(rawQuery: rawQuery)
        self.origin = "http://" + (lowered["host"] ?? "127.0.0.1")
        self.displayURL = origin + target
    }

    init(_ request: HTTPRequest, body: [UInt8]) {
        var headers: [String: String] = [:]
        for (name, value) in request.headers {
            if let existing = headers[name.rawValue] {
                headers[name.rawValue] = existing + ", " + value
            } else {
                headers[name.rawValue] = value
            }
        }
        self.init(method: request.method.rawValue, target: request.target.rawValue, headers: headers, body: body)
    }

    func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// The value of cookie `name`, if the request carries one.
    func cookie(_ name: String) -> String? {
        guard let header = header("cookie") else { return nil }
        for pair in header.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
