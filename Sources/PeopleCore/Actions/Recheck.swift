import DocSpaceAPI

/// A change whose answer was lost (a timeout, a dropped connection: `DocSpaceError.isUnclear`),
/// or a batch of several people the portal refused (it may have changed some of them before it
/// stopped, e.g. when the paid seats ran out): the people concerned are re-read to learn what
/// the portal really did. The change itself is
/// never sent again by the app; only the re-read decides what is reported as done.
public struct Recheck: Sendable, Equatable {
    public var action: PendingAction
    /// What is already known from the batches that did answer.
    public var known: ActionReport
    /// The people whose outcome is unknown, as they were before the change.
    public var people: [Person]
    /// Why the outcome is unknown.
    public var cause: DocSpaceError
    /// The portal answered with a refusal (not a lost answer).
    public var wasRefused: Bool

    public init(
        action: PendingAction, known: ActionReport, people: [Person], cause: DocSpaceError,
        wasRefused: Bool = false
    ) {
        self.action = action
        self.known = known
        self.people = people
        self.cause = cause
        self.wasRefused = wasRefused
    }
}
