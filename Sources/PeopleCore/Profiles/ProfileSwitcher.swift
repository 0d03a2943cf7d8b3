import DocSpaceAPI

/// Signs in to another portal profile for the terminal UI. The command line provides it (it
/// knows the config file and how tokens are found); PeopleCore only asks for a profile by
/// name, so it never depends on the command line.
public protocol ProfileSwitcher: Sendable {
    /// The profiles `P` offers, and the one the session started on.
    var profileList: ProfileList { get }
    /// Signs in with the profile's token: returns the new portal once `GET people/@self`
    /// answered, or throws a `DocSpaceError` (or any error; it is described without secrets).
    func open(_ profile: String) async throws -> OpenedPortal
}

/// A profile that cannot be used, found before any call to the portal (no token file, a bad
/// address, the config file gone): the reason in words, without secrets.
public struct ProfileRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// A portal signed in to by a `ProfileSwitcher`.
public struct OpenedPortal: Sendable {
    public var client: any PeopleClient
    /// Portal, signed-in admin and the profile's read-only flag.
    public var session: Session
    /// Signs in again after a 401 on this portal (password sessions), as at start.
    public var reauthenticate: Reauthenticate?

    public init(client: any PeopleClient, session: Session, reauthenticate: Reauthenticate? = nil) {
        self.client = client
        self.session = session
        self.reauthenticate = reauthenticate
    }
}
