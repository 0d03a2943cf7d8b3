import DocSpaceAPI

/// Which of a person's API keys a key change acts on: all of them (off-boarding), or the keys
/// named by id (`keys disable KEY…`). The change's targets are the keys' owners, because the
/// change path reports per person; the keys are found on the portal when the change is sent.
public enum APIKeyChoice: Sendable, Hashable {
    case all
    case only(Set<String>)

    public func includes(_ key: APIKey) -> Bool {
        switch self {
        case .all: true
        case .only(let ids): ids.contains(key.id.lowercased())
        }
    }
}
