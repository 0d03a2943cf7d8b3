import DocSpaceAPI

/// Some of the people about to be deleted own rooms or shared files: hand them to an active
/// admin first, or delete and lose them — named for what it is, on its own key, never Enter.
public struct HandoverChoice: Sendable, Equatable {
    /// The confirmed, re-checked delete.
    public var action: PendingAction
    /// Those of its targets who own rooms or shared files (`reassign/necessary`).
    public var needing: [Person]
    /// Who receives their data.
    public var receiver: Person
    public var portal: String

    public init(action: PendingAction, needing: [Person], receiver: Person, portal: String) {
        self.action = action
        self.needing = needing
        self.receiver = receiver
        self.portal = portal
    }

    /// Targets who own no rooms or shared files: deleted as they are.
    public var needless: [Person] {
        let ids = Set(needing.map(\.id))
        return action.targets.filter { !ids.contains($0.id) }
    }
}
