import DocSpaceAPI
import Foundation

/// What the terminal UI knows of the last sign-ins: the login history once read (`H` reads
/// it for the detail line; the inactive filter reads it again, fresh), the filter on the list,
/// and the read on its way. The history covers everyone: the server cuts a page of the login
/// history before it filters (`LastSignInReader`), so asking for one person costs the same.
public struct SignInsState: Sendable, Equatable {
    /// The latest history read, and when (calendar time).
    public var history: SignInHistory?
    public var readAt: Date?
    /// The inactive filter on the list, once applied.
    public var filter: InactiveFilter?
    /// The read on its way: for the detail line, or for a filter (then the people follow).
    public var reading: Reading?

    public enum Reading: Sendable, Equatable {
        case history(RequestID)
        /// The filter's history; then `people`.
        case filterHistory(RequestID, InactiveFilter.Criterion, PeopleQuery)
        case filterPeople(RequestID, InactiveFilter)

        var id: RequestID {
            switch self {
            case .history(let id), .filterHistory(let id, _, _), .filterPeople(let id, _): id
            }
        }
    }

    public init() {}

    /// The last sign-in of a person as read, or `nil` when the history has not been read.
    /// The list's column reads this (a column over every row reads the one history, not a
    /// request per person).
    public func lastSignIn(of personID: String) -> LastSignIn? {
        history?.lastSignIn(of: personID)
    }

    /// "2026-09-01 (97 days ago)", "none in the 180 days of history kept", "unknown: why".
    public static func text(_ lastSignIn: LastSignIn, now: Date, timeZone: TimeZone) -> String {
        switch lastSignIn {
        case .on(let date):
            let days = max(0, Int(now.timeIntervalSince(date) / 86_400))
            let ago =
                switch days {
                case 0: "today"
                case 1: "1 day ago"
                default: "\(NumberText.grouped(days)) days ago"
                }
            return "\(Self.day(date, timeZone: timeZone)) (\(ago))"
        case .noneWithin(let days):
            return "none in the \(days) days of login history the portal keeps"
        case .unknown(let why):
            return "unknown: \(why.words)"
        }
    }

    /// "2026-09-01" in the given time zone.
    public static func day(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(c.year ?? 0)-\(two(c.month ?? 0))-\(two(c.day ?? 0))"
    }
}
