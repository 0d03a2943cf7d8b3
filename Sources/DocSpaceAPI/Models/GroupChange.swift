/// A group to create (`POST /api/2.0/group`, `GroupRequestDto`).
///
/// The server refuses the whole request (400 "The user could not be found") when the head or
/// any member is missing, terminated or a guest; it creates nothing then.
public struct NewGroup: Sendable, Hashable {
    /// 1…128 characters, not blank.
    public var name: String
    public var headID: String?
    public var memberIDs: [String]

    public init(name: String, headID: String? = nil, memberIDs: [String] = []) {
        self.name = name
        self.headID = headID
        self.memberIDs = memberIDs
    }
}

/// The changes `PUT /api/2.0/group/{id}` (`UpdateGroupRequest`) makes in one request; every
/// part is optional. Unlike creating, the server *silently skips* members to add (and a head)
/// who are missing, terminated or guests: read the group back to learn who was added.
public struct GroupUpdate: Sendable, Hashable {
    /// At most 128 characters; `nil` keeps the name.
    public var name: String?
    /// `nil` keeps the head.
    public var headID: String?
    public var addIDs: [String]
    public var removeIDs: [String]

    public init(name: String? = nil, headID: String? = nil, addIDs: [String] = [], removeIDs: [String] = []) {
        self.name = name
        self.headID = headID
        self.addIDs = addIDs
        self.removeIDs = removeIDs
    }
}
