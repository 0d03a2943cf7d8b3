/// One room as the Files module stores it, with what the rooms listing and the hand-over look
/// at: its owner (`CreateBy`, which a hand-over changes), the people it is shared with, and
/// whether it is in the Archive.
struct PortalRoom: Sendable {
    var id: Int
    var title: String
    /// `RoomType`'s number (1 form filling, 2 collaboration, 5 custom, 6 public, 8 virtual data).
    var type: Int
    var ownerID: String
    /// The people the room is shared with, the owner not among them.
    var memberIDs: Set<String> = []
    var created: PortalInstant
    var isArchived = false

    /// `FolderDao.BuildRoomsQuery` with a subject and no filter, or the Member filter: owned
    /// by the person or shared with them.
    func involves(_ personID: String) -> Bool {
        ownerID == personID || memberIDs.contains(personID)
    }
}
