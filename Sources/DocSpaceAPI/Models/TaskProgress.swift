/// A long-running server task (type change, data reassign, data removal):
/// `TaskProgressResponseDto`.
public struct TaskProgress: Sendable, Hashable {
    public enum State: Sendable, Hashable {
        case created, running, completed, canceled, failed
        case other(Int)
        public init(rawValue: Int) {
            switch rawValue {
            case 0: self = .created
            case 1: self = .running
            case 2: self = .completed
            case 3: self = .canceled
            case 4: self = .failed
            default: self = .other(rawValue)
            }
        }
    }
    public var id: String
    /// `nil` when the server sent none or an empty string (both mean "no error").
    public var error: String?
    public var percentage: Int
    public var isCompleted: Bool
    public var state: State
    public init(id: String, error: String?, percentage: Int, isCompleted: Bool, state: State) {
        self.id = id
        self.error = error
        self.percentage = percentage
        self.isCompleted = isCompleted
        self.state = state
    }
}
