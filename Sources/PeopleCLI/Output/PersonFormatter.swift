import TerminalUI
import DocSpaceAPI
import Foundation

/// Turns people into the CLI's three outputs: a table for people, JSON and CSV for programs.
///
/// Table and detail text passes through `TerminalText` (a profile is written by anyone and
/// must not be able to send escape sequences to the admin's terminal); JSON is exact.
enum PersonFormatter {
    static func table(_ people: [Person]) -> String {
        let header = ["NAME", "E-MAIL", "TYPE", "STATUS", "ID"]
        let rows = people.map { person in
            [person.displayName, person.email ?? "", person.type.displayName,
             statusWord(person), person.id]
        }
        return TextTable(header: header, rows: rows, maxWidths: [32, 40, 15, 12, 36]).render()
    }

    static func statusWord(_ person: Person) -> String {
        switch person.status {
        case .active: person.activationStatus == .pending ? "● active*" : "● active"
        case .terminated: "✕ disabled"
        case .pending: "○ pending"
        case .other(let value): "? \(value)"
        }
    }

    /// Everything the API says about one person, one "label: value" line each.
    static func detail(_ person: Person) -> String {
        var lines: [(String, String)] = [
            ("Name", person.displayName),
            ("First name", person.firstName ?? ""),
            ("Last name", person.lastName ?? ""),
            ("E-mail", person.email ?? ""),
            ("User name", person.userName ?? ""),
            ("Type", person.type.displayName + (person.isOwner ? " (owner)" : "")),
            ("Status", person.status.displayName),
            ("Activation", person.activationStatus.displayName),
        ]
        if let department = person.department, !department.isEmpty { lines.append(("Department", department)) }
        if !person.groups.isEmpty { lines.append(("Groups", person.groups.map(\.name).joined(separator: ", "))) }
        if let location = person.location { lines.append(("Location", location)) }
        if let notes = person.notes { lines.append(("Notes", notes)) }
        if let phone = person.mobilePhone { lines.append(("Mobile phone", phone)) }
        for contact in person.contacts { lines.append(("Contact (\(contact.type))", contact.value)) }
        if let registered = person.registrationDate { lines.append(("Registered", localTime(registered))) }
        if let terminated = person.terminated { lines.append(("Terminated", localTime(terminated))) }
        if let creator = person.createdBy { lines.append(("Created by", creator.displayName)) }
        if let used = person.usedSpace { lines.append(("Used space", byteCount(used))) }
        if let quota = person.quotaLimit { lines.append(("Quota", quota < 0 ? "unlimited" : byteCount(Double(quota)))) }
        lines.append(("LDAP / SSO", "\(person.isLDAP ? "LDAP" : "no LDAP") / \(person.isSSO ? "SSO" : "no SSO")"))
        if let culture = person.cultureName { lines.append(("Language", culture)) }
        lines.append(("ID", person.id))
        let width = lines.map { $0.0.count }.max() ?? 0
        return lines.map { label, value in
            label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + TerminalText.sanitized(value)
        }.joined(separator: "\n")
    }

    static func localTime(_ date: APIDate) -> String {
        guard let instant = date.date else { return date.text }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss zzz"
        return formatter.string(from: instant)
    }

    static func byteCount(_ bytes: Double) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = bytes
        var unit = 0
        while value >= 1024 && unit < units.count - 1 { value /= 1024; unit += 1 }
        return unit == 0 ? "\(Int(value)) B" : String(format: "%.1f %@", value, units[unit])
    }

    /// People as JSON: `PersonJSON`'s direct writer, the same bytes as `JSONEncoder`'s.
    static func json(_ people: [Person]) -> String {
        PersonJSON.array(people) ?? encoded(people)
    }

    static func json(_ person: Person) -> String {
        PersonJSON.object(person) ?? encoded(person)
    }

    static func json<T: Encodable>(_ value: T) -> String {
        encoded(value)
    }

    /// Pretty, sorted JSON through `JSONEncoder` (reports, and the reference for `PersonJSON`).
    static func encoded<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    static let csvHeader = ["id", "displayName", "firstName", "lastName", "email", "userName", "type",
                            "status", "activationStatus", "department", "location", "registrationDate"]

    static func csv(_ people: [Person]) -> String {
        var lines = [CSV.line(csvHeader)]
        for p in people {
            lines.append(CSV.line([
                p.id, p.displayName, p.firstName ?? "", p.lastName ?? "", p.email ?? "", p.userName ?? "",
                p.type.rawValue, p.status.routeName, String(p.activationStatus.rawValue),
                p.department ?? "", p.location ?? "", p.registrationDate?.text ?? "",
            ]))
        }
        return lines.joined(separator: "\n")
    }
}
