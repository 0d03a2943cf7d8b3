import Foundation

/// What the portal's login history says about one person's last sign-in.
public enum LastSignIn: Sendable, Hashable {
    /// The last sign-in that worked, within the kept history.
    case on(Date)
    /// No sign-in within the `days` of history the portal keeps: maybe never, maybe before.
    case noneWithin(days: Int)
    /// The portal could not answer; never shown as a date or as "never".
    case unknown(LastSignInUnknown)

    /// Whether the person has not signed in since `cutoff`; `nil` when that is unknown, or
    /// when the kept history is shorter than the question (no sign-in within 30 kept days
    /// says nothing about 90).
    public func isInactive(since cutoff: Date, now: Date) -> Bool? {
        switch self {
        case .on(let date): return date < cutoff
        case .noneWithin(let days):
            return now.addingTimeInterval(-Double(days) * 86_400) <= cutoff ? true : nil
        case .unknown: return nil
        }
    }
}

/// Why the last sign-in is unknown.
public enum LastSignInUnknown: Sendable, Hashable {
    /// The plan lacks the Audit feature: the portal answers the login filter with the last 20
    /// events of anyone, whatever was asked.
    case noAuditFeature
    /// Reading the login history needs the right to edit portal settings (a DocSpace admin).
    case noRights
    /// Another refusal or failure, in the portal's (or the transport's) words.
    case failed(String)

    /// The reason in words, for a message or a column.
    public var words: String {
        switch self {
        case .noAuditFeature: "the portal's plan has no audit feature (its login history is not available)"
        case .noRights: "reading the login history needs a DocSpace admin"
        case .failed(let text): text
        }
    }
}
