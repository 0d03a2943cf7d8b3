/// Groups (`GroupController`, `products/ASC.People/Server/Api/GroupsController.cs`): list, read,
/// create, update, members, head, move, delete — with the server's permission checks and its
/// silent skips.
extension PortalState {
    static let groupNotFound = PortalError.notFound("The group could not be found")

    /// `Action_ReadGroups`: granted to room admins by the ACL, denied to users (`Acl.cs`: a
    /// deny row for `GroupUser`), not granted to guests; admins have every right.
    private func groupReader(_ context: RequestContext) throws -> Caller {
        let caller = try context.authenticated
        guard caller.isAdmin || caller.isRoomAdmin else { throw PortalError.accessDenied }
        return caller
    }

    /// `Action_EditGroups` and `Action_AddRemoveUser` without an object: DocSpace admins only
    /// (a room admin's `Security.cs` rules only cover the Guest and User system groups).
    private func groupEditor(_ context: RequestContext) throws {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
    }

    /// `GetGroupInfoAsync`: 404 "The group could not be found". The routes constrain ids to
    /// GUIDs (`{id:guid}`), so anything else matches no route: an empty 404.
    private func existingGroup(_ id: String) throws -> PortalGroup {
        guard let normalized = GUID.normalize(id) else { throw PortalError.routeNotFound }
        guard let group = directory.group(id: normalized) else { throw Self.groupNotFound }
        return group
    }

    /// `ValidateUserAsync`: someone who exists, is not terminated and is not a guest.
    private func mayJoinGroup(_ id: String) -> PortalPerson? {
        guard let person = directory.person(id: id), person.status != .terminated, person.type != .guest else {
            return nil
        }
        return person
    }

    /// `TransferUserToDepartmentAsync`: skips, without a word, whoever may not join.
    private func addToGroup(_ personID: String, _ groupID: String, asHead: Bool) {
        guard let person = mayJoinGroup(personID) else { return }
        if asHead { directory.updateGroup(groupID) { $0.manager = person.userName } }
        directory.update(person.id) { if !$0.groupIDs.contains(groupID) { $0.groupIDs.append(groupID) } }
    }

    /// `RemoveUserFromDepartmentAsync` / `UserManager.RemoveUserFromGroupAsync`: unknown people
    /// are skipped; a removed head stops being the head.
    private func removeFromGroup(_ personID: String, _ groupID: String) {
        guard let person = directory.person(id: personID) else { return }
        directory.update(person.id) { $0.groupIDs.removeAll { $0 == groupID } }
        if directory.group(id: groupID)?.manager == person.userName {
            directory.updateGroup(groupID) { $0.manager = nil }
        }
    }

    /// Members as `GetUsersByGroupAsync` (`EmployeeStatus.Default` = Active | Pending) lists
    /// them: terminated members are neither counted nor listed, nor moved.
    private func listedMembers(of groupID: String) -> [PortalPerson] {
        directory.people.filter { $0.groupIDs.contains(groupID) && $0.status != .terminated }
    }

    private func render(_ group: PortalGroup, includeMembers: Bool, _ context: RequestContext) -> JSON {
        render(group, members: listedMembers(of: group.id), includeMembers: includeMembers, context)
    }

    /// `GroupFullDtoHelper.Get`: name as stored, the head as a full person, `membersCount`,
    /// `members` only when asked; `isSystem` and `shared` null, so omitted.
    private func render(
        _ group: PortalGroup, members: [PortalPerson], includeMembers: Bool, _ context: RequestContext
    ) -> JSON {
        let renderer = renderer(context)
        var o = JSONObject()
        o.add("name", group.name)
        o.add("parent", Self.emptyGUID)
        o.add("category", Self.emptyGUID)
        o.add("id", group.id)
        o.add("isLDAP", false)
        if let head = group.manager.flatMap({ directory.person(userName: $0) }) {
            o.add("manager", renderer.full(head))
        }
        if includeMembers { o.add("members", JSON.array(members.map { renderer.full($0) })) }
        o.add("membersCount", members.count)
        return .object(o)
    }

    // MARK: Reading

