/// Writes dates as the real server's `ApiDateTimeConverter` does:
/// `yyyy-MM-ddTHH:mm:ss.fffffff` plus the portal's offset (`+03:00`), or `Z` when the offset
/// is zero. Hand-rolled rather than `DateFormatter`, which cannot write seven fractional
/// digits and is slow for pages of people.
struct PortalDateFormat: Sendable {
    var offsetMinutes: Int

    static let utc = PortalDateFormat(offsetMinutes: 0)

    func string(from instant: PortalInstant) -> String {
        let local = instant.ticks + Int64(offsetMinutes) * 60 * PortalInstant.ticksPerSecond
        let fraction = Int(((local % PortalInstant.ticksPerSecond) + PortalInstant.ticksPerSecond) % PortalInstant.ticksPerSecond)
        let seconds = (local - Int64(fraction)) / PortalInstant.ticksPerSecond
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = Self.civilDate(fromDays: days)
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T"
        text += "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
        text += ".\(pad(fraction, 7))"
        if offsetMinutes == 0 {
            text += "Z"
        } else {
            let sign = offsetMinutes > 0 ? "+" : "-"
            let magnitude = abs(offsetMinutes)
            text += "\(sign)\(pad(magnitude / 60, 2)):\(pad(magnitude % 60, 2))"
        }
        return text
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Howard Hinnant's days-from-civil inverse: days since 1970-01-01 → (year, month, day).
    static func civilDate(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
