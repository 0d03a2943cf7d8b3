import Foundation

/// The calendar time behind the app's clock, for what must carry a real date (audit
/// entries, the results file's name) while `update` stays pure: the store sets it once, and
/// `now` (seconds on the front end's monotonic clock) moves it on.
public struct WallClock: Sendable, Equatable {
    /// Seconds since 1970 when `AppState.now` was 0.
    public var origin: Double
    /// The local time zone's offset from UTC, in seconds, for file names.
    public var utcOffset: Int

    public init(origin: Double = 0, utcOffset: Int = 0) {
        self.origin = origin; self.utcOffset = utcOffset
    }

    public func date(at now: Double) -> Date { Date(timeIntervalSince1970: origin + now) }

    /// "20261129-071500", local time.
    public func stamp(at now: Double) -> String {
        let seconds = Int((origin + now).rounded(.down)) + utcOffset
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                            from: Date(timeIntervalSince1970: Double(seconds)))
        func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.year ?? 1970)\(two(parts.month))\(two(parts.day))-\(two(parts.hour))\(two(parts.minute))\(two(parts.second))"
    }
}
