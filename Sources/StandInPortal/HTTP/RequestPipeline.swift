import FlyingFox

/// Every request goes through here: control routes apart, then statistics, fault
/// injection, routing and the portal's answer. One catch-all FlyingFox handler, so that
/// routing follows ASP.NET's rules and every request is counted and can be faulted.
struct RequestPipeline: HTTPHandler {
    let state: PortalState
    let faults: FaultInjector
    let recorder: StatsRecorder
    /// `nil` when the portal runs without the cloud's rate limiter.
    let limiter: RateLimiter?
    let routes = RouteTable()

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let body = try await request.bodyData
        let api = APIRequest(request, body: Array(body))
        return await respond(to: api).httpResponse
    }

    func respond(to request: APIRequest) async -> APIResponse {
        if request.segments.first?.lowercased() == "__standin" {
            return await ControlEndpoints(faults: faults, recorder: recorder).respond(to: request)
        }
        let match = routes.match(method: request.method, segments: request.segments)
        let routeKey: String
        if case .endpoint(let endpoint, _) = match {
            routeKey = endpoint.rawValue
        } else {
            routeKey = "\(request.method) \(request.path)"
        }
        await recorder.begin(route: routeKey)
        var slot: String?
        if let limiter {
            var isSensitive = false
            if case .endpoint(let endpoint, _) = match { isSensitive = endpoint.isSensitive }
            let partition = await state.rateLimitPartition(for: request)
            switch await limiter.admit(
                partition: partition, method: request.method, path: request.path.lowercased(),
                isSensitive: isSensitive)
            {
            case .admitted(let admitted):
                slot = admitted
            case .rejected(let response):
                await recorder.end()
                return response
            }
        }
        let response = await serve(request, match)
        if let limiter, let slot { await limiter.release(slot: slot) }
        await recorder.end()
        return response
    }

    private func serve(_ request: APIRequest, _ match: RouteTable.Match) async -> APIResponse {
        let rule = await faults.fault(method: request.method, segments: request.segments)
        if let rule, rule.latencyMilliseconds > 0 {
            try? await Task.sleep(for: .milliseconds(rule.latencyMilliseconds))
        }
        if let rule, let faulted = FaultResponses.response(for: rule.effect, request: request) {
            return faulted
        }
        var response: APIResponse
        switch match {
        case .endpoint(let endpoint, let parameters):
            response = await state.respond(to: request, endpoint: endpoint, parameters: parameters)
        case .methodNotAllowed:
            response = .empty(405)
        case .notFound:
            response = .empty(404)
        }
        if rule?.effect == .truncatedBody {
            response.delivery = .truncate(sentBytes: response.body.count / 2)
        }
        return response
    }
}
