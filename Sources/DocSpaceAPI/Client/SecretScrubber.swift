import Foundation

/// Replaces secrets (token, API key, password) with `[hidden]` in any text that may be shown
/// or logged: server messages, curl's error texts, decoding contexts.
///
/// The percent-encoded form is replaced too, because a secret may come back inside a URL.
public struct SecretScrubber: Sendable, Hashable {
    public static let placeholder = "[hidden]"

    private let variants: [String]

    public init(secrets: [String]) {
        var variants: Set<String> = []
        for secret in secrets where !secret.isEmpty {
            variants.insert(secret)
            if let encoded = secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics) {
                variants.insert(encoded)
            }
        }
        // Longest first, so a secret that contains another is replaced whole.
        self.variants = variants.sorted { $0.count > $1.count }
    }

    public func scrub(_ text: String) -> String {
        variants.reduce(text) { $0.replacingOccurrences(of: $1, with: Self.placeholder) }
    }

    public func scrub(_ text: String?) -> String? { text.map { scrub($0) } }

    /// The error with every message it carries scrubbed.
    public func scrub(_ error: DocSpaceError) -> DocSpaceError {
        switch error {
        case .unauthorized(let message): .unauthorized(message: scrub(message))
        case .forbidden(let message): .forbidden(message: scrub(message))
        case .notFound(let message): .notFound(message: scrub(message))
        case .badRequest(let message, let fieldErrors):
            .badRequest(message: scrub(message), fieldErrors: Dictionary(
                fieldErrors.map { (scrub($0.key), $0.value.map { scrub($0) }) },
                uniquingKeysWith: { $0 + $1 }))
        case .paymentRequired(let message): .paymentRequired(message: scrub(message))
        case .server(let status, let message): .server(status: status, message: scrub(message))
        case .transport(let message): .transport(message: scrub(message))
        case .decoding(let context): .decoding(context: scrub(context))
        case .rateLimited, .timeout, .cancelled: error
        }
    }
}