    /// `GET /api/2.0/group` (`GetGroups`): `filterValue` (lower-cased, trimmed, *contains* on
    /// the name), `userId` with `manager`, `sortBy` title / manager / membersCount (unknown:
    /// title), `sortOrder`, paging 1…100; no members.
    func listGroups(_ context: RequestContext) throws -> EndpointResult {
        _ = try groupReader(context)
        let query = context.query
        let paging = try Paging(query)
        var groups = directory.groups
        if let text = query.nonEmpty("filterValue")?.lowercased().trimmingCharacters(in: .whitespaces), !text.isEmpty {
            groups = groups.filter { $0.name.lowercased().contains(text) }
        }
        let members = directory.membersByGroup()
        if let text = query.nonEmpty("userId") {
            guard let member = GUID.normalize(text) else { throw PortalError.invalidValue(text, for: "userId") }
            let headOnly = query["manager"].map { $0.lowercased() == "true" } ?? false
            let person = directory.person(id: member)
            groups = groups.filter { group in
                guard let person else { return false }
                return headOnly ? group.manager == person.userName : person.groupIDs.contains(group.id)
            }
        }
        groups = sortedGroups(groups, by: query["sortBy"], descending: paging.descending, members: members)
        let total = groups.count
        let page = groups.dropFirst(paging.startIndex).prefix(paging.count)
        let items = page.map { group in
            render(
                group, members: (members[group.id] ?? []).filter { $0.status != .terminated },
                includeMembers: false, context)
        }
        return .page(Array(items), total: total)
    }

    /// `DbUserService.GetGroupsAsync`: the head's first name (no head sorts first, as SQL's
    /// NULL), or the member rows (terminated members counted), or the name; ties by name.
    private func sortedGroups(
        _ groups: [PortalGroup], by name: String?, descending: Bool, members: [String: [PortalPerson]]
    ) -> [PortalGroup] {
        let field = name?.lowercased()
        func key(_ group: PortalGroup) -> (String, Int) {
            switch field {
            case "manager":
                let head = group.manager.flatMap { directory.person(userName: $0) }
                return (head.map { "1" + $0.firstName.lowercased() } ?? "0", 0)
            case "memberscount": return ("", members[group.id]?.count ?? 0)
            default: return (group.name.lowercased(), 0)
            }
        }
        let ascending = groups.sorted { a, b in
            let (ka, kb) = (key(a), key(b))
            if ka != kb { return ka < kb }
            return a.name.lowercased() < b.name.lowercased()
        }
        return descending ? ascending.reversed() : ascending
    }

    /// `GET /api/2.0/group/{id}` (`GetGroup`): members unless `includeMembers=false`.
    func readGroup(_ context: RequestContext) throws -> EndpointResult {
        _ = try groupReader(context)
        let group = try existingGroup(context.parameter("id"))
        let include = context.query["includeMembers"].map { $0.lowercased() != "false" } ?? true
        return .value(render(group, includeMembers: include, context))
    }

    // MARK: Changing

    /// `POST /api/2.0/group` (`AddGroup`): admins; `groupName` 1…128 (`[StringLength]`, a
    /// validation 400 before any permission check, see `ModelValidation`) and not blank (`ThrowIfNullOrWhiteSpace`, 400); any head or member who
    /// may not join refuses the whole request before anything is created (400 "The user
    /// could not be found"). Names need not be unique.
    func createGroup(_ context: RequestContext) throws -> EndpointResult {
        try groupEditor(context)
        let body = try context.body()
        // `ModelValidation` has checked the name's presence and length before the controller.
        let name = try body.string("groupName") ?? ""
        guard !name.allSatisfy(\.isWhitespace) else {
            throw PortalError.argument(
                "The value cannot be an empty string or composed entirely of whitespace. (Parameter 'inDto.GroupName')")
        }
        let head = try body.guid("groupManager").flatMap { $0 == Self.emptyGUID ? nil : $0 }
        let members = try body.guids("members") ?? []
        for id in members + [head].compactMap({ $0 }) where mayJoinGroup(id) == nil {
            throw PortalError.argument("The user could not be found")
        }
        let id = directory.addGroup(PortalGroup(id: GUID.random(), name: name))
        if let head { addToGroup(head, id, asHead: true) }
        for member in members { addToGroup(member, id, asHead: false) }
        return try .value(render(existingGroup(id), includeMembers: true, context))
    }

