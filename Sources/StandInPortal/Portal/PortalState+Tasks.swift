/// The asynchronous jobs: type-change demotions, data reassignment and data removal. Each
/// runs for `PortalOptions.taskDuration`, reports a growing percentage meanwhile, and applies
/// its effect when it completes, unless it was terminated first.
extension PortalState {
    /// `POST /api/2.0/people/type {type: User|Guest, userId, reassignUserId?}`.
    func startTypeChange(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        let body = try context.body()
        let type = try body.employeeType("type")
        guard let type, type == .user || type == .guest else {
            throw PortalError.argument("Can not update to \(type?.wireName ?? "All")")
        }
        guard let userID = try body.guid("userId") else { throw PortalError.argumentNull(parameter: "userId") }
        guard let target = directory.person(id: userID) else { throw PortalError.userNotFound }
        if target.isOwner { throw PortalError.accessDenied }
        if target.type == .docSpaceAdmin, !caller.isOwner { throw PortalError.accessDenied }
        guard target.id != caller.id, target.status != .terminated, target.type.rank > type.rank else {
            throw PortalError.argument("Can not update type")
        }
        let reassignID = try body.guid("reassignUserId") ?? caller.id
        guard let heir = directory.person(id: reassignID), heir.status == .active, heir.type.isPaid, heir.id != target.id else {
            throw PortalError.argument("Can not reassign data to user with id = \(reassignID)")
        }
        if let running = tasks[TaskKey(kind: .typeChange, userID: userID)], running.isRunning {
            return .value(running.json(now: clock.now))
        }
        let task = startTask(.typeChange, userID: userID, completion: .changeType(to: type, reassignTo: heir.id))
        return .value(task.json(now: clock.now))
    }

    /// `GET …/type|reassign|remove/progress/{userid}`: the task, or no `response` at all.
    func progress(_ context: RequestContext, kind: PortalTask.Kind) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin || caller.isRoomAdmin else { throw PortalError.accessDenied }
        let text = context.parameter("userid")
        guard let id = GUID.normalize(text) else { throw PortalError.invalidValue(text, for: "userid") }
        guard let task = tasks[TaskKey(kind: kind, userID: id)] else { return .value(.null) }
        return .value(task.json(now: clock.now))
    }

    /// `PUT …/type|reassign|remove/terminate {userId}`: cancels a running task (status 3).
    /// The removal route answers `void`, the others the canceled task.
    func terminateTask(_ context: RequestContext, kind: PortalTask.Kind) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        guard let userID = try context.body().guid("userId") else { throw PortalError.argumentNull(parameter: "userId") }
        let key = TaskKey(kind: kind, userID: userID)
        if var task = tasks[key], task.isRunning {
            task.status = .canceled
            task.endedAt = clock.now
            tasks[key] = task
            taskRunners.removeValue(forKey: task.id)?.cancel()
        }
        if kind == .removal { return .void }
        return .value(tasks[key]?.json(now: clock.now) ?? .null)
    }

    /// Registers a task and schedules its completion.
    func startTask(_ kind: PortalTask.Kind, userID: String, completion: PortalTask.Completion) -> PortalTask {
        let task = PortalTask(id: GUID.random(), kind: kind, userID: userID, started: clock.now,
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
        case .changeType(let type, let heirID):
            let ownedRooms = directory.person(id: task.userID)?.ownsRooms ?? false
            directory.update(task.userID) {
                $0.type = type
                $0.ownsRooms = false
            }
            if ownedRooms { directory.update(heirID) { $0.ownsRooms = true } }
        case .reassign(let heirID, let deleteProfile):
            let ownedRooms = directory.person(id: task.userID)?.ownsRooms ?? false
            directory.update(task.userID) { $0.ownsRooms = false }
            if ownedRooms { directory.update(heirID) { $0.ownsRooms = true } }
            if deleteProfile, let person = directory.person(id: task.userID), person.status == .terminated {
                directory.remove(person.id)
                sessions.revokeAll(of: person.id)
            }
        case .removeData:
            directory.update(task.userID) { $0.usedSpace = 0 }
        }
        task.status = .completed
        tasks[key] = task
    }
}
