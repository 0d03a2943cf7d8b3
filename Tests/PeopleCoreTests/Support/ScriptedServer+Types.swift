import DocSpaceAPI

@testable import PeopleCore

/// What the scripted server needs for type changes and hand-overs: who owns rooms, and the
/// portal's tasks, which advance by `step` percent on each progress request.
struct TypesScript: Sendable {
    /// People who own rooms or shared files (`reassign/necessary` answers true).
    var roomOwners: Set<String> = []
    /// Percent a task advances per progress request.
    var step = 50
    /// Tasks that end with this error message instead of completing.
    var failing: [String: String] = [:]
    var typeTasks: [String: (progress: TaskProgress, type: EmployeeType, receiver: String?)] = [:]
    var reassignTasks: [String: (progress: TaskProgress, receiver: String)] = [:]
}

extension ScriptedServer {
    mutating func answerTypes(_ request: Request) -> Response {
        switch request {
        case .startTypeChange(let userID, let type, let receiver):
            guard people.contains(where: { $0.id == userID }) else {
                return .failure(.notFound(message: "The user could not be found"))
            }
            let progress = TaskProgress(
                id: "task-\(userID)", error: nil, percentage: 0, isCompleted: false, state: .running)
            types.typeTasks[userID] = (progress, type, receiver)
            return .task(progress)
        case .typeChangeProgress(let userID):
            guard var task = types.typeTasks[userID] else { return .task(nil) }
            task.progress = advance(task.progress, userID)
            if task.progress.isCompleted, task.progress.error == nil,
                let index = people.firstIndex(where: { $0.id == userID })
            {
                people[index] = people[index].retyped(task.type)
                if types.roomOwners.remove(userID) != nil, let receiver = task.receiver {
                    types.roomOwners.insert(receiver)
                }
            }
            types.typeTasks[userID] = task
            return .task(task.progress)
        case .reassignNecessary(let ids):
            return .handoverNeeds(ids.map { .known(id: $0, needed: types.roomOwners.contains($0)) })
        case .startReassign(let from, let to):
            let progress = TaskProgress(
                id: "reassign-\(from)", error: nil, percentage: 0, isCompleted: false, state: .running)
            types.reassignTasks[from] = (progress, to)
            return .task(progress)
        case .reassignProgress(let userID):
            guard var task = types.reassignTasks[userID] else { return .task(nil) }
            task.progress = advance(task.progress, userID)
            if task.progress.isCompleted, task.progress.error == nil, types.roomOwners.remove(userID) != nil {
                types.roomOwners.insert(task.receiver)
            }
            types.reassignTasks[userID] = task
            return .task(task.progress)
        case .cancelTypeChange(let userID):
            guard var task = types.typeTasks[userID] else { return .task(nil) }
            task.progress = Self.cancelled(task.progress)
            types.typeTasks[userID] = task
            return .task(task.progress)
        case .cancelReassign(let userID):
            guard var task = types.reassignTasks[userID] else { return .task(nil) }
            task.progress = Self.cancelled(task.progress)
            types.reassignTasks[userID] = task
            return .task(task.progress)
        default:
            return .failure(.transport(message: "not a type request"))
        }
    }

    /// As the portal cancels (`QueueWorker.Terminate`): any task, a finished one too, is
    /// answered Canceled and completed.
    private static func cancelled(_ progress: TaskProgress) -> TaskProgress {
        var next = progress
        next.state = .canceled
        next.isCompleted = true
        return next
    }

    private func advance(_ progress: TaskProgress, _ userID: String) -> TaskProgress {
        guard !progress.isCompleted else { return progress }
        var next = progress
        next.percentage = min(100, progress.percentage + types.step)
        if next.percentage == 100 {
            next.isCompleted = true
            if let message = types.failing[userID] {
                next.error = message
                next.state = .failed
            } else {
                next.state = .completed
            }
        }
        return next
    }
}

extension Person {
    /// The same person with another type (the flags the server sets).
    func retyped(_ type: EmployeeType) -> Person {
        var copy = self
        copy.isAdmin = type == .docSpaceAdmin && !isOwner ? true : (isOwner ? isAdmin : false)
        copy.isRoomAdmin = type == .roomAdmin
        copy.isCollaborator = type == .user
        copy.isVisitor = type == .guest
        return copy
    }
}
