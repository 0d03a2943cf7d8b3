import Foundation

/// Replaces secrets (token, API key, password) with `[hidden]` in any text that may be shown
/// or logged: server messages, curl's error texts, decoding contexts.
///
/// A secret is matched whatever its letters' case (a portal's 401 echoed the key upper-cased),
/// and so are the forms it may come back in: percent-encoded (inside a URL), base64 (inside
/// a Basic header), with `/` escaped as JSON writers do.
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
            variants.insert(Data(secret.utf8).base64EncodedString())
            variants.insert(secret.replacingOccurrences(of: "/", with: "\\/"))
        }
        // Longest first, so a secret that contains another is replaced whole.
        self.variants = variants.sorted { $0.count > $1.count }
    }

    public func scrub(_ text: String) -> String {
        variants.reduce(text) { $0.replacingOccurrences(of: $1, with: Self.placeholder, options: .caseInsensitive) }
    }

    public func scrub(_ text: String?) -> String? { text.map { scrub($0) } }

    /// The error with every message it carries scrubbed.
    public func scrub(_ error: DocSpaceError) -> DocSpaceError {
        switch error {
        case .unauthorized(let message): .unauthorized(message: scrub(message))
        case .forbidden(let message): .forbidden(message: scrub(message))
        case .notFound(let message): .notFound(message: scrub(message))
        case .badRequest(let message, let fieldErrors):
            .badRequest(
                message: scrub(message),
                fieldErrors: Dictionary(
                    fieldErrors.map { (scrub($0.key), $0.value.map { scrub($0) }) },
                    uniquingKeysWith: { $0 + $1 }))
        case .paymentRequired(let message): .paymentRequired(message: scrub(message))
        case .server(let status, let message): .server(status: status, message: scrub(message))
        case .transport(let message): .transport(message: scrub(message))
        case .dropped(let message): .dropped(message: scrub(message))
        case .decoding(let context): .decoding(context: scrub(context))
        case .rateLimited, .timeout, .cancelled: error
        }
    }
}
