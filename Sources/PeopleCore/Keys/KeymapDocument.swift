/// keymap.md, generated from a key table. A test compares the file in the repository with
/// this text, so the document cannot fall behind the keys.
public enum KeymapDocument {
    public static func markdown(for table: KeyTable = .standard) -> String {
        var out = """
            # DocSpace People: keys

            Generated from the key table in `Sources/PeopleCore/Keys/KeyTable.swift`; a test fails
            when this file and the table differ. These are the defaults: bind your own in the config
            file's `[keys]` (README, "Your keys"); `docspace-people keys` prints the keys in force,
            yours marked, and the help (`?`) and the action bar show them. No default is on Ctrl-A or
            Ctrl-B, the prefixes of screen and tmux. Keys marked **changes data** are hidden in
            read-only sessions. In the list, actions apply to the marked people, or to the selected person when
            nothing is marked.

            A key acts only on what is drawn: below 60×15 the screen says "terminal too small" and
            every key but `q` is ignored, and a key that starts a change needs its person on screen.
            Pasted text goes whole into the field that has the keyboard (line breaks separate
            addresses in the invite list; a one-line field refuses several lines) and is never run as
            keys; with no field, a paste is ignored. Alt chords (Esc with a key within the escape
            delay, 25 ms by default) are bound to nothing by default outside the text fields and do nothing there.

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
        out += "\n## \(FieldKey.lineEditingTitle)\n\n"
        out += "Every field edits like a shell line: the cursor moves by character (a CJK character, an\n"
        out += "accented letter, an emoji: one step each), typing and a paste go in at the cursor. A key a\n"
        out += "field binds itself does what its row above says (`←`/`→` on a form's type).\n\n"
        out += "| Keys | Action |\n"
        out += "| --- | --- |\n"
        for row in FieldKey.lineEditingKeys {
            let keys = row.keys.map { "`\(escape($0.displayName))`" }.joined(separator: " ")
            out += "| \(keys) | \(escape(row.help)) |\n"
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
