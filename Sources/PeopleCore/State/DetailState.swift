import DocSpaceAPI

/// The detail pane: which person, the fresh copy from `GET people/{id}`, and how loading went.
public struct DetailState: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case loading
        case loaded
        case failed(String)
    }

    public var id: String
    /// The server's answer for this id; until it arrives the pane shows the row from the list.
    public var person: Person?
    public var phase: Phase
    var request: RequestID?
    public var scroll: Int = 0

    public init(id: String, person: Person? = nil, phase: Phase = .loading) {
        self.id = id
        self.person = person
        self.phase = phase
    }
}
