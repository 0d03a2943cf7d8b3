import DocSpaceAPI

/// The rooms of one person in the detail pane, loaded only when asked for (`h`): reading them
/// is two listings per person, so never for every row.
public struct RoomHoldings: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case loading
        case loaded(PersonRooms)
        case failed(String)
    }

    public var personID: String
    /// The name to say in messages.
    public var personName: String = ""
    public var phase: Phase
    var request: RequestID?

    public init(personID: String, phase: Phase = .loading) {
        self.personID = personID
        self.phase = phase
    }

    /// The lines the detail pane shows under the person: owned rooms first, then member of.
    public var lines: [(label: String, value: String)] {
        switch phase {
        case .loading:
            return [("Rooms", "loading…")]
        case .failed(let reason):
            return [("Rooms", "could not be read: \(reason)")]
        case .loaded(let rooms):
            return Self.section("Owns", rooms.owned, owner: false)
                + Self.section("Member of", rooms.memberOf, owner: true)
        }
    }

    private static func section(_ label: String, _ rooms: [Room], owner: Bool) -> [(label: String, value: String)] {
        guard !rooms.isEmpty else { return [(label, "no rooms")] }
        var lines = [(label, "\(rooms.count) room\(rooms.count == 1 ? "" : "s")")]
        for room in rooms {
            let by = owner && !room.ownerName.isEmpty ? ", owner \(room.ownerName)" : ""
            lines.append(("", "\(room.title) (\(room.type.title)\(by))"))
        }
        return lines
    }
}
