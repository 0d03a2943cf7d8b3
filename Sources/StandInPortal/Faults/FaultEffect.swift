/// What a fault does to a matching request instead of (or, for `.none` and `.truncatedBody`,
/// on top of) the normal answer.
public enum FaultEffect: Sendable, Hashable {
    /// Nothing but the rule's latency.
    case none
    /// A forced status with the body the real chain would give it: JSON error envelopes for
    /// 4xx/500, an nginx HTML page for 502/503/504, an empty body for 401/429.
    case status(Int)
    /// 429 with `Retry-After: N` and the rate limiter's headers, empty body.
    case tooManyRequests(retryAfterSeconds: Int)
    /// 401 with an empty body, as when a token expired or was revoked.
    case expiredToken
    /// 200 with a body that is not valid JSON.
    case malformedJSON
    /// The real answer, but the connection closes after half the announced body.
    case truncatedBody
    /// HTTP 200 whose body is an error envelope (the server "does not always respect status
    /// codes", as the official MCP client notes).
    case errorInSuccess
    /// The connection closes without any answer.
    case dropConnection

    /// The spec words for this effect (`status=503`, `drop`…), as `FaultRule.parse` reads them.
    var specWords: [String] {
        switch self {
        case .none: []
        case .status(let code): ["status=\(code)"]
        case .tooManyRequests(let seconds): ["status=429", "retry-after=\(seconds)"]
        case .expiredToken: ["expired-token"]
        case .malformedJSON: ["malformed"]
        case .truncatedBody: ["truncated"]
        case .errorInSuccess: ["error-body"]
        case .dropConnection: ["drop"]
        }
    }
}
