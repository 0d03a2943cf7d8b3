/// Paid or free seats, the server's `Payments` (`payments` of `people/filter`, sent as its
/// number). The server counts a person as paid when they are in neither the users' nor the
/// guests' system group — DocSpace admins (the owner too) and room admins — and as free when
/// they are in one of them: users and guests (`UserController.GetByFilterAsync`).
public enum Payments: Int, Sendable, Hashable, CaseIterable {
    /// DocSpace admins and room admins: the seats the plan counts.
    case paid = 0
    /// Users and guests.
    case free = 1

    public var displayName: String {
        switch self {
        case .paid: "paid"
        case .free: "free"
        }
    }
}
