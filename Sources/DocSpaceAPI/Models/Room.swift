/// A room as `GET /api/2.0/files/rooms` lists it (`FolderDto` of a room): what the People side
/// needs to say what a person holds — the room, its kind, who owns it, since when.
public struct Room: Sendable, Hashable, Identifiable {
    /// `id`: a number for the portal's own rooms, text for a third-party storage's; kept as text.
    public var id: String
    public var title: String
    public var type: RoomType
    /// `createdBy.id`: the room's owner (a hand-over makes the receiver its `createdBy`).
    public var ownerID: String
    /// `createdBy.displayName`, its HTML entities decoded.
    public var ownerName: String
    public var created: APIDate?

    public init(
        id: String, title: String, type: RoomType = .custom, ownerID: String, ownerName: String = "",
        created: APIDate? = nil
    ) {
        self.id = id
        self.title = title
        self.type = type
        self.ownerID = ownerID
        self.ownerName = ownerName
        self.created = created
    }
}
