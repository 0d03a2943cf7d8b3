import DocSpaceAPI

/// Who is signed in where: the CLI resolves it before the TUI starts, so the screen can name
/// the portal and the admin in every dialog and the status line from the first frame.
public struct Session: Sendable, Equatable {
    /// The portal as people know it (host name, or the profile's URL), shown in dialogs.
    public var portal: String
    /// The signed-in admin, from `GET people/@self`; used to refuse acting on oneself.
    public var me: Person
    /// A read-only session never offers a key that changes data.
    public var readOnly: Bool
    /// After a 401 the app can sign in again by itself (a password session whose command
    /// line gave a `Reauthenticate`); otherwise it says how to sign in outside.
    public var canSignInAgain: Bool
    /// The language of the invitations `i` sends (the profile's `culture`); `nil` sends none,
    /// so the portal uses its own.
    public var culture: Culture?
    /// The keys in force: the standard table with the config file's `[keys]`. They belong to
    /// the person at the keyboard, so they stay when `P` switches portals; a read-only
    /// session draws and answers their read-only cut (`AppState.keys`).
    public var keys: KeyTable
    /// The config file's saved views (`[views.NAME]`); like the keys they are the person's,
    /// so they stay when `P` switches portals.
    public var views: SavedViews

    public init(
        portal: String, me: Person, readOnly: Bool = false, canSignInAgain: Bool = false, culture: Culture? = nil,
        keys: KeyTable = .standard, views: SavedViews = SavedViews()
    ) {
        self.portal = portal
        self.me = me
        self.readOnly = readOnly
        self.canSignInAgain = canSignInAgain
        self.culture = culture
        self.keys = keys
        self.views = views
    }
}
