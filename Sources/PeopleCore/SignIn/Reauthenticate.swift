import DocSpaceAPI

/// Signs in again when the portal stops accepting the session's token (401 midway), so the
/// admin keeps the view they were working in. The command line provides it for password
/// sessions: it logs in against the same portal, saves the new token where the old one was
/// read from, and returns a client that uses it. Errors are `DocSpaceError`s (a wrong password
/// is `unauthorized` with the portal's message).
public typealias Reauthenticate = @Sendable (_ email: String, _ password: String) async throws -> any PeopleClient
