/// `Room` ← a room's `FolderDto`: `{id, title, roomType, createdBy: EmployeeDto, created, …}`;
/// the title comes as stored (not HTML-encoded, unlike an `EmployeeDto`'s name).
/// Lenient like `Person`: only `id` and the owner's id are required (a room of nobody could
/// not be handed over); a missing `roomType` reads as a custom room.
extension Room: Decodable {
    enum CodingKeys: String, CodingKey {
        case id, title, roomType, createdBy, created
    }

    enum OwnerKeys: String, CodingKey {
        case id, displayName
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let owner = try c.nestedContainer(keyedBy: OwnerKeys.self, forKey: .createdBy)
        self.init(
            id: try c.requiredID(.id), title: c.lenientString(.title) ?? "",
            type: c.lenientInt(.roomType).map(RoomType.init(number:)) ?? .custom,
            ownerID: try owner.requiredID(.id),
            ownerName: owner.lenientString(.displayName).map(HTMLEntities.decode) ?? "",
            created: c.lenientDate(.created))
    }
}

/// The `response` of `GET files/rooms` (`FolderContentDto`): the rooms are its `folders`
/// (`files` is empty at the rooms' root), `total` counts every match. A room that cannot be
/// read is dropped rather than failing the page; `total` is kept as the server says.
struct RoomPageBody: Decodable {
    var page: RoomPage

    enum CodingKeys: String, CodingKey {
        case folders, total
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var rooms: [Room] = []
        if c.contains(.folders), try !c.decodeNil(forKey: .folders) {
            var list = try c.nestedUnkeyedContainer(forKey: .folders)
            while !list.isAtEnd {
                if let room = try list.decode(Readable.self).room { rooms.append(room) }
            }
        }
        page = RoomPage(rooms: rooms, total: c.lenientInt(.total) ?? rooms.count)
    }

    private struct Readable: Decodable {
        var room: Room?
        init(from decoder: any Decoder) throws { room = try? Room(from: decoder) }
    }
}
