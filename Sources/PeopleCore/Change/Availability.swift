/// Whether an action can run now, for the action bar.
public enum Availability: Sendable, Equatable {
    case available
    case unavailable(String)

    public var reason: String? {
        if case .unavailable(let reason) = self { return reason }
        return nil
    }
}
