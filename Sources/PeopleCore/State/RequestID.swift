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

    var isChange: Bool {
        switch self {
        case .verify, .perform: true
        case .page, .detail: false
        }
    }
}
