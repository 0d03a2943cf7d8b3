import DocSpaceAPI
import Foundation

/// Everything the API says about a person, as labelled lines wrapped to a width.
struct DetailSheet {
    struct Line: Equatable {
        var label: String
        var value: String
        var style: Style
    }

    static let labelWidth = 12
    /// The most rows one value wraps to: a 10 KB name must not push every other field pages
    /// down. What is cut ends in "…".
    static let maxValueLines = 8
    static let maxNoteLines = 40

    /// The fields, in reading order: first those of one line, then those of any length.
    /// Empty values are left out, except the ones an admin looks for (e-mail, department,
    /// groups), which say "—".
    static func fields(of person: Person, timeZone: TimeZone) -> [(String, String, Style)] {
        var out: [(String, String, Style)] = []
        func add(_ label: String, _ value: String?, _ style: Style = .plain, always: Bool = false) {
            if let value, !value.isEmpty {
                out.append((label, value, style))
            } else if always {
                out.append((label, "—", .muted))
            }
        }
        add("Name", person.displayName, .bold)
        add("First name", person.firstName)
        add("Last name", person.lastName)
        add("E-mail", person.email, always: true)
        add("User name", person.userName)
        var type = person.type.displayName
        if person.isOwner { type += " (owner)" }
        add("Type", type)
        var status = PersonText.status(person.status)
        if person.status == .terminated, let since = PersonText.localDate(person.terminated, timeZone: timeZone) {
            status += " since \(since)"
        }
        add("Status", status, PersonText.statusStyle(person.status))
        add("Activation", PersonText.activation(person))
        add("Department", person.department, always: true)
        add("Registered", PersonText.localDate(person.registrationDate, timeZone: timeZone))
        // A guest's creator is who invited them: the web's Guests tab says "Invited by".
        add(person.type == .guest ? "Invited by" : "Created by", person.createdBy?.displayName)
        add("Storage", storage(person))
        var signIn: [String] = []
        if person.isLDAP { signIn.append("LDAP") }
        if person.isSSO { signIn.append("SSO") }
        add("Sign-in", signIn.isEmpty ? "Password" : signIn.joined(separator: ", "))
        add("2FA app", person.tfaAppEnabled.map { $0 ? "set up" : "none" })
        add("Language", person.cultureName)
        add("ID", person.id, .muted)
        // The fields of varying length — a list of groups, contacts, notes, a URL — come last:
        // above them every field keeps its row from one person to the next, so moving the
        // cursor rewrites only the values that differ, not every line below a longer one.
        let groups = person.groups.map { group in
            group.manager.map { "\(group.name) (manager: \($0))" } ?? group.name
        }
        add("Groups", groups.isEmpty ? nil : groups.joined(separator: ", "), always: true)
        add("Location", person.location)
        add("Phone", person.mobilePhone)
        for contact in person.contacts {
            add("Contact", "\(contact.type): \(contact.value)")
        }
        if let notes = person.notes, !notes.isEmpty {
            let lines = notes.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            for (i, line) in lines.prefix(maxNoteLines).enumerated() {
                out.append((i == 0 ? "Notes" : "", String(line), .plain))
            }
            if lines.count > maxNoteLines {
                out.append(("", "… \(lines.count - maxNoteLines) more lines", .muted))
            }
        }
        add("Profile", person.profileUrl)
        return out
    }

    static func storage(_ person: Person) -> String? {
        guard let used = person.usedSpace else { return nil }
        var text = PersonText.bytes(used) + " used"
        if let quota = person.quotaLimit {
            text += quota < 0 ? ", no quota" : " of \(PersonText.bytes(Double(quota)))"
        }
        if person.isCustomQuota == true { text += " (custom quota)" }
        return text
    }

    /// The fields wrapped to `width` cells: the value column wraps under itself.
    static func lines(of person: Person, width: Int, timeZone: TimeZone) -> [Line] {
        let valueWidth = max(10, width - labelWidth - 1)
        var out: [Line] = []
        for (label, value, style) in fields(of: person, timeZone: timeZone) {
            let wrapped = TerminalText.wrapped(value, toWidth: valueWidth, maxLines: maxValueLines)
            for (i, part) in wrapped.enumerated() {
                out.append(Line(label: i == 0 ? label : "", value: part, style: style))
            }
        }
        return out
    }
}
