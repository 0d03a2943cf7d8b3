import DocSpaceAPI
import Foundation

/// How a person's values read on screen: the status as a symbol *and* a word (colour is only
/// a bonus), short type names for narrow lists, sizes and dates for people.
enum PersonText {
    static func statusSymbol(_ status: EmployeeStatus) -> String {
        switch status {
        case .active: "●"
        case .pending: "◌"
        case .terminated: "⊘"
        case .other: "?"
        }
    }

    static func status(_ status: EmployeeStatus) -> String {
        statusSymbol(status) + " " + status.displayName
    }

    static func statusStyle(_ status: EmployeeStatus) -> Style {
        switch status {
        case .active: Style(.success)
        case .pending: Style(.warning)
        case .terminated: Style(.danger)
        case .other: Style(.muted)
        }
    }

    /// What the person's `activationStatus` means, in words. The server's
    /// `EmployeeActivationStatus` says whether the e-mail address is confirmed: Pending (2) is
    /// set on people invited (status Pending until they join) and on people added directly
    /// (`POST people`, `POST people/active`: active at once, no invitation); an accepted
    /// invitation makes it Activated. So on an active person 2 is not an invitation waiting.
    static func activation(_ person: Person) -> String {
        switch person.activationStatus {
        case .activated: "Activated"
        case .notActivated: "E-mail not confirmed"
        case .pending:
            switch person.status {
            case .pending: "Invited, not joined yet"
            case .active: "Added directly, e-mail not confirmed (no invitation to accept)"
            case .terminated, .other: "E-mail not confirmed"
            }
        case .other(let value): "Activation \(value)"
        }
    }

    static func shortType(_ type: EmployeeType) -> String {
        switch type {
        case .docSpaceAdmin: "Admin"
        case .roomAdmin: "Room admin"
        case .user: "User"
        case .guest: "Guest"
        }
    }

    /// "12.3 MB"
    static func bytes(_ value: Double) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var v = value
        var unit = 0
        while v >= 1024 && unit < units.count - 1 {
            v /= 1024
            unit += 1
        }
        return unit == 0 ? "\(Int(v)) B" : String(format: "%.1f %@", v, units[unit])
    }

    /// A server date in the viewer's local time: "2026-03-02 17:05 (UTC+02:00)".
    static func localDate(_ date: APIDate?, timeZone: TimeZone) -> String? {
        guard let date else { return nil }
        guard let instant = date.date else { return date.text }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let seconds = timeZone.secondsFromGMT(for: instant)
        let sign = seconds < 0 ? "-" : "+"
        let offset = String(format: "UTC%@%02d:%02d", sign, abs(seconds) / 3600, abs(seconds) % 3600 / 60)
        return String(
            format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0,
            c.hour ?? 0, c.minute ?? 0) + " (\(offset))"
    }
}
