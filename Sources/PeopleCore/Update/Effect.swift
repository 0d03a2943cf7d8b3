import DocSpaceAPI

/// What `update` asks the outside world to do. Values, so tests can assert on them; the
/// `EffectRunner` performs the network ones, the terminal front end the rest.
public enum Effect: Sendable, Equatable {
    case request(RequestID, Request)
    /// Give up on requests whose answers would be dropped anyway (an older search, a detail
    /// the cursor has left). `update` has already forgotten their ids; the runner lets them
    /// finish (see `EffectRunner` on why it does not cancel them).
    case cancel([RequestID])
    /// Throw away keys typed ahead (a dialog just opened: neomutt's `mutt_flushinp`).
    case flushTypeAhead
    case bell
    case quit
    /// Write a file the admin asked for (results, an export), readable by its owner only:
    /// it lists people. The runner answers with `Message.fileWritten`.
    case writeFile(path: String, contents: String)
    /// Add `text` to a results file written as a run goes (`:import`): `creating` makes the
    /// file, new (never over one already there), owner-only; the others append to it. Written
    /// at once, in order. Making the file always answers `Message.fileWritten` (the run waits
    /// for it); an append answers only when it fails.
    case appendFile(path: String, text: String, creating: Bool)
    /// Append one line to the audit log (the runner hands it to the `AuditRecorder`).
    case audit(AuditEntry)
    /// Put text on the clipboard of the admin's terminal (OSC 52: works over SSH and in
    /// tmux); the front end performs it.
    case copyToClipboard(String)
    /// `:view-save NAME`: write `[views.NAME]` into the config file (`ViewSaver`); the runner
    /// answers with `Message.viewSaved`.
    case saveView(name: String, SavedView)
}

/// A call to the People API.
public enum Request: Sendable, Equatable {
    /// `GET people/filter`: one page.
    case loadPage(PeopleQuery)
    /// `GET people/{id}` for the detail pane.
    case loadDetail(id: String)
    /// The pinned targets as the portal has them now, right before changing them and after a
    /// refused or unclear batch: listing pages when that is cheaper than `GET people/{id}`
    /// per person, and a single lookup for whoever the listing does not show (`TargetReread`).
    case verify(ids: [String])
    /// One batch of a change (`ChangeKind.send`): at most 100 ids, answered `.batch`.
    case change(ChangeKind, ids: [String])
    /// Signs in again after a 401, through the `Reauthenticate` the command line gave; the
    /// runner then uses the new client for everything.
    case signIn(email: String, password: Password)
    /// Signs in to another profile through the `ProfileSwitcher`; on success the runner uses
    /// the new portal's client (and its way of signing in again) for everything.
    case switchProfile(name: String)
    /// Every page of the query, written as an export file's contents (the runner reports
    /// progress with `Message.exportProgress`).
    case export(PeopleQuery, PeopleExportFormat)
    // Type changes and the hand-over before a delete.
    /// `POST people/type`: the asynchronous demotion of one person.
    case startTypeChange(userID: String, to: EmployeeType, reassignTo: String?)
    /// `GET people/type/progress/{userId}`.
    case typeChangeProgress(userID: String)
    /// `PUT people/type/terminate {userId}`: cancel the demotion task.
    case cancelTypeChange(userID: String)
    /// `GET people/reassign/necessary` for each id.
    case reassignNecessary(ids: [String])
    /// `POST people/reassign/start` (`deleteProfile: false`: our own delete follows, proved by
    /// a 404).
    case startReassign(from: String, to: String)
    /// `GET people/reassign/progress/{userId}`.
    case reassignProgress(userID: String)
    /// `PUT people/reassign/terminate {userId}`: cancel the hand-over task.
    case cancelReassign(userID: String)
    // Add, invite, resend invitations.
    /// `POST people` (`POST people/active` for guests). The draft's password never prints.
    case create(PersonDraft)
    /// `GET people/email?email=` for each address, before inviting: who already has an account.
    case lookUpEmails([String])
    /// `GET group`: one page of the portal's groups (the Groups view, the group picker).
    case loadGroups(GroupQuery)
    /// `POST people/invite` with these invitations, in one request (the server checks them
    /// all before creating anyone).
    case invite([Invitation], culture: Culture?)
    /// `:import FILE`: the file read and every line checked against the portal as it is
    /// (`ImportCheck`), answered `.importChecked`.
    case importCheck(path: String, mode: ImportMode)
    /// One line of an import (`ImportRun.send`), answered `.importLine`.
    case importLine(ImportItem, mode: ImportMode)
    /// One step of an off-boarding for one person (`OffboardDriver.onPortal`: a change on the
    /// change path, or the hand-over), answered `.offboardStep`.
    case offboardStep(OffboardStep, person: Person, receiver: Person?, me: Person)
    /// The rooms a person owns and those they are a member of (the detail pane's `h`),
    /// answered `.personRooms`.
    case personRooms(id: String)
    /// How many rooms each person owns and the first `first` of them, for a confirmation,
    /// answered `.ownedRooms`.
    case ownedRooms(ids: [String], first: Int)
    /// The portal's login history since the kept history's start (`LastSignInReader`),
    /// answered `.signIns` with the time it was read.
    case readSignIns
    /// Every page of the query (100 people a request), answered `.everyone`.
    case loadEveryone(PeopleQuery)
    /// `GET keys`: the API keys the portal shows the caller, answered `.apiKeys`.
    case loadAPIKeys
    /// `GET settings/userquotasettings`, answered `.quotaSettings`.
    case quotaSettings
    /// `GET people/guests/{id}/share`: a guest's share link, answered `.shareLink`.
    case guestShareLink(userID: String)
}
