import DocSpaceAPI
import Foundation

/// Everything that can happen to the app: keys, time, the terminal's size, and answers from
/// the server. `update` turns each into a new state and effects.
public enum Message: Sendable, Equatable {
    /// The app is on screen: load the first page.
    case started
    case key(Key)
    /// Ctrl-C (SIGINT): while a change is on its way it asks first, like `q`; a second one,
    /// or one with nothing on its way, ends the app.
    case interrupt
    /// The app must end now (SIGHUP, SIGTERM, the end of input): changes sent and not
    /// answered are recorded as sent with their outcome unknown.
    case ending
    /// Time passes (the front end ticks every 100 ms and before each batch of keys). Time is a
    /// value here so that `update` stays pure and debounce and fading are testable.
    case tick(now: Double)
    case resized(TerminalSize)
    /// The drawing code found the detail text to be this many lines at the current width,
    /// so that scrolling stops at the end.
    case detailMeasured(lines: Int)
    /// The answer to a request an effect started.
    case response(RequestID, Response)
    /// A `writeFile` effect finished: `path` is the file's absolute path, `problem` says why
    /// it failed, in words naming the folder.
    case fileWritten(path: String, problem: String?)
    /// An export is fetching: people written so far, out of the server's total.
    case exportProgress(RequestID, fetched: Int, total: Int)
    /// A `saveView` effect finished: the config file's path, or why nothing was written.
    case viewSaved(name: String, SavedView, path: String?, problem: String?)
}

/// What came back for a request.
public enum Response: Sendable, Equatable {
    case page(PeoplePage)
    case person(Person)
    /// Each target re-read before a change.
    case lookups([Lookup])
    /// One batch of a change answered (`Request.change`).
    case batch(BatchAnswer)
    /// Signed in again: the runner uses the new client from now on.
    case signedIn
    case failure(DocSpaceError)
    /// Signed in to another profile; the runner already uses its client.
    case switchedProfile(Session, profile: String)
    /// The profile could not be used before any call (no token, a bad address): why, in words.
    case profileRefused(String)
    /// Every page of an export, as the file's contents.
    case exported(ExportedPeople)
    /// A portal task's progress; `nil` when the portal has no task for that person.
    case task(TaskProgress?)
    /// `reassign/necessary`, per id.
    case handoverNeeds([HandoverNeed])
    /// `POST people` answered with the new person.
    case created(Person)
    /// Each address looked up before inviting.
    case emailLookups([EmailLookup])
    /// `POST people/invite` answered: every pending person the caller can see.
    case invited([PersonSummary])
    /// One page of groups (`Request.loadGroups`).
    case groups(GroupPage)
    /// An import file checked, or why it could not be read.
    case importChecked(ImportCheck)
    /// One line of an import answered; `stop` says why no later line may go.
    case importLine(ImportResult, stop: String?)
    /// One step of an off-boarding answered for one person.
    case offboardStep(OffboardAnswer)
    /// The rooms of one person (`Request.personRooms`).
    case personRooms(PersonRooms)
    /// The rooms each person owns (`Request.ownedRooms`).
    case ownedRooms([OwnedRooms])
    /// The login history read, and when.
    case signIns(SignInHistory, readAt: Date)
    /// Every person of a query.
    case everyone([Person])
    /// The API keys the portal shows the caller.
    case apiKeys([APIKey])
    /// The portal's per-user quota settings (`Request.quotaSettings`).
    case quotaSettings(UserQuotaSettings)
    /// A guest's share link (`Request.guestShareLink`).
    case shareLink(String)
}

/// One address looked up by e-mail (forms).
public enum EmailLookup: Sendable, Equatable {
    case found(email: String, Person)
    /// 404: nobody has this address.
    case missing(email: String)
    case failed(email: String, DocSpaceError)

    public var email: String {
        switch self {
        case .found(let email, _), .missing(let email), .failed(let email, _): email
        }
    }
}

/// One person re-read by id.
public enum Lookup: Sendable, Equatable {
    case found(Person)
    /// 404: the server does not know this id (any more).
    case missing(id: String)
    case failed(id: String, DocSpaceError)

    public var id: String {
        switch self {
        case .found(let person): person.id
        case .missing(let id), .failed(let id, _): id
        }
    }
}
