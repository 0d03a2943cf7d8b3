/// A running or finished asynchronous job (type change, data reassignment, data removal),
/// reported as `TaskProgressResponseDto` `{id, error, percentage, isCompleted, status}`.
struct PortalTask: Sendable {
    enum Kind: Sendable, Hashable {
        case typeChange, reassign, removal
    }

    /// `DistributedTaskStatus`.
    enum Status: Int, Sendable {
        case created = 0
        case running = 1
        case completed = 2
        case canceled = 3
        case failed = 4
    }

    var id: String
    var kind: Kind
    var userID: String
    var status: Status = .running
    var error = ""
    var started: ContinuousClock.Instant
    var duration: Duration
    /// Where its percentage stopped when it was canceled (100 for a finished task).
    var stoppedAt: Int?
    /// What happens when it completes.
    var completion: Completion

    enum Completion: Sendable {
        case changeType(to: PortalEmployeeType, reassignTo: String)
        case reassign(to: String, deleteProfile: Bool)
        /// `RemoveProgressItem`: the data erased, the rooms the person owned given to the admin
        /// who asked (`ReassignRoomsAsync(UserId, _currentUserId)`).
        case removeData(by: String)
    }

    var isRunning: Bool { status == .running || status == .created }

    /// 100 when completed; the percentage it stopped at when canceled; otherwise the share
    /// of `duration` elapsed (at most 99).
    func percentage(now: ContinuousClock.Instant) -> Int {
        if let stoppedAt { return stoppedAt }
        switch status {
        case .completed: return 100
        case .created: return 0
        case .running, .canceled, .failed:
            let fraction = duration == .zero ? 1 : (now - started) / duration
            return max(0, min(99, Int(fraction * 100)))
        }
    }

    func json(now: ContinuousClock.Instant) -> JSON {
        var o = JSONObject()
        o.set("id", id)
        o.set("error", error)
        o.set("percentage", percentage(now: now))
        o.set("isCompleted", status == .completed || status == .canceled || status == .failed)
        o.set("status", status.rawValue)
        return .object(o)
    }
}
