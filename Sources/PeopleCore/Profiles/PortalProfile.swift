/// A portal the admin can switch to inside the terminal UI: one `[profiles.NAME]` of the
/// config file, as the picker lists it. No secret: the token stays in its file until chosen.
public struct PortalProfile: Sendable, Equatable {
    public var name: String
    /// The portal's address as written in the profile ("" when the profile has none).
    public var url: String
    /// The profile says `read_only = true`: switching to it makes the session read-only.
    public var readOnly: Bool

    public init(name: String, url: String, readOnly: Bool = false) {
        self.name = name
        self.url = url
        self.readOnly = readOnly
    }
}

/// What `P` offers: the profiles, which one the session is on, and a word when there is
/// nothing else to offer (`--demo`, no config file).
public struct ProfileList: Sendable, Equatable {
    public var profiles: [PortalProfile]
    /// The profile of the current session; `nil` when it was started with `--url`.
    public var current: String?
    /// Why the list is short, e.g. "--demo has one portal: the demo".
    public var note: String?

    public init(profiles: [PortalProfile], current: String?, note: String? = nil) {
        self.profiles = profiles
        self.current = current
        self.note = note
    }
}

/// The open profile picker.
public struct ProfilePicker: Sendable, Equatable {
    public var list: ProfileList
    public var cursor: Int
    /// The profile being signed in to; keys wait until it answers.
    public var switching: String?
    /// Why the last attempt failed, in words.
    public var problem: String?

    public init(list: ProfileList) {
        self.list = list
        cursor = list.profiles.firstIndex { $0.name == list.current } ?? 0
    }

    public var chosen: PortalProfile? {
        list.profiles.indices.contains(cursor) ? list.profiles[cursor] : nil
    }
}
