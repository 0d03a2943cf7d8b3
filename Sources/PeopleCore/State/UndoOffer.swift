import DocSpaceAPI

/// A terminate that `u` can still undo.
public struct UndoOffer: Sendable, Equatable {
    public var people: [Person]
    public var expiresAt: Double
    /// How long `u` keeps working after a terminate.
    public static let lifetime: Double = 60

    public init(people: [Person], expiresAt: Double) {
        self.people = people
        self.expiresAt = expiresAt
    }
}
