import DocSpaceAPI

/// The one off-boarding question: the plan (every step, what undoes it, every person, the
/// receiver or rooms kept), who of the people own rooms, and the portal. Only `y` answers it.
public struct OffboardQuestion: Sendable, Equatable {
    public var plan: OffboardPlan
    /// Those of the people who own rooms or shared files (`reassign/necessary`).
    public var owners: [Person]
    public var portal: String

    public init(plan: OffboardPlan, owners: [Person], portal: String) {
        self.plan = plan
        self.owners = owners
        self.portal = portal
    }

    /// The question's lines: the plan's, then who owns rooms and what becomes of them.
    public var lines: [String] { plan.lines + [roomsLine] }

    /// Who owns rooms and what becomes of them.
    public var roomsLine: String {
        guard !owners.isEmpty else { return "Nobody of them owns rooms or shared files." }
        let count = owners.count == 1 ? "1 of them owns" : "\(owners.count) of them own"
        let fate = plan.receiver.map { "handed to \($0.email ?? $0.displayName)" } ?? "kept for later (no hand-over)"
        return "\(count) rooms or shared files (⌂ below): \(fate)."
    }

    /// Whether the person owns rooms or shared files.
    public func owns(_ person: Person) -> Bool { owners.contains { $0.id == person.id } }
}
