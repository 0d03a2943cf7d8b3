/// Reading a person's rooms through any `PeopleClient` (fakes included).
extension PeopleClient {
    /// Every room of `personID` in `relation`, page after page. The claimed `total` is not
    /// trusted: a short or empty page ends the reading, so a portal claiming more than it sends
    /// costs one page more, never a request per claimed page.
    public func allRooms(of personID: String, _ relation: RoomQuery.Relation) async throws -> [Room] {
        var rooms: [Room] = []
        var seen: Set<String> = []
        var query = RoomQuery(personID: personID, relation: relation)
        while true {
            let page = try await self.rooms(query)
            for room in page.rooms where seen.insert(room.id).inserted { rooms.append(room) }
            query.startIndex += query.count
            if page.rooms.count < query.count || query.startIndex >= page.total { return rooms }
        }
    }

    /// The rooms `personID` owns and those they are only a member of: two listings, since the
    /// server's Member filter answers the owned rooms too (`RoomQuery`).
    public func personRooms(_ personID: String) async throws -> PersonRooms {
        let owned = try await allRooms(of: personID, .owner)
        let ownedIDs = Set(owned.map(\.id))
        let member = try await allRooms(of: personID, .member)
        return PersonRooms(owned: owned, memberOf: member.filter { !ownedIDs.contains($0.id) })
    }

    /// How many rooms `personID` owns and the first `first` of them: one request.
    public func ownedRooms(of personID: String, first: Int) async throws -> RoomPage {
        try await rooms(RoomQuery(personID: personID, relation: .owner, count: min(max(1, first), RoomQuery.maxCount)))
    }
}
