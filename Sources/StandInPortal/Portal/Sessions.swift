import Foundation

/// Issued login tokens. A token is an opaque random string that maps to a person; whether it
/// still works is decided per request (terminated or deleted people get 401), as the real
/// cookie authentication re-checks the user's status.
struct Sessions: Sendable {
    private var personByToken: [String: String] = [:]

    mutating func issue(for personID: String) -> String {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &rng) }
        let token = Data(bytes).base64EncodedString()
        personByToken[token] = personID
        return token
    }

    func personID(for token: String) -> String? {
        personByToken[token]
    }

    mutating func revoke(_ token: String) {
        personByToken[token] = nil
    }

    /// Ends every session of a person (termination calls `ResetUserCookieAsync`).
    mutating func revokeAll(of personID: String) {
        personByToken = personByToken.filter { $0.value != personID }
    }
}
