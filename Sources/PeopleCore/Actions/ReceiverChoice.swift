import DocSpaceAPI

/// The small picker of who receives someone's rooms and files: the signed-in admin first
/// (the portal's own default), then the active DocSpace admins a `people/filter` query found.
public struct ReceiverChoice: Sendable, Equatable {
    /// What the choice is for; where the flow goes on once someone is chosen.
    public enum Purpose: Sendable, Equatable {
        /// A demotion: then the confirmation.
        case typeChange(TypeChangePlan)
        /// A hand-over before a delete: back to the hand-over dialog.
        case handover(HandoverChoice)
        /// Off-boarding: the rooms of those who own some; then the off-boarding question.
        case offboard(OffboardQuestion)
    }

    public var purpose: Purpose
    public var candidates: [Person]
    public var cursor: Int = 0
    /// The admins are still being listed.
    public var isLoading: Bool = true
    /// Why the list holds only the signed-in admin, when listing failed.
    public var problem: String?

    public init(purpose: Purpose, me: Person) {
        self.purpose = purpose
        self.candidates = [me]
    }

    /// The people whose data is handed over: never offered as the receiver.
    public var giving: [Person] {
        switch purpose {
        case .typeChange(let plan): plan.demotions
        case .handover(let choice): choice.needing
        case .offboard(let question): question.plan.people
        }
    }

    public var chosen: Person? { candidates.indices.contains(cursor) ? candidates[cursor] : nil }

    /// Off-boarding offers, after the people, to keep the rooms for later (no hand-over).
    public var offersKeeping: Bool {
        if case .offboard = purpose { return true }
        return false
    }

    /// The cursor is on "keep their rooms for later".
    public var keepsRooms: Bool { offersKeeping && cursor == candidates.count }

    /// The admins listed: active, paid (only they may receive rooms), not the givers, not twice.
    public mutating func add(_ people: [Person]) {
        let excluded = Set(giving.map(\.id) + candidates.map(\.id))
        candidates += people.filter {
            !excluded.contains($0.id) && $0.status == .active
                && ($0.type == .docSpaceAdmin || $0.type == .roomAdmin)
        }
        isLoading = false
    }

    public mutating func move(_ step: Int) {
        let last = offersKeeping ? candidates.count : candidates.count - 1
        cursor = min(max(0, cursor + step), max(0, last))
    }
}
