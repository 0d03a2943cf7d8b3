import DocSpaceAPI

/// One step of off-boarding. Every step but the hand-over is an existing change of the one
/// change path (`ChangeKind`), sent, re-read and reported by it; the hand-over is the
/// existing portal task (`reassign/start`) that a delete uses too.
public enum OffboardStep: Sendable, Hashable {
    case change(ChangeKind)
    /// The person's rooms and shared files to the receiver (`reassign/start`,
    /// `deleteProfile: false`), or kept when there is no receiver.
    case handOver

    /// The steps, in the order they go: sessions end first so nothing is done in the
    /// person's name while the rest runs; keys next (a key signs in without a session);
    /// then sign-in is blocked; the rooms last, once nobody can add to them.
    public static let all: [OffboardStep] = [
        .change(.signOut), .change(.turnOffKeys(.all)), .change(.terminate), .handOver,
    ]

    /// The step as the confirmation, the results and the CSV name it.
    public var name: String {
        switch self {
        case .change(let kind):
            switch kind {
            case .signOut: "sign out everywhere"
            case .turnOffKeys: "turn off API keys"
            case .terminate: "terminate"
            case .reactivate, .delete, .setType, .resendInvitation, .resetTwoFactor, .sendPasswordReset, .setEmail,
                .deleteKeys, .addToGroup, .removeFromGroup, .setQuota, .resetQuota, .removeGuest:
                kind.name.lowercased()
            }
        case .handOver: "hand over rooms"
        }
    }

    /// The request the step stands for, in the server's words (the audit log's `request`).
    public static func serverCall(_ step: OffboardStep, person: Person) -> String {
        switch step {
        case .change(let kind): kind.serverCall(ids: [person.id])
        case .handOver: "POST /api/2.0/people/reassign/start {userId: \(person.id), deleteProfile: false}"
        }
    }

    /// What undoes the step, said plainly in the confirmation.
    public var undo: String {
        switch self {
        case .change(.terminate): "re-activate undoes it"
        case .change(.signOut): "cannot be undone: ended sessions do not come back (they can sign in again once active)"
        case .change(.turnOffKeys): "not undone by this tool: the keys can be turned on again in the portal"
        case .change: "no undo"
        case .handOver: "cannot be undone here: the receiver owns the rooms now"
        }
    }
}
