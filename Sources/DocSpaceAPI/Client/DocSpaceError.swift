import Foundation

/// Every way a People API call can fail, each with a message a person understands.
///
/// Messages never contain a token, an API key or a password: the client scrubs the
/// secret it holds from any text it puts here.
public enum DocSpaceError: Error, Sendable, Hashable {
    /// 401: no, a wrong, or an expired token/key (`message` from a login failure's body).
    case unauthorized(message: String?)
    /// 403, with the server's message when it sent one ("Access denied", "The user is not suspended").
    case forbidden(message: String?)
    /// 404 ("The user could not be found").
    case notFound(message: String?)
    /// 400: the server's message and, for validation failures, the errors by field.
    case badRequest(message: String?, fieldErrors: [String: [String]])
    /// 402: quota or tariff (no free seat).
    case paymentRequired(message: String?)
    /// 429, with the server's `Retry-After` in seconds when sent.
    case rateLimited(retryAfter: Double?)
    /// 5xx (or another unexpected status), with the server's message when there is one.
    case server(status: Int, message: String?)
    /// The request did not complete: connection refused, dropped, DNS, TLS…
    case transport(message: String)
    /// The portal (or something between) closed the connection before the whole answer
    /// arrived: an empty reply, a reset. Whether a change was made is unknown.
    case dropped(message: String)
    /// No answer in time.
    case timeout(seconds: Double)
    /// The answer could not be read as the People API's JSON.
    case decoding(context: String)
    /// The caller cancelled the request.
    case cancelled
}
