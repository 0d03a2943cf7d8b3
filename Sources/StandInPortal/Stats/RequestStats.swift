/// What the portal has served since it started (or since the last reset). Control requests
/// (`/__standin/…`) are not counted.
public struct RequestStats: Sendable, Hashable {
    /// API requests received.
    public var total: Int
    /// Requests per route template, e.g. `"GET /api/2.0/people/filter": 12`; requests that
    /// matched no route are counted under their method and path.
    public var perRoute: [String: Int]
    /// Requests being answered right now.
    public var inFlight: Int
    /// The most requests ever answered at the same time: what a benchmark checks to see that
    /// a client really runs requests concurrently (or really limits its concurrency).
    public var maxInFlight: Int

    public init(total: Int = 0, perRoute: [String: Int] = [:], inFlight: Int = 0, maxInFlight: Int = 0) {
        self.total = total
        self.perRoute = perRoute
        self.inFlight = inFlight
        self.maxInFlight = maxInFlight
    }

    var json: JSON {
        var routes = JSONObject()
        for key in perRoute.keys.sorted() { routes.set(key, perRoute[key]) }
        return .object(
            JSONObject([
                ("total", .int(total)), ("inFlight", .int(inFlight)), ("maxInFlight", .int(maxInFlight)),
                ("perRoute", .object(routes)),
            ]))
    }
}
