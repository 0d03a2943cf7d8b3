/// Names one network request from the moment update asks for it until its answer comes back,
/// so answers are matched to their purpose, stale ones are dropped and busy time is known.
public struct RequestID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var value: Int
    public init(_ value: Int) { self.value = value }
    public static func < (a: Self, b: Self) -> Bool { a.value < b.value }
    public var description: String { "#\(value)" }
}

/// What an in-flight request is for.
public enum RequestPurpose: Sendable, Equatable {
    case page(generation: Int, page: Int)
    case detail(id: String)
    /// Re-reading the pinned targets before acting.
    case verify(PendingAction)
    case perform(PendingAction)
    /// Re-reading the people of a change whose answer was lost.
    case recheck(Recheck)
    /// Signing in again after a 401.
    case signIn
    // bulk: a page of `*` (mark all matching).
    case markAllPage

    /// Part of a change: another change waits, and quitting asks first.
    var isChange: Bool {
        switch self {
        case .verify, .perform, .recheck: true
        case .page, .detail, .signIn, .markAllPage: false
        }
    }

    /// A read that Esc may stop: nothing on the portal depends on it. A change already sent
    /// cannot be called back, and the sign-in has its own dialog.
    var isCancellableRead: Bool {
        switch self {
        case .page, .detail, .verify, .recheck, .markAllPage: true
        case .perform, .signIn: false
        }
    }
}
