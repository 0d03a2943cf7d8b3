/// Deleting people and handing their data over (§3.4).
extension PortalState {
    /// `DELETE /api/2.0/people/{userid}`: only terminated people; answers with the person as
    /// they were. A running reassignment blocks it with a plain 500, as on the real server.
    func delete(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        guard let target = directory.person(idOrUserName: context.parameter("userid")) else { throw PortalError.userNotFound }
        if target.isLDAP || target.isOwner || target.id == caller.id { throw PortalError.accessDenied }
        if target.type == .docSpaceAdmin, !caller.isOwner { throw PortalError.accessDenied }
        guard target.status == .terminated else { throw PortalError.invalidOperation("The user is not suspended") }
        try ensureNoReassignment(of: target)
        let answer = renderer(context).full(target)
        remove(target)
        return .value(answer)
    }

    /// `PUT /api/2.0/people/delete {userIds}`: unknown and LDAP ids are dropped silently; if
    /// any remaining person is not terminated nothing is deleted (403); room admins (caller
    /// not an admin) and admins (caller not the owner) are skipped silently but still listed.
    func bulkDelete(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        guard let ids = try context.body().guids("userIds") else { throw PortalError.argumentNull(parameter: "userIds") }
        var seen: Set<String> = []
        let targets = ids.compactMap { directory.person(id: $0) }.filter { !$0.isLDAP && seen.insert($0.id).inserted }
        guard targets.allSatisfy({ $0.status == .terminated }) else {
            throw PortalError.invalidOperation("Users are not suspended")
        }
        for target in targets { try ensureNoReassignment(of: target) }
        let renderer = renderer(context)
        let answer = targets.map { renderer.full($0) }
        for target in targets {
            let skipped = (target.type == .roomAdmin && !caller.isAdmin) || (target.type == .docSpaceAdmin && !caller.isOwner)
                || target.isOwner || target.id == caller.id
            if !skipped { remove(target) }
        }
        return .stream(answer)
    }

    private func ensureNoReassignment(of person: PortalPerson) throws {
        if let task = tasks[TaskKey(kind: .reassign, userID: person.id)], task.isRunning {
            throw PortalError.server("Data reassign process for \(person.plainDisplayName) is not complete.")
        }
    }

    /// Removes the profile, ends the sessions and queues the data erasure.
    private func remove(_ person: PortalPerson) {
        directory.remove(person.id)
        sessions.revokeAll(of: person.id)
        _ = startTask(.removal, userID: person.id, completion: .removeData)
    }

    /// `GET /api/2.0/people/reassign/necessary?userId=`: does the person own rooms or files.
    func reassignNecessary(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin || caller.isRoomAdmin else { throw PortalError.accessDenied }
        guard let text = context.query.nonEmpty("userId") else { throw PortalError.argumentNull(parameter: "userId") }
        guard let id = GUID.normalize(text) else { throw PortalError.invalidValue(text, for: "userId") }
        guard let person = directory.person(id: id) else { throw PortalError.userNotFound }
        return .value(.bool(person.ownsRooms))
    }

    /// `POST /api/2.0/people/reassign/start {fromUserId, toUserId, deleteProfile}`.
    func startReassign(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        let body = try context.body()
        let fromID = try body.guid("fromUserId") ?? "00000000-0000-0000-0000-000000000000"
        let toID = try body.guid("toUserId") ?? "00000000-0000-0000-0000-000000000000"
        guard let from = directory.person(id: fromID), from.status == .terminated, !from.isOwner, from.id != caller.id else {
            throw PortalError.argument("Can not reassign data from user with id = \(fromID)")
        }
        guard let to = directory.person(id: toID), to.status == .active, to.type.isPaid, to.id != from.id else {
            throw PortalError.argument("Can not reassign data to user with id = \(toID)")
        }
        let deleteProfile = try body.bool("deleteProfile") ?? false
        if let running = tasks[TaskKey(kind: .reassign, userID: from.id)], running.isRunning {
            return .value(running.json(now: clock.now))
        }
        let task = startTask(.reassign, userID: from.id, completion: .reassign(to: to.id, deleteProfile: deleteProfile))
        return .value(task.json(now: clock.now))
    }

    /// `POST /api/2.0/people/remove/start {userId}`: erase a terminated person's data.
    func startRemoval(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        let id = try context.body().guid("userId") ?? "00000000-0000-0000-0000-000000000000"
        guard let person = directory.person(id: id), person.status == .terminated, !person.isOwner, person.id != caller.id else {
            throw PortalError.argument("Can not delete user with id = \(id)")
        }
        if let running = tasks[TaskKey(kind: .removal, userID: id)], running.isRunning {
            return .value(running.json(now: clock.now))
        }
        return .value(startTask(.removal, userID: id, completion: .removeData).json(now: clock.now))
    }
}
