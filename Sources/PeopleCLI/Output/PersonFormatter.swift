import DocSpaceAPI
import Foundation
import TerminalUI

/// Turns people into the CLI's three outputs: a table for people, JSON and CSV for programs.
///
/// Table and detail text passes through `TerminalText` (a profile is written by anyone and
/// must not be able to send escape sequences to the admin's terminal; measuring in cells
/// needs the text as shown); JSON keeps the exact strings, every control character escaped.
enum PersonFormatter {
    static func table(_ people: [Person]) -> TextTable {
        var table = TextTable(header: ["NAME", "E-MAIL", "TYPE", "STATUS", "ID"], maxWidths: [32, 40, 15, 12, 36])
        for person in people { table.append(row(person)) }
        return table
    }

    /// One person's row of `table`.
    static func row(_ person: Person) -> [String] {
        [person.displayName, person.email ?? "", person.type.displayName, statusWord(person), person.id]
    }

    static func statusWord(_ person: Person) -> String {
        PersonDetailText.status(person.status)
    }

    /// Everything the API says about one person, with the detail pane's labels and order.
    static func detail(_ person: Person) -> [String] {
        let fields = PersonDetailText.fields(of: person)
        let width = fields.map { TerminalText.width($0.label) }.max() ?? 0
        return fields.map { field in
            let pad = String(repeating: " ", count: max(0, width - TerminalText.width(field.label)))
            return field.label + pad + "  " + TerminalText.sanitized(field.value)
        }
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

    /// Pretty, sorted JSON through `JSONEncoder` (reports, and the reference for `PersonJSON`),
    /// DEL and C1 controls escaped like every JSON the CLI prints.
    static func encoded<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return JSONControlEscapes.escapingDELAndC1(String(decoding: data, as: UTF8.self))
    }

    /// People as CSV: the same lines as the terminal UI's export (`PeopleCSV`).
    static func csv(_ people: [Person]) -> String {
        PeopleCSV.document(people)
    }
}
