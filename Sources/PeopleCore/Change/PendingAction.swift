import DocSpaceAPI

/// One change with its targets pinned by id when the dialog opened (htop pins the PID), plus
/// the snapshot shown to the admin. The same value words the dialog and performs the change
/// (gitui's `Action`), so what is confirmed is what is sent.
public struct PendingAction: Sendable, Equatable {
    public var kind: ChangeKind
    /// The people as they were when the dialog opened.
    public var targets: [Person]
    /// An undo of a terminate (`u`): confirmed like any re-activation, audited as `undo`.
    public var isUndo: Bool

    public init(kind: ChangeKind, targets: [Person], isUndo: Bool = false) {
        self.kind = kind
        self.targets = targets
        self.isUndo = isUndo
    }

    public var ids: [String] { targets.map(\.id) }

    /// The request, in the server's words, shown in the dialog (lazydocker shows `docker rm`).
    public var serverCall: String { kind.serverCall(ids: ids) }

    /// What happens, in one sentence.
    public var consequence: String { kind.consequence(isUndo: isUndo) }

    /// "Jane Doe <jane@example.com>"
    public static func label(for person: Person) -> String {
        // The portal pads some names ("Administrator " for a person with no last name).
        let name = person.displayName.trimmingCharacters(in: .whitespaces)
        if let email = person.email, !email.isEmpty, email != name {
            return name.isEmpty ? "<\(email)>" : "\(name) <\(email)>"
        }
        return name.isEmpty ? person.id : name
    }
}

/// A target left out of an action, and why.
public struct SkippedTarget: Sendable, Equatable {
    public var person: Person
    public var reason: String
    // A silent skip (the portal left them out, or the app never sent them) reads as
    // "skipped" in the results; an error as "failed".
    public var outcome: TargetOutcome = .failed
    public init(person: Person, reason: String, outcome: TargetOutcome = .failed) {
        self.person = person
        self.reason = reason
        self.outcome = outcome
    }
}

/// What became of one person in a change, as the results view, the CSV and the audit log
/// say it.
public enum TargetOutcome: String, Sendable, Equatable, CaseIterable {
    case done
    /// Sent, and the portal silently left them out (it skips people the caller may not act
    /// on, or who are already so) without an error.
    case skipped
    /// An error: the portal refused, or the outcome is unknown.
    case failed
    /// Never sent, and why: the change's rules left them out, an earlier batch failed, Esc
    /// stopped the run, or a dry run.
    case notSent = "not sent"
}
