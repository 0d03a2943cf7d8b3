/// A finished answer: status, headers and body bytes. `special` marks the two answers that
/// are not an HTTP response at all (a dropped connection, a body cut short).
struct APIResponse: Sendable {
    enum Delivery: Sendable {
        case normal
        /// Close the connection without writing anything.
        case dropConnection
        /// Announce the full `Content-Length`, write only the first `sentBytes`, then close.
        case truncate(sentBytes: Int)
    }

    var status: Int
    var headers: [(String, String)] = []
    var body: [UInt8] = []
    var delivery: Delivery = .normal

    static func json(_ value: JSON, status: Int = 200) -> APIResponse {
        APIResponse(status: status, headers: [("Content-Type", "application/json; charset=utf-8")], body: value.encoded)
    }

    static func empty(_ status: Int) -> APIResponse {
        APIResponse(status: status)
    }

    static func html(_ text: String, status: Int) -> APIResponse {
        APIResponse(status: status, headers: [("Content-Type", "text/html")], body: Array(text.utf8))
    }

    mutating func addHeader(_ name: String, _ value: String) {
        headers.append((name, value))
    }

    /// The reason phrase FlyingFox writes in the status line.
    static func reasonPhrase(for status: Int) -> String {
        switch status {
        case 200: "OK"
        case 204: "No Content"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 402: "Payment Required"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 409: "Conflict"
        case 415: "Unsupported Media Type"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: status < 300 ? "OK" : "Error"
        }
    }
}
