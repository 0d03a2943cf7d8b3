/// Which requests a fault rule applies to: an optional method and a path pattern.
///
/// Written `GET /api/2.0/people/filter`, `PUT /api/2.0/people/status/*`, `* /api/2.0/people/**`,
/// `DELETE *` or just `*` (everything). In the path, `*` or `{name}` matches one segment and a
/// final `**` matches the rest; segments compare case-insensitively, the query is ignored.
/// So a route template from the statistics (`GET /api/2.0/people/{userid}`) is a valid pattern.
public struct FaultRoute: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// Upper-case method, or `nil` for any.
    public let method: String?
    /// Pattern segments, or `nil` for any path.
    public let segments: [String]?

    public static let any = FaultRoute("*")

    /// Parses leniently: a leading all-letters word is the method; the rest is the path.
    public init(_ text: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var method: String?
        var path: String?
        if let first = words.first {
            if first.allSatisfy(\.isLetter) {
                method = first.uppercased()
                path = words.count > 1 ? words[1] : nil
            } else if first == "*", words.count > 1 {
                path = words[1]
            } else {
                path = first
            }
        }
        self.method = method
        if let path, path != "*", path != "/**" {
            segments = path.split(separator: "/").map { $0.lowercased() }
        } else {
            segments = nil
        }
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var description: String {
        let path = segments.map { "/" + $0.joined(separator: "/") } ?? "*"
        if let method { return "\(method) \(path)" }
        return path == "*" ? "*" : "* \(path)"
    }

    func matches(method requestMethod: String, segments requestSegments: [String]) -> Bool {
        if let method, method != requestMethod.uppercased() { return false }
        guard let segments else { return true }
        for (index, pattern) in segments.enumerated() {
            if pattern == "**" { return true }
            guard index < requestSegments.count else { return false }
            if pattern == "*" || (pattern.hasPrefix("{") && pattern.hasSuffix("}")) { continue }
            if pattern != requestSegments[index].lowercased() { return false }
        }
        return segments.count == requestSegments.count
    }
}
