import DocSpaceAPI

@testable import PeopleCore

/// A room of the scripted portal: its owner and the people it is shared with.
struct ScriptedRoom: Sendable {
    var room: Room
    var members: Set<String> = []

    init(_ id: String, _ title: String, owner: String, members: Set<String> = []) {
        room = Room(id: id, title: title, type: .collaboration, ownerID: owner, ownerName: "Owner of \(title)")
        self.members = members
    }
}

extension ScriptedServer {
    /// As the real server answers: owned = `createdBy`, member-of = shared with and owned by
    /// someone else.
    func personRooms(_ id: String) -> PersonRooms {
        let owned = rooms.filter { $0.room.ownerID == id }.map(\.room)
        let member = rooms.filter { $0.room.ownerID != id && $0.members.contains(id) }.map(\.room)
        return PersonRooms(owned: owned, memberOf: member)
    }

    /// How many rooms each person owns and the first `first` of them.
    func ownedRooms(_ ids: [String], first: Int) -> [OwnedRooms] {
        ids.map { id in
            let owned = rooms.filter { $0.room.ownerID == id }.map(\.room)
            return .known(id: id, total: owned.count, first: Array(owned.prefix(first)))
        }
    }

    /// `GET files/rooms` for one person: Owner = `createdBy`; Member = owned or shared with;
    /// the page cut after the filter, `total` every match.
    func roomPage(_ query: RoomQuery) -> RoomPage {
        let matches = rooms.filter { room in
            switch query.relation {
            case .owner: room.room.ownerID == query.personID
            case .member: room.room.ownerID == query.personID || room.members.contains(query.personID)
            }
        }.map(\.room)
        return RoomPage(rooms: Array(matches.dropFirst(query.startIndex).prefix(query.count)), total: matches.count)
    }
}
