import DocSpaceAPI

/// What the server did with each target of a change, as the server said it (§3 practice 9):
/// nothing counts as done unless the server's answer shows it.
public struct ActionReport: Sendable, Equatable {
    public var kind: ChangeKind
    public var isUndo: Bool
    /// People the change reached, in their new state (for delete: as they were).
    public var done: [Person]
    /// People it did not reach, with the reason.
    public var failed: [SkippedTarget]
    /// The portal's answer was lost (timeout, dropped connection) and the outcome comes from
    /// re-reading the people afterwards.
    public var fromReread = false
    // bulk: people never sent, each with the reason: marked people the action's rules left
    // out, and those Esc stopped before their batch went out.
    public var skipped: [SkippedTarget] = []
    /// Deleted without handing over their rooms and files (`L`): their lines say the data
    /// went with them.
    public var dataLostIDs: Set<String> = []

    public init(kind: ChangeKind, isUndo: Bool = false, done: [Person], failed: [SkippedTarget],
                skipped: [SkippedTarget] = [], fromReread: Bool = false) {
        self.kind = kind; self.isUndo = isUndo; self.done = done; self.failed = failed
        self.skipped = skipped
        self.fromReread = fromReread
    }

    /// People never sent because Esc stopped the run.
    public var stoppedCount: Int { skipped.count(where: { $0.reason == BulkRun.stoppedReason }) }

    /// One line for the status bar.
    public var summary: String {
        let stopped = stoppedCount
        guard stopped == 0 else {
            let verb = isUndo ? "Undone: re-activated" : kind.pastTense
            let problems = failed.isEmpty ? "" : "\(NumberText.grouped(failed.count)) failed, "
            return "\(verb) \(NumberText.grouped(done.count)) of \(NumberText.grouped(done.count + failed.count + stopped)); \(problems)\(NumberText.grouped(stopped)) not sent (stopped by you)"
        }
        return sentSummary
    }

    private var sentSummary: String {
        let verb = isUndo ? "Undone: re-activated" : kind.pastTense
        if failed.isEmpty {
            let proof = fromReread ? " (the answer was lost; a re-read confirms it)" : ""
            if done.count == 1 { return "\(verb) \(PendingAction.label(for: done[0]))" + proof }
            return "\(verb) \(PeopleCount(done.count).text)" + proof
        }
        if done.isEmpty {
            if failed.count == 1 {
                return "\(kind.verb) failed for \(failed[0].person.displayName): \(failed[0].reason)"
            }
            return "\(kind.verb) failed for all \(PeopleCount(failed.count).text)"
        }
        return "\(verb) \(NumberText.grouped(done.count)) of \(NumberText.grouped(done.count + failed.count)); \(NumberText.grouped(failed.count)) failed"
    }
}

/// A terminate that `u` can still undo.
public struct UndoOffer: Sendable, Equatable {
    public var people: [Person]
    public var expiresAt: Double
    /// How long `u` keeps working after a terminate.
    public static let lifetime: Double = 60

    public init(people: [Person], expiresAt: Double) {
        self.people = people; self.expiresAt = expiresAt
    }
}

/// A modal dialog over the panes.
public enum Dialog: Sendable, Equatable {
    case confirm(Confirmation)
    /// `q` while a change is in flight.
    case quitWhileBusy
    /// Per-person results of a change where something failed; any key closes it.
    case report(ActionReport)
    /// The portal answered 401 midway: sign in again, or learn how to.
    case signIn(SignInPrompt)
    // views:
    /// `P`: the profiles of the config file, to sign in to another portal.
    case profilePicker(ProfilePicker)
    /// `W` in a read-only session: y makes it read-write (W itself never confirms).
    case confirmReadWrite
    /// `e`: format and path, then the progress of fetching every page.
    case export(ExportForm)
    // types:
    /// `T`: which type to give.
    case typeChoice(TypeChoice)
    /// Who receives the rooms and files (a demotion, a hand-over).
    case heirChoice(HeirChoice)
    /// y/N before a type change.
    case typeConfirm(TypeChangeConfirmation)
    /// A portal task followed until it completes (`AppState.taskWatch`); Esc stops watching.
    case taskProgress
    /// Before a delete: some targets own rooms or shared files.
    case handover(HandoverChoice)
    /// Per-person results of a type change.
    case typeReport(TypeChangeReport)
    // forms:
    /// `n`: the add-person form.
    case addPerson(AddPersonForm)
    /// `i`: invite e-mails.
    case invite(InviteForm)
    /// `I`: resend invitations, y/N.
    case resendInvitations(ResendConfirmation)
    /// Per-address results of an invitation or a resend.
    case addressReport(AddressReport)
}
