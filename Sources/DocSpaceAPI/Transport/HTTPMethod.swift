/// The HTTP methods the People API uses.
public enum HTTPMethod: String, Sendable, Hashable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case delete = "DELETE"

    /// Only reads may be repeated safely: a repeated POST/PUT/DELETE could act twice.
    public var isIdempotentRead: Bool { self == .get }
}
