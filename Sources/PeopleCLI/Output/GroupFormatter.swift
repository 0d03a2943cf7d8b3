import DocSpaceAPI
import TerminalUI

/// Groups as the CLI prints them: a table, CSV, JSON (the portal's own names), one group's detail.
enum GroupFormatter {
    static func table(_ groups: [Group]) -> [String] {
        let rows = groups.map { [$0.name, headName($0), String($0.memberCount), $0.id] }
        return TextTable(header: ["NAME", "HEAD", "MEMBERS", "ID"], rows: rows, maxWidths: [40, 32, 7, 36]).render()
    }

    static func csv(_ groups: [Group]) -> String {
        let lines =
            [CSV.line(["name", "head", "headEmail", "members", "id"])]
            + groups.map { CSV.line([$0.name, headName($0), $0.head?.email ?? "", String($0.memberCount), $0.id]) }
        return lines.joined(separator: "\n")
    }

    static func json(_ groups: [Group]) -> String { PersonFormatter.encoded(groups) }

    static func json(_ group: Group) -> String { PersonFormatter.encoded(group) }

    /// The group's name, head and count, then its members as `list` shows people.
    static func detail(_ group: Group) -> [String] {
        let members = group.members ?? []
        var lines = [
            "Name     " + TerminalText.sanitized(group.name),
            "Head     " + TerminalText.sanitized(group.head.map { "\($0.displayName) <\($0.email ?? $0.id)>" } ?? "—"),
            "Members  \(group.memberCount)",
            "Id       \(group.id)",
        ]
        if !members.isEmpty { lines += [""] + PersonFormatter.table(members).render() }
        return lines
    }

    private static func headName(_ group: Group) -> String { group.head?.displayName ?? "" }
}
