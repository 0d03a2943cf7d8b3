/// keymap.md, generated from a key table. A test compares the file in the repository with
/// this text, so the document cannot fall behind the keys.
public enum KeymapDocument {
    public static func markdown(for table: KeyTable = .standard) -> String {
        var out = """
        # DocSpace People: keys

        Generated from the key table in `Sources/PeopleCore/Keys/KeyTable.swift`; a test fails
        when this file and the table differ. Keys marked **changes data** are hidden in read-only
        sessions. In the list, actions apply to the marked people, or to the selected person when
        nothing is marked.

        """
        for context in KeyContext.allCases {
            let rows = table.bindings(in: context)
            guard !rows.isEmpty else { continue }
            out += "\n## \(context.title)\n\n"
            out += "| Keys | Action | Command |\n"
            out += "| --- | --- | --- |\n"
            for row in rows {
                let keys = row.keys.map { "`\(escape($0.displayName))`" }.joined(separator: " ")
                let danger = row.isDangerous ? " **(changes data)**" : ""
                let command = row.action.commandName.map { "`:\($0)`" } ?? ""
                out += "| \(keys) | \(escape(row.help))\(danger) | \(command) |\n"
            }
        }
        out += """

        ## Command line extras

        Besides the command names above, `:` accepts arguments:

        | Command | Does |
        | --- | --- |
        | `:search <text>` | Search the server for `<text>` (empty text clears the search) |
        | `:status all\\|active\\|pending\\|disabled` | Filter by status |
        | `:type all\\|admin\\|roomadmin\\|user\\|guest` | Filter by type |
        | `:sort name\\|email\\|type\\|registered [asc\\|desc]` | Sort by a column, optionally in an order |
        | `:q` | Quit |
        | `:messages` | The latest status messages, whole, newest first (Esc closes) |

        """
        return out
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
