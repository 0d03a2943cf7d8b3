import Foundation

/// One clear sentence per failure, for the status line, the CLI's stderr and logs.
/// The messages were scrubbed of secrets before they got here.
extension DocSpaceError: LocalizedError, CustomStringConvertible {
    public var description: String {
        switch self {
        case .unauthorized(let message):
            if let message {
                return "The portal refused the credentials (401): \(message)"
            }
            return "Not signed in or the token has expired (401) — run `docspace-people login`"
        case .forbidden(let message):
            return Self.sentence("Access denied by the portal (403)", message)
        case .notFound(let message):
            return Self.sentence("Not found on the portal (404)", message)
        case .badRequest(let message, let fieldErrors):
            var text = Self.sentence("The portal rejected the request (400)", message)
            let details = fieldErrors.sorted { $0.key < $1.key }
                .map { "\($0.key): \($0.value.joined(separator: " "))" }
            if !details.isEmpty { text += " — " + details.joined(separator: "; ") }
            return text
        case .paymentRequired(let message):
            return Self.sentence("The portal's plan does not allow this — no free seat or quota (402)", message)
        case .rateLimited(let retryAfter):
            if let retryAfter {
                return "Too many requests (429) — the portal asks to wait \(Self.seconds(retryAfter))"
            }
            return "Too many requests (429) — wait a moment and try again"
        case .server(let status, let message):
            let lead =
                (500..<600).contains(status)
                ? "The portal failed to handle the request (\(status))"
                : "The portal gave an unexpected answer (HTTP \(status))"
            return Self.sentence(lead, message)
        case .transport(let message):
            return "Could not reach the portal: \(message)"
        case .dropped(let message):
            return "The connection to the portal was dropped before the whole answer arrived: \(message)"
        case .timeout(let seconds):
            return "The portal did not answer within \(Self.seconds(seconds))"
        case .decoding(let context):
            return "The portal's answer could not be read: \(context)"
        case .cancelled:
            return "The request was cancelled"
        }
    }

    public var errorDescription: String? { description }

    /// Worth repeating a **read** for: the portal is overloaded or a proxy/connection hiccuped.
    /// (Timeouts are not: repeating a 30 s wait helps nobody at a terminal.)
    public var isRetryableForReads: Bool {
        switch self {
        case .rateLimited, .transport, .dropped: true
        case .server(let status, _): [502, 503, 504].contains(status)
        default: false
        }
    }

    /// The request may or may not have reached the portal, so the outcome of a mutation is
    /// unknown: re-read the people before telling anyone it failed (or worked). A proxy's 504
    /// counts too, since the portal behind it may have finished the work.
    public var isUnclear: Bool {
        switch self {
        case .timeout, .transport, .dropped: true
        case .server(let status, _): status == 504
        default: false
        }
    }

    /// The server's `Retry-After`, when this is a 429 that sent one.
    public var retryAfter: Double? {
        if case .rateLimited(let seconds) = self { return seconds }
        return nil
    }

    private static func sentence(_ lead: String, _ message: String?) -> String {
        guard let message, !message.isEmpty else { return lead }
        return "\(lead): \(message)"
    }

    /// "30 s", "2.5 s"; a wait beyond any `Int` (a portal's `Retry-After: 1e300`) is written
    /// as the number it is rather than trapping in the conversion.
    /// "12 s"; from two minutes on with the minutes too, "840 s (about 14 min)": the sensitive
    /// routes' `Retry-After` runs to 15 minutes, which in seconds alone says little.
    public static func seconds(_ value: Double) -> String {
        if value == value.rounded(), let whole = Int(exactly: value) {
            return whole >= 120 ? "\(whole) s (about \(Int((value / 60).rounded())) min)" : "\(whole) s"
        }
        return "\((value * 10).rounded() / 10) s"
    }
}
