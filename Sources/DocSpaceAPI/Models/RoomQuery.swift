/// The parameters of `GET files/rooms` (`RoomContentRequestDto`) for one person's rooms.
///
/// The server's rules to read the answer by (`FolderDao.BuildRoomsQuery`,
/// `FileSecurity.GetVirtualRoomsAsync`):
/// - `subjectFilter=0` (Owner) with `subjectId`: rooms whose `createdBy` is the person;
/// - `subjectFilter=1` (Member) with `subjectId`: rooms they own *or* are shared with, so the
///   rooms a person is only a member of are the Member answer less the Owner answer;
/// - a DocSpace admin sees every room, anyone else only the rooms they are in themselves;
/// - `count` 1…100 (`ApiContext.MaxCount`), the page counted over the matching rooms, `total`
///   their number.
/// `subjectFilter` is marked obsolete in favour of `subjectOwnerId`, but a server that does not
/// know `subjectOwnerId` ignores it and answers with every room; `subjectFilter` is understood
/// by every version, so it is the one sent.
public struct RoomQuery: Sendable, Hashable {
    public enum Relation: Sendable, Hashable {
        /// `subjectFilter=0`: the rooms the person owns.
        case owner
        /// `subjectFilter=1`: the rooms the person owns or is a member of.
        case member
    }

    /// `subjectId`: the person.
    public var personID: String
    public var relation: Relation
    public var startIndex: Int
    /// `count`: the server accepts 1…100.
    public var count: Int

    /// The server's largest page.
    public static let maxCount = 100

    public init(personID: String, relation: Relation, startIndex: Int = 0, count: Int = RoomQuery.maxCount) {
        self.personID = personID
        self.relation = relation
        self.startIndex = startIndex
        self.count = count
    }
}

/// One page of rooms and how many match in all (`FolderContentDto.total`).
public struct RoomPage: Sendable, Hashable {
    public var rooms: [Room]
    public var total: Int

    public init(rooms: [Room], total: Int) {
        self.rooms = rooms
        self.total = total
    }
}