    /// `PUT /api/2.0/group/{id}` (`UpdateGroup`): admins; the name if given (`[StringLength(128)]`,
    /// so `""` renames to nothing), then head, members to add (both skipped silently when they
    /// may not join), members to remove.
    func updateGroup(_ context: RequestContext) throws -> EndpointResult {
        try groupEditor(context)
        let group = try existingGroup(context.parameter("id"))
        let body = try context.body()
        if let name = try body.string("groupName") {
            directory.updateGroup(group.id) { $0.name = name }
        }
        if let head = try body.guid("groupManager") { addToGroup(head, group.id, asHead: true) }
        for id in try body.guids("membersToAdd") ?? [] { addToGroup(id, group.id, asHead: false) }
        for id in try body.guids("membersToRemove") ?? [] { removeFromGroup(id, group.id) }
        return try .value(render(existingGroup(group.id), includeMembers: true, context))
    }

    /// `PUT /api/2.0/group/{id}/members` (`AddMembersTo`): admins; skips whoever may not join.
    func addGroupMembers(_ context: RequestContext) throws -> EndpointResult {
        try groupEditor(context)
        let group = try existingGroup(context.parameter("id"))
        for id in try context.body().guids("members") ?? [] { addToGroup(id, group.id, asHead: false) }
        return try .value(render(existingGroup(group.id), includeMembers: true, context))
    }

    /// `DELETE /api/2.0/group/{id}/members` (`RemoveMembersFrom`): admins; unknown people skipped.
    func removeGroupMembers(_ context: RequestContext) throws -> EndpointResult {
        try groupEditor(context)
        let group = try existingGroup(context.parameter("id"))
        for id in try context.body().guids("members") ?? [] { removeFromGroup(id, group.id) }
        return try .value(render(existingGroup(group.id), includeMembers: true, context))
    }

    /// `PUT /api/2.0/group/{id}/manager` (`SetGroupManager`): the controller demands no
    /// permission. Unknown person: 404 "The user could not be found"; terminated or guest:
    /// skipped, the group answered unchanged. `SetDepartmentManagerAsync` checks nothing
    /// either, but `AddUserIntoGroupAsync` demands `Action_EditGroups`: a caller who is not
    /// an admin gets 403 *after* the head was set, without the head becoming a member.
    func setGroupHead(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        let group = try existingGroup(context.parameter("id"))
        guard let userID = try context.body().guid("userId"), directory.person(id: userID) != nil else {
            throw PortalError.userNotFound
        }
        if let person = mayJoinGroup(userID) {
            directory.updateGroup(group.id) { $0.manager = person.userName }
            guard caller.isAdmin else { throw PortalError.accessDenied }
            addToGroup(userID, group.id, asHead: false)
        }
        guard caller.isAdmin || caller.isRoomAdmin else { throw PortalError.accessDenied }
        return try .value(render(existingGroup(group.id), includeMembers: true, context))
    }

    /// `PUT /api/2.0/group/{fromId}/members/{toId}` (`MoveMembersTo`): admins; every listed
    /// member of `from` (terminated ones stay) joins `to` — guests are skipped there — and
    /// leaves `from`, guests included. Answers `to`.
    func moveGroupMembers(_ context: RequestContext) throws -> EndpointResult {
        try groupEditor(context)
        let from = try existingGroup(context.parameter("fromId"))
        let to = try existingGroup(context.parameter("toId"))
        for member in listedMembers(of: from.id) {
            addToGroup(member.id, to.id, asHead: false)
            removeFromGroup(member.id, from.id)
        }
        return try .value(render(existingGroup(to.id), includeMembers: true, context))
    }

    /// `DELETE /api/2.0/group/{id}` (`DeleteGroup`): admins; the memberships go, the people
    /// stay; `NoContent()` is not wrapped, so 204 with no body.
    func deleteGroup(_ context: RequestContext) throws -> EndpointResult {
        try groupEditor(context)
        let group = try existingGroup(context.parameter("id"))
        directory.removeGroup(group.id)
        return .noContent
    }
}
