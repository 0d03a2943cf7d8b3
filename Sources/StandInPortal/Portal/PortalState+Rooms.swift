/// The rooms listing (`products/ASC.Files/Server/Api/VirtualRoomsController.cs` `GetRoomsFolder`,
/// `FileStorageService.GetFolderItemsAsync`, `FileSecurity.GetVirtualRoomsAsync`,
/// `FolderDao.BuildRoomsQuery`) and the rooms' part of the rules of `reassign/*`.
extension PortalState {
    /// `GET files/rooms` for the parameters a person's rooms need, in the server's order:
    /// - `count` outside 1…100 → 400 (`[Range]`); `subjectFilter`, `searchArea` not a name or
    ///   number of the enum → 400 (binding); `startIndex` below 0 → 400
    ///   (`ArgumentOutOfRangeException`); `subjectId`/`subjectOwnerId` not a GUID → 500
    ///   (`new Guid(…)` in `GetFolderItemsAsync`);
    /// - which rooms: `searchArea` Active (the default) the rooms not archived, Archive the
    ///   archived, Any both, any other area none of these rooms;
    /// - who sees what: a DocSpace admin every room, anyone else only rooms they own or are
    ///   shared with (`GetVirtualRoomsForMeAsync`);
    /// - `subjectFilter` Owner: owned by `subjectId`; Member: owned by or shared with
    ///   `subjectId`; no `subjectFilter`: `subjectId` as Member, and `subjectOwnerId` as Owner
    ///   too (with a `subjectFilter`, `subjectOwnerId` is ignored); `filterValue` in the title;
    /// - newest first, then the page; `total` counts every match.
    func listRooms(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        let query = context.query
        var count = 100
        if let text = query["count"] {
            guard let value = Int(text) else { throw PortalError.invalidValue(text, for: "count") }
            guard (1...100).contains(value) else {
                throw PortalError.validation([
                    ValidationIssue(key: "count", message: "The field count must be between 1 and 100.")
                ])
            }
            count = value
        }
        var startIndex = 0
        if let text = query["startIndex"] {
            guard let value = Int(text) else { throw PortalError.invalidValue(text, for: "startIndex") }
            startIndex = value
        }
        let filter = try query.nonEmpty("subjectFilter").map { text in
            guard let value = WireEnum.indexed(text, names: ["Owner", "Member"]) else {
                throw PortalError.invalidValue(text, for: "subjectFilter")
            }
            return value
        }
        var area = 0
        if let text = query.nonEmpty("searchArea") {
            guard
                let value = WireEnum.indexed(
                    text,
                    names: ["Active", "Archive", "Any", "RecentByLinks", "Templates", "Knowledge", "ResultStorage"])
            else { throw PortalError.invalidValue(text, for: "searchArea") }
            area = value
        }
        let subject = try roomSubject(query.nonEmpty("subjectId"))
        let ownerSubject = filter == nil ? try roomSubject(query.nonEmpty("subjectOwnerId")) : nil
        guard startIndex >= 0 else {
            throw PortalError.argument(
                "Specified argument was out of the range of valid values. (Parameter 'from')")
        }
        let text = query.nonEmpty("filterValue")?.lowercased()
        let matches = visibleRooms(to: caller).filter { room in
            switch area {
            case 0: if room.isArchived { return false }
            case 1: if !room.isArchived { return false }
            case 2: break
            default: return false
            }
            if let subject {
                if filter == 0 {
                    if room.ownerID != subject { return false }
                } else if !room.involves(subject) {
                    return false
                }
            }
            if let ownerSubject, room.ownerID != ownerSubject { return false }
            if let text, !room.title.lowercased().contains(text) { return false }
            return true
        }
        .sorted { ($0.created, $0.id) > ($1.created, $1.id) }
        let page = matches.dropFirst(startIndex).prefix(count)
        var o = JSONObject()
        o.set("files", .array([]))
        o.set("folders", .array(page.map { renderRoom($0, context) }))
        var current = JSONObject()
        current.set("id", area == 1 ? 2 : 1)
        current.set("title", area == 1 ? "Archive" : "Rooms")
        current.set("rootFolderType", area == 1 ? 20 : 14)
        o.set("current", .object(current))
        var part = JSONObject()
        part.set("id", area == 1 ? 2 : 1)
        part.set("title", area == 1 ? "Archive" : "Rooms")
        o.set("pathParts", .array([.object(part)]))
        o.set("startIndex", startIndex)
        o.set("count", page.count)
        o.set("total", matches.count)
        o.set("new", 0)
        return .value(.object(o))
    }

