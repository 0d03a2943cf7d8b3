/// Matches a request to an `Endpoint` the way ASP.NET routing does for these routes: path
/// segments compare case-insensitively, a literal segment beats a `{parameter}` (so
/// `people/filter` and `people/@self` win over `people/{userid}`), and a path that matches
/// only under another method is a 405.
struct RouteTable: Sendable {
    enum Match: Sendable {
        case endpoint(Endpoint, parameters: [String: String])
        case methodNotAllowed
        case notFound
    }

    private let routes: [(endpoint: Endpoint, segments: [String])]

    init(endpoints: [Endpoint] = Endpoint.allCases) {
        routes = endpoints.map { ($0, $0.segments.map { $0.hasPrefix("{") ? $0 : $0.lowercased() }) }
    }

    func match(method: String, segments: [String]) -> Match {
        let lowered = segments.map { $0.lowercased() }
        var best: (endpoint: Endpoint, parameters: [String: String], score: [Bool])?
        var pathMatched = false
        for route in routes where route.segments.count == lowered.count {
            var parameters: [String: String] = [:]
            var score: [Bool] = []
            var matched = true
            for (templ, (value, original)) in zip(route.segments, zip(lowered, segments)) {
                if templ.hasPrefix("{") {
                    parameters[String(templ.dropFirst().dropLast())] = original
                    score.append(false)
                } else if templ == value {
                    score.append(true)
                } else {
                    matched = false
                    break
                }
            }
            guard matched else { continue }
            pathMatched = true
            guard route.endpoint.method == method else { continue }
            if let current = best, !Self.isMoreSpecific(score, than: current.score) { continue }
            best = (route.endpoint, parameters, score)
        }
        if let best { return .endpoint(best.endpoint, parameters: best.parameters) }
        return pathMatched ? .methodNotAllowed : .notFound
    }

    /// Literal segments earlier in the path win.
    private static func isMoreSpecific(_ a: [Bool], than b: [Bool]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x }
        return false
    }
}
