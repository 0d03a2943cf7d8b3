import Foundation

/// The answers a fault gives, shaped like what a client meets in the wild: the server's
/// JSON error envelope, the reverse proxy's HTML pages, the rate limiter's bare 429.
enum FaultResponses {
    /// The answer for `effect`, or `nil` when the request should be served normally
    /// (`.none`, and `.truncatedBody`, which cuts the normal answer).
    static func response(for effect: FaultEffect, request: APIRequest) -> APIResponse? {
        switch effect {
        case .none, .truncatedBody:
            return nil
        case .status(let code):
            return forcedStatus(code, request: request)
        case .tooManyRequests(let seconds):
            var response = APIResponse.empty(429)
            response.addHeader("Retry-After", String(seconds))
            response.addHeader("X-RateLimit-Limit", "1500")
            response.addHeader("X-RateLimit-Remaining", "0")
            let reset = Int(Date().timeIntervalSince1970) + seconds
            response.addHeader("X-RateLimit-Reset", String(reset))
            return response
        case .expiredToken:
            return .empty(401)
        case .malformedJSON:
            let body = "{\"response\":[{\"id\":\"6f1c2d3e-0000-4000-8000-000000000000\",\"displayName\":\"Trunc"
            return APIResponse(
                status: 200, headers: [("Content-Type", "application/json; charset=utf-8")], body: Array(body.utf8))
        case .errorInSuccess:
            let envelope = Envelope.error(
                message: "Simulated failure reported with HTTP 200", type: "System.Exception",
                stack: nil, hresult: -2_146_233_088, statusCode: 200)
            return .json(envelope, status: 200)
        case .dropConnection:
            return APIResponse(status: 0, delivery: .dropConnection)
        }
    }

    private static func forcedStatus(_ code: Int, request: APIRequest) -> APIResponse {
        switch code {
        case 401, 429:
            return .empty(code)
        case 502, 503, 504:
            let title = "\(code) \(APIResponse.reasonPhrase(for: code))"
            return .html(
                "<html>\r\n<head><title>\(title)</title></head>\r\n<body>\r\n<center><h1>\(title)</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                status: code)
        case 200..<300:
            return .json(Envelope.success(.void, href: request.displayURL, method: request.method), status: code)
        default:
            let message =
                code == 403
                ? "Access denied" : (code == 404 ? "The user could not be found" : "Simulated failure (HTTP \(code))")
            return .json(
                Envelope.error(
                    message: message, type: "System.Exception", stack: "   at StandInPortal.FaultInjector",
                    hresult: -2_146_233_088, statusCode: code), status: code)
        }
    }
}
