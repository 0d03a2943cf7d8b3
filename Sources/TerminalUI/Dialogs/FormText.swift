import PeopleCore

/// Helpers shared by the form dialogs: one labelled field per row, showing the end of a long
/// value (that is where the typing happens).
enum FormText {
    /// The label column: "First name  ".
    static let labelWidth = 12

    /// "› Type        [User] · Guest" — the focused field marked, a value that is not typed
    /// (a choice, the password's fixed word) cut from the left to fit; with `cursor`, a
    /// reverse-video cell after it.
    static func field(
        _ label: String, value: String, focused: Bool, cursor: Bool, width: Int, style: Style = .plain
    ) -> DialogBox.Line {
        let lead = (focused ? "› " : "  ") + pad(label, to: labelWidth)
        let room = max(1, width - TerminalText.width(lead) - 1)
        let shown = lead + tail(TerminalText.sanitized(value), width: room)
        let end = TerminalText.width(shown)
        return DialogBox.Line(
            shown + (cursor ? " " : ""), style, maxLines: 1,
            marks: cursor
                ? [DialogBox.Mark(columns: end..<(end + 1), style: style.with(reverse: !style.reverse), isCursor: true)]
                : [])
    }

    /// "› First name  Jane" — a typed field: the focused field marked, its cursor the cell in
    /// reverse video, the value scrolled sideways so the cursor stays in view.
    static func field(
        _ label: String, line: LineEditor, focused: Bool, cursor: Bool, width: Int, style: Style = .plain
    ) -> DialogBox.Line {
        let lead = (focused ? "› " : "  ") + pad(label, to: labelWidth)
        return typed(lead: lead, line: line, cursor: cursor, width: width, style: style)
    }

    /// A typed field after a lead ("E-mail:   ", "> "): its text scrolled to keep the cursor in
    /// view, the cursor and the selection marked. `mask` draws each character as it (a password).
    static func typed(
        lead: String, line: LineEditor, cursor: Bool, width: Int, style: Style = .plain, mask: Character? = nil
    ) -> DialogBox.Line {
        let leadWidth = TerminalText.width(lead)
        let shown = FieldText(line, width: max(1, width - leadWidth), cursor: cursor, mask: mask)
        return DialogBox.Line(
            lead + shown.text, style, maxLines: 1, marks: shown.marks(after: leadWidth, style: style))
    }

    /// The last cells of `text` that fit, with "…" in front when cut.
    static func tail(_ text: String, width: Int) -> String {
        guard TerminalText.width(text) > width else { return text }
        var out = ""
        var used = 1
        for character in text.reversed() {
            let w = TerminalText.width(of: character)
            if used + w > width { break }
            out.insert(character, at: out.startIndex)
            used += w
        }
        return "…" + out
    }

    static func pad(_ text: String, to width: Int) -> String {
        let w = TerminalText.width(text)
        return w >= width ? text + " " : text + String(repeating: " ", count: width - w)
    }

    /// "DocSpace admin · Room admin · [User] · Guest"
    static func choices(_ names: [String], selected: Int) -> String {
        names.enumerated().map { $0.offset == selected ? "[\($0.element)]" : $0.element }.joined(separator: " · ")
    }

    /// A form's rows, each with a rank: 0 must show (the fields, the keys), higher ranks go
    /// first when the screen is short (spacers, then the portal, then other fields' errors),
    /// so the field with the focus and the keys stay on screen at any size.
    static func fit(_ rows: [(line: DialogBox.Line, rank: Int)], innerWidth: Int, screenHeight: Int) -> [DialogBox.Line]
    {
        let available = max(0, screenHeight - 4)
        var kept = rows
        func height(_ rows: [(line: DialogBox.Line, rank: Int)]) -> Int {
            DialogBox.wrap(rows.map(\.line), width: innerWidth).count
        }
        var rank = kept.map(\.rank).max() ?? 0
        while rank > 0, height(kept) > available {
            // Drop this rank's rows from the bottom up, one at a time, until it fits.
            while height(kept) > available, let index = kept.lastIndex(where: { $0.rank == rank }) {
                kept.remove(at: index)
            }
            rank -= 1
        }
        return kept.map(\.line)
    }
}
