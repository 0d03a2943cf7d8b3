import Foundation

/// The calendar time of the app's clock, for what must carry a real date: audit entries, the
/// results and export files' default names.
///
/// `update` is pure and its clock (`AppState.now`) counts seconds since the app started; the
/// front end tells once what time that start was, and the local time zone's offset.
public struct WallClock: Sendable, Equatable {
    /// Seconds since 1970 (UTC) when `AppState.now` was 0.
    public var epochAtZero: Double
    /// The local time zone's offset from UTC, in seconds.
    public var utcOffset: Int

    public init(epochAtZero: Double = 0, utcOffset: Int = 0) {
        self.epochAtZero = epochAtZero
        self.utcOffset = utcOffset
    }

    /// The same, named as the store and the bulk tests name it: `origin` is when `now` was 0.
    public init(origin: Double, utcOffset: Int = 0) {
        self.init(epochAtZero: origin, utcOffset: utcOffset)
    }

    /// The moment `now` seconds on the app's clock stand for (audit entries).
    public func date(at now: Double) -> Date { Date(timeIntervalSince1970: epochAtZero + now) }

    /// "20261129-071500", local time (file names).
    public func stamp(at now: Double) -> String { civil(at: now).compactStamp }

    /// A local date and time.
    public struct Civil: Sendable, Equatable {
        public var year, month, day, hour, minute, second: Int

        /// "20261129-071500".
        public var compactStamp: String {
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(year)\(two(month))\(two(day))-\(two(hour))\(two(minute))\(two(second))"
        }
    }

    /// The local time at `now` seconds on the app's clock.
    public func civil(at now: Double) -> Civil {
        let seconds = Int((epochAtZero + now).rounded(.down)) + utcOffset
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        // Howard Hinnant's days-to-civil.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return Civil(
            year: year, month: month, day: day, hour: rest / 3_600, minute: rest % 3_600 / 60, second: rest % 60)
    }
}
