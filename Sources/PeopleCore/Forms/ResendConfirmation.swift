import DocSpaceAPI

/// `I`: resend invitations to the marked pending people (or the selected one). The people are
/// pinned here when the dialog opens, re-read before sending, and only those still pending
/// are sent. The same y/N policy as every confirmation: only y confirms, Enter, Esc and n
/// cancel, other keys are swallowed.
public struct ResendConfirmation: Sendable, Equatable {
    /// Pending people the invitation goes to, as they were when the dialog opened.
    public var targets: [Person]
    /// Marked people left out, with why (not pending).
    public var skipped: [SkippedTarget]
    public var portal: String

    public init(targets: [Person], skipped: [SkippedTarget], portal: String) {
        self.targets = targets
        self.skipped = skipped
        self.portal = portal
    }

    public static let serverCall = "PUT /api/2.0/people/invite"

    public var title: String {
        "Resend the invitation to \(targets.count) \(targets.count == 1 ? "person" : "people")?"
    }

    /// Why a person cannot be sent an invitation again, or `nil`. The server silently skips
    /// people who have activated their account and disabled people. An active person whose
    /// activation is Pending (2) was added directly (`POST people`, `people/active`), never
    /// invited: the server would mail them an invitation to join a portal they are already
    /// in, so none is offered. An active person Not activated (0, after an e-mail change) is
    /// mailed activation instructions: offered.
    public static func reason(cannotResendTo person: Person) -> String? {
        if person.status == .terminated { return "disabled" }
        if person.status == .pending { return nil }
        if person.activationStatus == .pending { return "added directly, not invited: no invitation to resend" }
        if person.activationStatus == .notActivated { return nil }
        return "not pending: they accepted the invitation"
    }
}
