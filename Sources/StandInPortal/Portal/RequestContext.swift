/// One API call as an endpoint sees it: the request, the route parameters and the caller.
struct RequestContext: Sendable {
    var request: APIRequest
    var parameters: [String: String]
    var caller: Caller?

    var query: QueryParameters { request.query }

    /// The caller of a route that needs authentication (always set there: the pipeline
    /// answers 401 before the endpoint runs).
    var authenticated: Caller {
        get throws {
            guard let caller else { throw PortalError.unauthenticated }
            return caller
        }
    }

    func parameter(_ name: String) -> String {
        parameters[name] ?? ""
    }

    /// The JSON body, bound like an ASP.NET `[FromBody]` DTO.
    func body() throws -> RequestBody {
        try RequestBody(request.body)
    }
}
