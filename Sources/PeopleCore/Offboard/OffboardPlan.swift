import DocSpaceAPI

/// Off-boarding in one step, as a plan: for each person, the existing changes one after the
/// other — sign out everywhere, turn off API keys, terminate — and the hand-over of their
/// rooms to a receiver (or keeping them).
///
/// Why a plan of existing changes and not a new change: each step already has its rules
/// (`ChangeKind.refusal`), its request, its re-read and its report on the one change path.
/// The plan only decides the order and who goes on: a person whose step fails has their later
/// steps "not sent"; the others go on. So each person's steps run as changes of that one
/// person (`OffboardRun`): `ChangeRun` stops the rest of a run after a failed batch, which is
/// right within one change but would let one person's refusal stop another's off-boarding.
public struct OffboardPlan: Sendable, Equatable {
    public var people: [Person]
    /// Who receives the rooms of those who own some; `nil`: the rooms are kept for later.
    public var receiver: Person?
    public var steps: [OffboardStep] = OffboardStep.all

    public init(people: [Person], receiver: Person?) {
        self.people = people
        self.receiver = receiver
    }

    /// Why the plan cannot go, before anything is sent: a receiver who is among the people,
    /// or who is not an active DocSpace admin or room admin (the portal hands rooms only to
    /// such a person).
    public var problem: String? {
        guard let receiver else { return nil }
        if people.contains(where: { $0.id == receiver.id }) {
            return "the receiver \(receiver.email ?? receiver.id) is among the people to off-board"
        }
        if receiver.status != .active { return "the receiver \(receiver.email ?? receiver.id) is not active" }
        if receiver.type != .docSpaceAdmin && receiver.type != .roomAdmin && !receiver.isOwner {
            return "the receiver must be a DocSpace admin or a room admin"
        }
        return nil
    }

    /// The confirmation's lines: every step, what undoes it, and every person.
    public var lines: [String] {
        stepLines + [Self.stopRule] + people.map { "  \($0.displayName) <\($0.email ?? $0.id)>" }
    }

    /// Who goes on after a failure, said before anything is sent.
    public static let stopRule = "A step that fails for a person stops that person's later steps, not the others'."

    /// The heading and every step with what undoes it (the terminal UI lists the people
    /// itself, scrolling).
    public var stepLines: [String] {
        var lines = ["Off-board \(PeopleCount(people.count).text)? For each, in this order:"]
        for (index, step) in steps.enumerated() {
            guard step == .handOver else {
                lines.append("  \(index + 1). \(step.name) — \(step.undo)")
                continue
            }
            // Rooms kept: nothing is sent for them, so there is nothing to undo.
            lines.append(
                receiver.map {
                    "  \(index + 1). hand over their rooms and shared files to \($0.displayName) <\($0.email ?? $0.id)> — \(step.undo)"
                } ?? "  \(index + 1). keep their rooms (no hand-over) — nothing is sent; hand them over later")
        }
        return lines
    }
}
