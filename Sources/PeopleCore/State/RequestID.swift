import DocSpaceAPI

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
    /// Re-reading the people of a batch that was refused or whose answer was lost (the run
    /// in `AppState.changeRun` knows who).
    case reread
    /// Signing in again after a 401.
    case signIn
    /// Signing in to another profile.
    case switchProfile(name: String)
    /// Fetching every page for an export.
    case export
    // A step of a type change or of the hand-over before a delete.
    case types(TypesStep)
    /// The add-person form's `POST people`.
    case create(PersonDraft)
    /// Looking the invite dialog's addresses up.
    case inviteLookup(InviteForm)
    /// The invitation itself, with the results known before it was sent.
    case invite(InvitePlan)
    /// The invited addresses read back after the portal refused the invitation or its answer
    /// was lost: the portal invites one address after the other and stops at the first it
    /// refuses, so those before it are invited.
    case inviteReread(InvitePlan, cause: DocSpaceError)
    // A page of `*` (mark all matching).
    case markAllPage
    /// A page of the Groups view.
    case groupsPage(generation: Int, page: Int)
    /// The groups the group picker offers for what is typed (one page).
    case groupPicker
    /// `:import`: the file and the portal read, every line checked.
    case importCheck
    /// One line of an import.
    case importLine
    /// Off-boarding: who of the people owns rooms (`reassign/necessary`), before the question.
    case offboardCheck(OffboardPlan)
    /// Off-boarding: one step for one person (`AppState.offboardRun` knows which).
    case offboardStep
    /// The rooms of one person for the detail pane.
    case rooms(personID: String)
    /// The rooms owned by the people of the open confirmation.
    case confirmationRooms
    /// The login history, or the people of the inactive filter (`SignInsState.reading`).
    case signIns
    /// The API keys of the person in the detail pane.
    case apiKeys(personID: String)
    /// The portal's per-user quota settings, read before a quota change (`QuotaStep` says
    /// what follows).
    case quotaSettings(QuotaStep)
    /// A guest's share link, to copy (the guest's name for the status line).
    case shareLink(name: String)
    /// `:inviter NAME` read from the portal (an e-mail, a user name or an id), for the filter.
    case inviterLookup(String)

    /// Part of a change: another change waits, and quitting asks first.
    var isChange: Bool {
        switch self {
        case .verify, .perform, .reread: true
        case .page, .detail, .signIn, .switchProfile, .export: false
        case .types(let step): step.isChange
        case .create, .inviteLookup, .invite, .inviteReread: true
        case .markAllPage: false  // bulk
        case .groupsPage, .groupPicker: false
        case .importCheck: false
        case .importLine: true
        case .offboardCheck: false
        case .offboardStep: true
        case .rooms, .confirmationRooms, .signIns, .apiKeys, .quotaSettings, .shareLink, .inviterLookup: false
        }
    }

    /// A read that Esc may stop: nothing on the portal depends on it. A change already sent
    /// cannot be called back, and the sign-in has its own dialog.
    var isCancellableRead: Bool {
        switch self {
        case .page, .detail, .verify, .reread: true
        case .perform, .signIn, .switchProfile, .export: false
        case .types(let step): step.isCancellableRead
        case .inviteLookup: true
        case .create, .invite, .inviteReread: false
        case .markAllPage: true  // bulk
        case .groupsPage, .groupPicker: true
        case .importCheck: true
        case .importLine: false
        case .offboardCheck: true
        case .offboardStep: false
        case .rooms, .confirmationRooms, .signIns, .apiKeys, .quotaSettings, .shareLink, .inviterLookup: true
        }
    }

    /// A change request is on its way to the portal: it cannot be called back, and Esc says so.
    var isSentChange: Bool {
        switch self {
        case .perform, .create, .invite, .importLine, .offboardStep: true
        case .types(let step): step.isChange && !step.isCancellableRead  // an upgrade, a task's start
        case .page, .detail, .verify, .reread, .signIn, .inviteLookup, .inviteReread, .switchProfile, .export,
            .markAllPage, .groupsPage, .groupPicker, .importCheck, .offboardCheck, .rooms,
            .confirmationRooms, .signIns, .apiKeys, .quotaSettings, .shareLink, .inviterLookup:
            false
        }
    }
}