    /// The rooms `caller` sees: every room for a DocSpace admin, else the ones they are in.
    func visibleRooms(to caller: Caller) -> [PortalRoom] {
        caller.isAdmin ? rooms : rooms.filter { $0.involves(caller.id) }
    }

    /// `FileStorageService.AnyRoomsAsync`, what `reassign/necessary` asks: an active room the
    /// caller sees that the person owns *or is shared with* (a subject with no filter).
    func holdsActiveRooms(_ personID: String, caller: Caller) -> Bool {
        visibleRooms(to: caller).contains { !$0.isArchived && $0.involves(personID) }
    }

    /// `FolderDao.ReassignRoomsAsync`: every room the person owns, archived ones too, is the
    /// receiver's; the receiver is no longer listed among its members.
    func handOverRooms(of userID: String, to receiverID: String) {
        for index in rooms.indices where rooms[index].ownerID == userID {
            rooms[index].ownerID = receiverID
            if rooms[index].memberIDs.remove(receiverID) != nil {
                roomsOfMember[receiverID]?.removeAll { $0 == index }
            }
        }
    }

    /// A deleted profile is shared with no room any more.
    func leaveRooms(_ personID: String) {
        for index in roomsOfMember.removeValue(forKey: personID) ?? [] { rooms[index].memberIDs.remove(personID) }
    }

    /// Whether the person owns any room (the snapshot's `ownsRooms`).
    func ownsRooms(_ personID: String) -> Bool {
        rooms.contains { $0.ownerID == personID }
    }

    /// Gives a person added by a test a room of their own.
    func addRoom(ownedBy personID: String, title: String) {
        rooms.append(
            PortalRoom(id: 1000 + rooms.count, title: title, type: 2, ownerID: personID, created: .now()))
    }

    private func roomSubject(_ text: String?) throws -> String? {
        guard let text else { return nil }
        guard let id = GUID.normalize(text) else {
            throw PortalError.server(
                "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).")
        }
        return id
    }

    /// A room's `FolderDto`, the fields the People side reads and the ones around them; enums as
    /// numbers, the title as stored, the owner as an `EmployeeDto` ("profile removed" when gone).
    private func renderRoom(_ room: PortalRoom, _ context: RequestContext) -> JSON {
        var o = JSONObject()
        o.set("parentId", room.isArchived ? 2 : 1)
        o.set("filesCount", 0)
        o.set("foldersCount", 0)
        o.set("new", 0)
        o.set("mute", false)
        o.set("tags", .array([]))
        o.set("pinned", false)
        o.set("roomType", room.type)
        o.set("private", false)
        o.set("indexing", room.type == 8)
        o.set("denyDownload", false)
        o.set("id", room.id)
        o.set("rootFolderId", room.isArchived ? 2 : 1)
        o.set("title", room.title)
        o.set("created", .string(dates.string(from: room.created)))
        o.set(
            "createdBy",
            directory.person(id: room.ownerID).map { personRenderer(context).short($0) } ?? removedOwner(context))
        o.set("rootFolderType", room.isArchived ? 20 : 14)
        return .object(o)
    }

    private func removedOwner(_ context: RequestContext) -> JSON {
        var o = JSONObject()
        personRenderer(context).writeRemovedProfile(to: &o)
        return .object(o)
    }
}
