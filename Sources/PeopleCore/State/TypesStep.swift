import DocSpaceAPI

/// What an in-flight request of a type change or of a hand-over before a delete is for
/// (one `RequestPurpose` case wraps them all).
public enum TypesStep: Sendable, Equatable {
    /// `people/filter` for the active DocSpace admins, for the receiver picker.
    case receiverCandidates
    /// Re-reading the pinned targets of a confirmed type change.
    case verify(TypeChangePlan)
    /// `POST people/type` or `reassign/start` for this person.
    case taskStart(userID: String)
    /// The progress of this person's task.
    case taskPoll(userID: String)
    /// `PUT …/terminate`: the portal asked to cancel this person's task.
    case taskCancel(userID: String)
    /// This person re-read after their demotion completed.
    case taskReread(userID: String)
    /// `reassign/necessary` for this person after the portal answered their hand-over
    /// Canceled: the portal says Canceled even for a hand-over that had finished, so what
    /// they still own decides.
    case handoverReread(userID: String)
    /// `reassign/necessary` for each target of a confirmed, re-checked delete.
    case handoverCheck(PendingAction)

    var isChange: Bool {
        if case .receiverCandidates = self { return false }
        return true
    }

    /// Only reads: Esc may stop waiting for them, nothing was sent yet.
    var isCancellableRead: Bool {
        switch self {
        case .receiverCandidates, .verify, .handoverCheck: true
        case .taskStart, .taskPoll, .taskCancel, .taskReread, .handoverReread: false
        }
    }
}

/// Whether a person owns rooms or shared files that a delete would lose.
public enum HandoverNeed: Sendable, Equatable {
    case known(id: String, needed: Bool)
    case failed(id: String, DocSpaceError)

    public var id: String {
        switch self {
        case .known(let id, _), .failed(let id, _): id
        }
    }
}
