/// Writes dates as the real server's `ApiDateTimeConverter` does:
/// `yyyy-MM-ddTHH:mm:ss.fffffff` plus the portal's offset (`+03:00`), or `Z` when the offset
/// is zero. Hand-rolled rather than `DateFormatter`, which cannot write seven fractional
/// digits and is slow for pages of people.
struct PortalDateFormat: Sendable {
    var offsetMinutes: Int

    static let utc = PortalDateFormat(offsetMinutes: 0)

    func string(from instant: PortalInstant) -> String {
        let local = instant.ticks + Int64(offsetMinutes) * 60 * PortalInstant.ticksPerSecond
        let fraction = Int(
            ((local % PortalInstant.ticksPerSecond) + PortalInstant.ticksPerSecond) % PortalInstant.ticksPerSecond)
        let seconds = (local - Int64(fraction)) / PortalInstant.ticksPerSecond
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = Self.civilDate(fromDays: days)
        var text: [UInt8] = []
        text.reserveCapacity(33)
        digits(year, 4, &text)
        text.append(UInt8(ascii: "-"))
        digits(month, 2, &text)
        text.append(UInt8(ascii: "-"))
        digits(day, 2, &text)
        text.append(UInt8(ascii: "T"))
        digits(secondOfDay / 3600, 2, &text)
        text.append(UInt8(ascii: ":"))
        digits(secondOfDay / 60 % 60, 2, &text)
        text.append(UInt8(ascii: ":"))
        digits(secondOfDay % 60, 2, &text)
        text.append(UInt8(ascii: "."))
        digits(fraction, 7, &text)
        if offsetMinutes == 0 {
            text.append(UInt8(ascii: "Z"))
        } else {
            text.append(offsetMinutes > 0 ? UInt8(ascii: "+") : UInt8(ascii: "-"))
            let magnitude = abs(offsetMinutes)
            digits(magnitude / 60, 2, &text)
            text.append(UInt8(ascii: ":"))
            digits(magnitude % 60, 2, &text)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `value` in decimal, zero-padded to at least `width` digits (a page of people writes two
    /// dates per person, so no intermediate strings).
    private func digits(_ value: Int, _ width: Int, _ text: inout [UInt8]) {
        if value < 0 {  // never for real dates; padded as before, zeros first
            let plain = String(value)
            for _ in plain.utf8.count..<max(plain.utf8.count, width) { text.append(UInt8(ascii: "0")) }
            text.append(contentsOf: plain.utf8)
            return
        }
        var divisor = 1
        var count = 1
        while divisor <= value / 10 {
            divisor *= 10
            count += 1
        }
        for _ in count..<max(count, width) { text.append(UInt8(ascii: "0")) }
        var rest = value
        while divisor > 0 {
            text.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
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
