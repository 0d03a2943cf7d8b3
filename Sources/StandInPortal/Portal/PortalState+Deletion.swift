/// Deleting people and handing their data over (`UserController` `DeleteMember`, `RemoveUsers`; `ReassignController`).
extension PortalState {
    /// `DELETE /api/2.0/people/{userid}` (`DeleteMember`), in the server's order: admins
    /// only (403); unknown → 404; LDAP → 403; not terminated → 403 "The user is not
    /// suspended" (before the admin check below, so an active admin asked about by a
    /// non-owner hears "not suspended"); a DocSpace admin when the caller is not the owner →
    /// 403; a running reassignment → 500. Answers with the person as they were.
    func delete(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        guard let target = directory.person(idOrUserName: context.parameter("userid")) else {
            throw PortalError.userNotFound
        }
        if target.isLDAP { throw PortalError.accessDenied }
        guard target.status == .terminated else { throw PortalError.invalidOperation("The user is not suspended") }
        if target.type == .docSpaceAdmin, !caller.isOwner { throw PortalError.accessDenied }
        try ensureNoReassignment(of: [target.id])
        let answer = renderer(context).full(target)
        remove(target, by: caller.id)
        return .value(answer)
    }

    /// `PUT /api/2.0/people/delete {userIds}` (`RemoveUsers`): no `userIds` → 400; admins
    /// only; a running reassignment of any listed id → 500 before anything else is looked
    /// at; unknown and LDAP ids are dropped silently; if any remaining person is not
    /// terminated nothing is deleted (403); admins (caller not the owner) are skipped
    /// silently but still listed.
    func bulkDelete(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard let ids = try context.body().guids("userIds") else {
            throw PortalError.argumentNull(parameter: "userIds")
        }
        guard caller.isAdmin else { throw PortalError.accessDenied }
        try ensureNoReassignment(of: ids)
        var seen: Set<String> = []
        let targets = ids.compactMap { directory.person(id: $0) }.filter { !$0.isLDAP && seen.insert($0.id).inserted }
        guard targets.allSatisfy({ $0.status == .terminated }) else {
            throw PortalError.invalidOperation("Users are not suspended")
        }
        let renderer = renderer(context)
        let answer = targets.map { renderer.full($0) }
        for target in targets where target.type != .docSpaceAdmin || caller.isOwner {
            remove(target, by: caller.id)
        }
        return .stream(answer)
    }

    /// `CheckReassignProcessAsync`: a reassignment that has not completed blocks deletion
    /// with a plain `Exception` (500) naming the person.
    private func ensureNoReassignment(of ids: [String]) throws {
        for id in ids {
            guard let task = tasks[TaskKey(kind: .reassign, userID: id)], task.isRunning else { continue }
            let name = directory.person(id: id)?.plainDisplayName ?? PersonRenderer.removedProfileName
            throw PortalError.server("Data reassign process for \(name) is not complete.")
        }
    }

    /// Removes the profile, ends the sessions and queues the data erasure (which gives the
    /// person's rooms to `callerID`); the person is in no room any more.
    private func remove(_ person: PortalPerson, by callerID: String) {
        directory.remove(person.id)
        sessions.revokeAll(of: person.id)
        leaveRooms(person.id)
        _ = startTask(.removal, userID: person.id, completion: .removeData(by: callerID))
    }

    /// `GET /api/2.0/people/reassign/necessary?userId=&type=` (`NecessaryReassign`): the
    /// permission for `type` (admins; room admins only for User or Guest, so not without a
    /// type) → 403; a DocSpace admin asked about by a non-owner → 403. Then
    /// `AnyRoomsAsync`: an active room the caller sees that the person owns or is shared
    /// with (the server lists by subject, not by owner); only when `type` is Guest, shared
    /// files count too. An unknown id (or none) holds nothing: `false`.
    func reassignNecessary(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        var type: PortalEmployeeType?
        if let text = context.query.nonEmpty("type") {
            guard let parsed = WireEnum.employeeType(text) else { throw PortalError.invalidValue(text, for: "type") }
            type = parsed
        }
        var person: PortalPerson?
        if let text = context.query.nonEmpty("userId") {
            guard let id = GUID.normalize(text) else { throw PortalError.invalidValue(text, for: "userId") }
            person = directory.person(id: id)
        }
        guard mayAddOrRemove(type, caller: caller) else { throw PortalError.accessDenied }
        if person?.type == .docSpaceAdmin, !caller.isOwner { throw PortalError.accessDenied }
        var necessary = person.map { holdsActiveRooms($0.id, caller: caller) } ?? false
        if type == .guest, !necessary { necessary = person?.sharesFiles ?? false }
        return .value(.bool(necessary))
    }

    /// `POST /api/2.0/people/reassign/start {fromUserId, toUserId, deleteProfile}`
    /// (`StartReassign`): admins only; the receiver first — not a DocSpace admin or room
    /// admin, or terminated → 400 "Can not reassign data to user with id = …" — then the
    /// source: the owner, the caller, not terminated, or a DocSpace admin when the caller is
    /// not the owner → 400 "Can not reassign data from user with id = …". An id that
    /// resolves to no one is named as the system LostUser's id, as the server does.
    func startReassign(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        let body = try context.body()
        let to = try body.guid("toUserId").flatMap { directory.person(id: $0) }
        guard let to, to.type.isPaid, to.status != .terminated else {
            throw PortalError.argument("Can not reassign data to user with id = \(to?.id ?? PersonRenderer.lostUserID)")
        }
        let from = try body.guid("fromUserId").flatMap { directory.person(id: $0) }
        guard let from, !from.isOwner, from.id != caller.id, from.status == .terminated,
            from.type != .docSpaceAdmin || caller.isOwner
        else {
            throw PortalError.argument(
                "Can not reassign data from user with id = \(from?.id ?? PersonRenderer.lostUserID)")
        }
        let deleteProfile = try body.bool("deleteProfile") ?? false
        if let running = tasks[TaskKey(kind: .reassign, userID: from.id)], running.isRunning {
            return .value(running.json(now: clock.now))
        }
        let task = startTask(.reassign, userID: from.id, completion: .reassign(to: to.id, deleteProfile: deleteProfile))
        return .value(task.json(now: clock.now))
    }

    /// `POST /api/2.0/people/remove/start {userId}` (`RemoveUserDataController.StartRemove`):
    /// erase a terminated person's data. Admins only; unknown → 400 "User with id = … not
    /// found"; the owner, the caller or someone not terminated → 400 "Can not delete user
    /// with id = …"; a DocSpace admin when the caller is not the owner → 403.
    func startRemoval(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        let id = try context.body().guid("userId") ?? "00000000-0000-0000-0000-000000000000"
        guard let person = directory.person(id: id) else {
            throw PortalError.argument("User with id = \(id) not found")
        }
        guard person.status == .terminated, !person.isOwner, person.id != caller.id else {
            throw PortalError.argument("Can not delete user with id = \(id)")
        }
        if person.type == .docSpaceAdmin, !caller.isOwner { throw PortalError.accessDenied }
        if let running = tasks[TaskKey(kind: .removal, userID: id)], running.isRunning {
            return .value(running.json(now: clock.now))
        }
        return .value(startTask(.removal, userID: id, completion: .removeData(by: caller.id)).json(now: clock.now))
    }
}
