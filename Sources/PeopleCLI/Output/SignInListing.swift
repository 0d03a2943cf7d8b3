import DocSpaceAPI
import Foundation
import PeopleCore

/// `list --inactive`/`--never-signed-in`: people with their last sign-in, as a table, JSON or
/// CSV. "none in N days" (never `never`): the portal keeps only N days of login history.
enum SignInListing {
    struct Row: Encodable {
        var id: String
        var displayName: String
        var email: String
        var type: String
        var status: String
        /// `yyyy-MM-ddTHH:mm:ssZ`, or `null` when there is none within the kept history.
        var lastSignIn: String?
        /// Days of login history the portal keeps: "no sign-in" means none within them.
        var keptDays: Int
    }

    static func rows(_ people: [Person], _ history: SignInHistory, keptDays: Int) -> [Row] {
        people.map { person in
            var date: String?
            if case .on(let when) = history.lastSignIn(of: person.id) { date = timestamp(when) }
            return Row(
                id: person.id, displayName: person.displayName, email: person.email ?? "",
                type: person.type.displayName, status: statusWord(person.status), lastSignIn: date,
                keptDays: keptDays)
        }
    }

    static func table(_ rows: [Row]) -> TextTable {
        var table = TextTable(
            header: ["NAME", "E-MAIL", "TYPE", "STATUS", "LAST SIGN-IN", "ID"], maxWidths: [32, 40, 15, 12, 20, 36])
        for row in rows {
            table.append([
                row.displayName, row.email, row.type, row.status,
                row.lastSignIn.map { String($0.prefix(10)) }
                    ?? "none in \(row.keptDays) days", row.id,
            ])
        }
        return table
    }

    static func csv(_ rows: [Row]) -> String {
        var lines = [CSVText.line(["id", "displayName", "email", "type", "status", "lastSignIn", "keptDays"])]
        for row in rows {
            lines.append(
                CSVText.line([
                    row.id, row.displayName, row.email, row.type, row.status, row.lastSignIn ?? "",
                    String(row.keptDays),
                ]))
        }
        return lines.joined(separator: "\n")
    }

    /// A plain word for programs (the table's "● Active" is for people).
    static func statusWord(_ status: EmployeeStatus) -> String {
        switch status {
        case .active: "active"
        case .terminated: "terminated"
        case .pending: "pending"
        case .other(let value): String(value)
        }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
