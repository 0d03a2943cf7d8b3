/// How the client proves who it is. Secrets are never part of a description.
public enum Credentials: Sendable, Hashable, CustomStringConvertible {
    /// A DocSpace API key (`sk-…`), sent as `Authorization: Bearer sk-…`.
    case apiKey(String)
    /// An auth token from `POST /api/2.0/authentication`, sent as `Authorization: Bearer <token>`.
    case token(String)
    /// No credentials (only `login` works without them).
    case none

    /// The secret itself, so that error messages can be scrubbed of it.
    public var secret: String? {
        switch self {
        case .apiKey(let s), .token(let s): s
        case .none: nil
        }
    }

    /// Token or key as given; `sk-` marks an API key.
    public static func bearer(_ value: String) -> Credentials {
        value.hasPrefix("sk-") ? .apiKey(value) : .token(value)
    }

    public var description: String {
        switch self {
        case .apiKey: "API key (hidden)"
        case .token: "token (hidden)"
        case .none: "no credentials"
        }
    }
}

/// The answer of a password login.
public struct AuthToken: Sendable, Hashable, CustomStringConvertible {
    public var token: String
    public var expires: APIDate?
    public init(token: String, expires: APIDate?) {
        self.token = token
        self.expires = expires
    }
    public var description: String { "AuthToken(hidden, expires: \(expires?.text ?? "-"))" }
}
