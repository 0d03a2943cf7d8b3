import DocSpaceAPI

/// The API keys of the person in the detail pane, read on demand (`K`): the portal lists keys
/// for the whole portal to a DocSpace admin and only the caller's own to anyone else
/// (`ApiKeysController.GetApiKeys`), so another person's keys are known to admins only.
public struct PersonKeys: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case loading(RequestID)
        case loaded([APIKey])
        case failed(String)
        /// The caller is not a DocSpace admin and the person is someone else: the portal
        /// would answer only the caller's own keys, so an empty list would be a lie.
        case notVisible
    }

    public var personID: String
    public var phase: Phase

    public init(personID: String, phase: Phase) {
        self.personID = personID
        self.phase = phase
    }

    /// Whether the portal shows this caller the person's keys.
    public static func canList(of person: Person, me: Person) -> Bool {
        me.isOwner || me.type == .docSpaceAdmin || me.id.lowercased() == person.id.lowercased()
    }
}
