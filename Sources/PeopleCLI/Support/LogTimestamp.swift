import Foundation

/// The activity log's time stamp, `2026-12-07T14:28:21.168Z`: UTC with milliseconds, as
/// `ISO8601DateFormatter` with internet date-time and fractional seconds writes it.
///
/// Written by hand from `gmtime_r` because the formatter loads ICU's calendar data when it is
/// made, which cost ~2.5 ms of the terminal UI's cold start (the log is opened for the first
/// request, before the first frame).
enum LogTimestamp {
    static func string(from date: Date) -> String {
        // To the nearest millisecond, as the formatter rounds (59.9999 s is the next minute).
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, fraction) = floorDivision(milliseconds, 1000)
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        var text = ""
        text.reserveCapacity(24)
        text += digits(Int(parts.tm_year) + 1900, 4) + "-" + digits(Int(parts.tm_mon) + 1, 2) + "-"
        text += digits(Int(parts.tm_mday), 2) + "T" + digits(Int(parts.tm_hour), 2) + ":"
        text += digits(Int(parts.tm_min), 2) + ":" + digits(Int(parts.tm_sec), 2) + "."
        text += digits(Int(fraction), 3) + "Z"
        return text
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value / divisor
        let remainder = value % divisor
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }

    /// `value` with leading zeros to `width` digits.
    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
