import DocSpaceAPI

/// The changes a key can make to people.
public enum ChangeKind: Sendable, Equatable, CaseIterable {
    case terminate
    case reactivate
    case delete

    /// The verb as a dialog title and the status line use it.
    public var verb: String {
        switch self {
        case .terminate: "Terminate"
        case .reactivate: "Re-activate"
        case .delete: "Delete"
        }
    }

    public var pastTense: String {
        switch self {
        case .terminate: "Terminated"
        case .reactivate: "Re-activated"
        case .delete: "Deleted"
        }
    }

    /// The status the server must report afterwards for the change to count as done.
    var expectedStatus: EmployeeStatus? {
        switch self {
        case .terminate: .terminated
        case .reactivate: .active
        case .delete: nil
        }
    }

    var action: UserAction {
        switch self {
        case .terminate: .terminate
        case .reactivate: .reactivate
        case .delete: .delete
        }
    }
}

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
    public var serverCall: String {
        switch kind {
        case .terminate: "PUT /api/2.0/people/status/Terminated"
        case .reactivate: "PUT /api/2.0/people/status/Active"
        case .delete:
            targets.count == 1 ? "DELETE /api/2.0/people/\(targets[0].id)" : "PUT /api/2.0/people/delete"
        }
    }

    /// What happens, in one sentence.
    public var consequence: String {
        switch kind {
        case .terminate:
            "Signs them out and blocks sign-in; their data stays. u undoes it for a while."
        case .reactivate:
            isUndo
                ? "Undoes the last terminate: restores their sign-in; each takes a paid seat again if their type needs one."
                : "Restores sign-in; each takes a paid seat again if their type needs one."
        case .delete:
            "Removes the profile and queues erasure of their data. This cannot be undone."
        }
    }

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
    /// Not acted on, without an error: the portal silently left them out (it skips people
    /// the caller may not act on), the action's rules left them out, or Esc stopped first.
    case skipped
    /// An error: the portal refused, or the outcome is unknown.
    case failed
}
