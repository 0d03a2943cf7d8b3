/// The asynchronous jobs: type-change demotions, data reassignment and data removal. Each
/// runs for `PortalOptions.taskDuration`, reports a growing percentage meanwhile, and applies
/// its effect when it completes, unless it was terminated first.
extension PortalState {
    /// `POST /api/2.0/people/type {type: User|Guest, userId, reassignUserId?}`
    /// (`StartUserTypeUpdate`). In the server's order: a type other than User or Guest →
    /// 400 "Can not update to …"; the permission for the type (admins; room admins too, as
    /// the type is User or Guest) and, for Guest, the portal's guest invitations → 403;
    /// an unknown or terminated person, a terminated receiver, the receiver being the
    /// person, or the caller being the person → 400 "Can not update type"; a DocSpace admin
    /// (the owner included) when the caller is not the owner → 400 "Can not update type for
    /// admin"; a receiver who is not a DocSpace admin or room admin → 400 "Can not reassign
    /// to user - {reassignUserId}". There is no "must be a demotion" check. The receiver
    /// defaults to the caller. A task already running for the person is answered as is.
    func startTypeChange(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        let body = try context.body()
        let type = try body.employeeType("type")
        guard let type, type == .user || type == .guest else {
            throw PortalError.argument("Can not update to \(type?.wireName ?? "All")")
        }
        guard mayAddOrRemove(type, caller: caller) else { throw PortalError.accessDenied }
        if type == .guest, !options.allowInvitingGuests { throw PortalError.accessDenied }
        let target = try body.guid("userId").flatMap { directory.person(id: $0) }
        let receiverID = try body.guid("reassignUserId")
        // An id that resolves to no one is the system "LostUser"; the stand-in treats an
        // unknown receiver as not being an admin.
        let receiver = receiverID.map { directory.person(id: $0) } ?? caller.person
        guard let target, target.status != .terminated, receiver?.status != .terminated, target.id != receiver?.id,
            target.id != caller.id
        else {
            throw PortalError.argument("Can not update type")
        }
        if !caller.isOwner, target.type == .docSpaceAdmin {
            throw PortalError.argument("Can not update type for admin")
        }
        guard let receiver, receiver.type.isPaid else {
            throw PortalError.argument("Can not reassign to user - \(receiverID ?? "")")
        }
        if let running = tasks[TaskKey(kind: .typeChange, userID: target.id)], running.isRunning {
            return .value(running.json(now: clock.now))
        }
        let task = startTask(.typeChange, userID: target.id, completion: .changeType(to: type, reassignTo: receiver.id))
        return .value(task.json(now: clock.now))
    }

    /// `GET …/type|reassign|remove/progress/{userid}`: the task, or no `response` at all.
    /// The reassignment's progress of a DocSpace admin is for the owner only (403).
    func progress(_ context: RequestContext, kind: PortalTask.Kind) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin || caller.isRoomAdmin else { throw PortalError.accessDenied }
        let text = context.parameter("userid")
        guard let id = GUID.normalize(text) else { throw PortalError.invalidValue(text, for: "userid") }
        if kind == .reassign { try ensureOwnerForAdmin(id, caller: caller) }
        guard let task = tasks[TaskKey(kind: kind, userID: id)] else { return .value(.null) }
        return .value(task.json(now: clock.now))
    }

    /// `PUT …/type|reassign|remove/terminate {userId}` (`TerminateUserTypeUpdate`,
    /// `TerminateReassign`): any task the person has — running or finished — is answered
    /// as Canceled with `isCompleted: true` and taken off the queue (`QueueWorker.Terminate`
    /// dequeues it), so a later progress request finds none; a running one never applies.
    /// The removal route answers `void`. Reassignments of a DocSpace admin: owner only (403).
    func terminateTask(_ context: RequestContext, kind: PortalTask.Kind) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        guard let userID = try context.body().guid("userId") else {
            throw PortalError.argumentNull(parameter: "userId")
        }
        if kind == .reassign { try ensureOwnerForAdmin(userID, caller: caller) }
        let key = TaskKey(kind: kind, userID: userID)
        guard var task = tasks.removeValue(forKey: key) else { return kind == .removal ? .void : .value(.null) }
        taskRunners.removeValue(forKey: task.id)?.cancel()
        task.stoppedAt = task.percentage(now: clock.now)
        task.status = .canceled
        if kind == .removal { return .void }
        return .value(task.json(now: clock.now))
    }

    /// `ReassignController`: a DocSpace admin's reassignment is the owner's business.
    private func ensureOwnerForAdmin(_ userID: String, caller: Caller) throws {
        if directory.person(id: userID)?.type == .docSpaceAdmin, !caller.isOwner { throw PortalError.accessDenied }
    }

    /// Registers a task and schedules its completion.
    func startTask(_ kind: PortalTask.Kind, userID: String, completion: PortalTask.Completion) -> PortalTask {
        let task = PortalTask(
            id: GUID.random(), kind: kind, userID: userID, started: clock.now,
            duration: options.taskDuration, completion: completion)
        let key = TaskKey(kind: kind, userID: userID)
        tasks[key] = task
        let duration = options.taskDuration
        taskRunners[task.id] = Task { [self] in
            try? await Task.sleep(for: duration)
            guard !Task.isCancelled else { return }
            complete(key, taskID: task.id)
        }
        return task
    }

    private func complete(_ key: TaskKey, taskID: String) {
        taskRunners[taskID] = nil
        guard var task = tasks[key], task.id == taskID, task.isRunning else { return }
        switch task.completion {
        case .changeType(let type, let receiverID):
            directory.update(task.userID) { $0.type = type }
            handOverData(of: task.userID, to: receiverID)
        case .reassign(let receiverID, let deleteProfile):
            handOverData(of: task.userID, to: receiverID)
            if deleteProfile, let person = directory.person(id: task.userID), person.status == .terminated {
                directory.remove(person.id)
                sessions.revokeAll(of: person.id)
                leaveRooms(person.id)
            }
        case .removeData(let callerID):
            handOverRooms(of: task.userID, to: callerID)
            directory.update(task.userID) { $0.usedSpace = 0 }
        }
        task.status = .completed
        tasks[key] = task
    }

    /// Rooms and shared files go to the receiver.
    private func handOverData(of userID: String, to receiverID: String) {
        guard let person = directory.person(id: userID) else { return }
        handOverRooms(of: userID, to: receiverID)
        directory.update(userID) { $0.sharesFiles = false }
        directory.update(receiverID) { $0.sharesFiles = $0.sharesFiles || person.sharesFiles }
    }
}
