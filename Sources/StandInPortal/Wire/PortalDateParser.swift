/// Reads a date as `ApiDateTime.Parse` accepts it from a query: `yyyy-MM-dd`, or
/// `yyyy-MM-ddTHH:mm:ss` with an optional fraction (up to seven digits) and an optional `Z` or
/// `±hh:mm`. No offset is read as UTC (`DateTimeStyles.AdjustToUniversal`).
enum PortalDateParser {
    static func instant(from text: String) -> PortalInstant? {
        var scanner = Scanner(bytes: Array(text.utf8))
        guard let year = scanner.number(4), scanner.skip("-"), let month = scanner.number(2), scanner.skip("-"),
            let day = scanner.number(2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = Int64(daysFromCivil(year: year, month: month, day: day)) * 86_400
        var ticks: Int64 = 0
        if scanner.atEnd { return PortalInstant(ticks: seconds * PortalInstant.ticksPerSecond) }
        guard scanner.skip("T"), let hour = scanner.number(2), scanner.skip(":"), let minute = scanner.number(2),
            scanner.skip(":"), let second = scanner.number(2), hour < 24, minute < 60, second < 60
        else { return nil }
        seconds += Int64(hour * 3600 + minute * 60 + second)
        if scanner.skip(".") {
            var digits = 0
            while let d = scanner.number(1) {
                guard digits < 7 else { return nil }
                ticks = ticks * 10 + Int64(d)
                digits += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<7 { ticks *= 10 }
        }
        if scanner.skip("Z") {
        } else if let sign = scanner.sign() {
            guard let h = scanner.number(2), scanner.skip(":"), let m = scanner.number(2) else { return nil }
            seconds -= Int64(sign * (h * 3600 + m * 60))
        }
        guard scanner.atEnd else { return nil }
        return PortalInstant(ticks: seconds * PortalInstant.ticksPerSecond + ticks)
    }

    /// Howard Hinnant's days-from-civil: (year, month, day) → days since 1970-01-01.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private struct Scanner {
        var bytes: [UInt8]
        var index = 0
        var atEnd: Bool { index == bytes.count }

        mutating func skip(_ character: Character) -> Bool {
            guard !atEnd, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
            index += 1
            return true
        }

        mutating func number(_ width: Int) -> Int? {
            guard index + width <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + width] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += width
            return value
        }

        mutating func sign() -> Int? {
            if skip("+") { return 1 }
            if skip("-") { return -1 }
            return nil
        }
    }
}
