import DocSpaceAPI
import Foundation

/// "No sign-in for N days" over the list (`:inactive 90d`, `:never-signed-in`, `D`): the people
/// of the list's query whose last sign-in in the portal's login history is older than the
/// cut-off, or who have none in the kept history.
public struct InactiveFilter: Sendable, Equatable {
    public enum Criterion: Sendable, Equatable {
        /// No sign-in for this many days.
        case days(Int)
        /// No sign-in in the whole kept history (the portal cannot say "never").
        case never
    }

    public var criterion: Criterion
    /// The login history this filter was made from.
    public var history: SignInHistory
    /// When it was read (the calendar time), for the ages and the title.
    public var readAt: Date
    /// The people of the list's query read to filter (before filtering).
    public var readCount: Int
    /// The order of the list: by last sign-in, oldest (and none) first unless reversed.
    public var newestFirst = false

    /// The key's filter: 90 days, the usual "inactive" of licence reviews.
    public static let defaultDays = 90

    public init(criterion: Criterion, history: SignInHistory, readAt: Date, readCount: Int) {
        self.criterion = criterion
        self.history = history
        self.readAt = readAt
        self.readCount = readCount
    }

    /// "no sign-in for 90 days", "no sign-in in the 180 days kept".
    public var label: String {
        switch criterion {
        case .days(let days): "no sign-in for \(days) days (of \(history.keptDays.map(String.init) ?? "?") kept)"
        case .never: "no sign-in in the \(history.keptDays.map(String.init) ?? "?") days kept"
        }
    }

    /// Why the portal's history cannot answer this filter, or `nil` when it can: unknown
    /// for everyone (no Audit on the plan, no rights), or kept for fewer days than asked.
    public static func problem(_ criterion: Criterion, _ history: SignInHistory) -> String? {
        if let unknown = history.unknown { return "the last sign-ins are unknown: \(unknown.words)" }
        guard let keptDays = history.keptDays else { return "the portal did not say how long it keeps login history" }
        if case .days(let days) = criterion, days > keptDays {
            return
                "the portal keeps \(keptDays) days of login history: it cannot tell who has not signed in for \(days) days"
        }
        return nil
    }

    /// The people the filter keeps, ordered by last sign-in (none first, then the oldest).
    public func people(among everyone: [Person]) -> [Person] {
        let chosen: [Person]
        switch criterion {
        case .days(let days):
            let cutoff = readAt.addingTimeInterval(-Double(days) * 86_400)
            chosen = everyone.filter { history.lastSignIn(of: $0.id).isInactive(since: cutoff, now: readAt) == true }
        case .never:
            chosen = everyone.filter {
                if case .noneWithin = history.lastSignIn(of: $0.id) { true } else { false }
            }
        }
        return sorted(chosen)
    }

    /// By last sign-in, none (in the kept history) first, then oldest first; `newestFirst`
    /// turns it round. Ties by name, so the order is stable.
    public func sorted(_ people: [Person]) -> [Person] {
        let keyed = people.map { person -> (Person, Date) in
            switch history.lastSignIn(of: person.id) {
            case .on(let date): (person, date)
            case .noneWithin, .unknown: (person, .distantPast)
            }
        }
        let ordered = keyed.sorted { a, b in
            a.1 == b.1 ? a.0.displayName < b.0.displayName : a.1 < b.1
        }
        let people = ordered.map(\.0)
        return newestFirst ? people.reversed() : people
    }

    /// Reads `90d`, `90`, `12w`, `6m` (30-day months) as days.
    public static func days(parsing text: String) -> Int? {
        let lower = text.lowercased()
        let units: [(String, Int)] = [("d", 1), ("w", 7), ("m", 30)]
        for (suffix, factor) in units where lower.hasSuffix(suffix) {
            guard let n = Int(lower.dropLast()), n > 0, n <= 100_000 else { return nil }
            return n * factor
        }
        guard let n = Int(lower), n > 0, n <= 100_000 else { return nil }
        return n
    }
}
