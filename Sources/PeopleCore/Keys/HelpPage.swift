/// The help overlay's text: every binding of the key table in force, by context, laid out for
/// the terminal's width. The help of a key wraps under its own column rather than being cut,
/// so an 80-column session reads every sentence.
///
/// It lives here, not in the drawing code, so that `update` bounds the scroll with the same
/// line count the overlay draws (the scroll never runs past the end and ↑ answers at once).
/// Widths are counted in characters: the key table's texts are checked, by a test in
/// TerminalUITests, to be one cell per character.
public struct HelpPage: Sendable, Equatable {
    /// One binding (or a heading) before layout.
    public struct Entry: Sendable, Equatable {
        public var keys: String
        public var help: String
        public var isHeading: Bool
    }

    /// One drawn row.
    public enum Line: Sendable, Equatable {
        /// A context's title ("List and detail").
        case heading(String)
        /// A sentence across the whole width (the read-only note), or a blank row.
        case note(String)
        /// Keys and the first row of their help.
        case binding(keys: String, help: String)
        /// Keys too long for their column, on a row of their own.
        case keysAlone(String)
        /// More of the help, under its column.
        case continuation(String)
    }

    /// How wide the keys column is.
    public let keyWidth: Int
    public let lines: [Line]

    /// The page inside a box as wide as the terminal: a border and a space each side, and a
    /// space between the columns.
    public init(table: KeyTable, readOnly: Bool, width: Int) {
        let entries = Self.entries(for: table, readOnly: readOnly)
        let inner = max(10, width - 4)
        let longestKeys = entries.filter { !$0.isHeading }.map(\.keys.count).max() ?? 0
        keyWidth = min(longestKeys, 24, max(6, inner / 4))
        let helpWidth = max(8, inner - keyWidth - 1)
        var lines: [Line] = []
        for entry in entries {
            if entry.isHeading {
                lines += Self.wrap(entry.keys, width: inner).map { .heading($0) }
                continue
            }
            if entry.keys.isEmpty {
                lines += Self.wrap(entry.help, width: inner).map { .note($0) }
                continue
            }
            let pieces = Self.wrap(entry.help, width: helpWidth)
            if entry.keys.count > keyWidth {
                lines.append(.keysAlone(entry.keys))
                lines += pieces.map { .continuation($0) }
            } else {
                lines.append(.binding(keys: entry.keys, help: pieces.first ?? ""))
                lines += pieces.dropFirst().map { .continuation($0) }
            }
        }
        self.lines = lines
    }

    /// Rows the overlay shows on a terminal this tall (the box leaves the title bar, the
    /// action bar and the status line, and has a border).
    public static func visibleRows(height: Int) -> Int { max(1, height - 5) }

    /// How far the page scrolls on a terminal of this size.
    public func maxScroll(height: Int) -> Int { max(0, lines.count - Self.visibleRows(height: height)) }

    /// Every binding of the table by context, dangerous ones marked; a read-only session's
    /// table has none, and the page says so.
    public static func entries(for table: KeyTable, readOnly: Bool) -> [Entry] {
        var out: [Entry] = []
        if readOnly {
            out.append(Entry(keys: "", help: "Read-only session: keys that change data are hidden.", isHeading: false))
        }
        for context in KeyContext.allCases {
            let bindings = table.bindings(in: context)
            guard !bindings.isEmpty else { continue }
            if !out.isEmpty { out.append(Entry(keys: "", help: "", isHeading: false)) }
            out.append(Entry(keys: context.title, help: "", isHeading: true))
            for binding in bindings {
                out.append(
                    Entry(
                        keys: binding.keyNames, help: binding.help + (binding.isDangerous ? " [changes data]" : ""),
                        isHeading: false))
            }
        }
        out.append(Entry(keys: "", help: "", isHeading: false))
        out.append(Entry(keys: FieldKey.lineEditingTitle, help: "", isHeading: true))
        for row in FieldKey.lineEditingKeys {
            out.append(
                Entry(keys: row.keys.map(\.displayName).joined(separator: " / "), help: row.help, isHeading: false))
        }
        return out
    }

    /// Greedy word wrap; a word longer than the width is cut into pieces. An empty text is one
    /// empty row (the blank line between contexts).
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        guard text.count > width else { return [text] }
        var rows: [String] = []
        var row = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if row.isEmpty, word.count <= width {
                row = String(word)
            } else if row.count + 1 + word.count <= width {
                row += " " + word
            } else {
                if !row.isEmpty { rows.append(row) }
                row = ""
                while word.count > width {
                    rows.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                }
                row = String(word)
            }
        }
        if !row.isEmpty || rows.isEmpty { rows.append(row) }
        return rows
    }
}
