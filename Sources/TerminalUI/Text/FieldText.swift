import PeopleCore

/// A text field as drawn: the part of its line that fits the room, scrolled sideways so the
/// cursor stays in view, and where the cursor and the selection fall in cells. The cursor is
/// the cell drawn in reverse video: the character under it, or a blank after the last.
///
/// Columns count cells, not characters: "山" takes two, a combining accent none (the cell
/// widths of `TerminalText`, the ones the frame draws with), so the cursor after "山田" is
/// at column 4.
struct FieldText: Equatable {
    /// What to write: "…" first when scrolled, then the characters that fit, then a blank
    /// for a cursor after the last character.
    var text: String
    /// The cursor's cells, `nil` when the field has no cursor (not focused).
    var cursor: Range<Int>?
    /// The selection's cells, if any of it is in view.
    var selection: Range<Int>?

    /// `line` shown in `width` cells; `mask` stands for every character (a password's "•").
    init(_ line: LineEditor, width: Int, cursor showsCursor: Bool = true, mask: Character? = nil) {
        self.init(
            characters: line.characters, cursor: line.cursor, selection: line.selection, width: width,
            showsCursor: showsCursor, mask: mask)
    }

    init(
        characters: [Character], cursor: Int, selection: Range<Int>?, width: Int, showsCursor: Bool,
        mask: Character? = nil
    ) {
        let glyphs = characters.map { mask.map(String.init) ?? TerminalText.sanitized(String($0)) }
        let widths = glyphs.map { TerminalText.width(ofSanitized: $0) }
        let room = max(1, width)
        let cursorWidth = showsCursor ? max(1, cursor < widths.count ? widths[cursor] : 1) : 0
        // The first character shown: the start, or as far right as keeps the cursor in view
        // after a "…" that says the line goes on to the left.
        var first = 0
        if widths[..<cursor].reduce(0, +) + cursorWidth > room {
            first = cursor
            var used = 1 + cursorWidth
            while first > 0, used + widths[first - 1] <= room {
                first -= 1
                used += widths[first]
            }
        }
        var text = first > 0 ? "…" : ""
        var column = first > 0 ? 1 : 0
        var columns: [Int] = Array(repeating: column, count: characters.count + 1)
        var end = first
        while end < glyphs.count, column + widths[end] <= room {
            columns[end] = column
            text += glyphs[end]
            column += widths[end]
            end += 1
        }
        columns[end] = column
        for index in (end + 1)..<(characters.count + 1) { columns[index] = column }
        if showsCursor, cursor == characters.count, column < room { text += " " }
        self.text = text
        self.cursor = showsCursor ? columns[cursor]..<(columns[cursor] + cursorWidth) : nil
        if let selection, selection.upperBound > first {
            let from = columns[max(selection.lowerBound, first)]
            let to = columns[min(selection.upperBound, end)]
            self.selection = from < to ? from..<to : nil
        } else {
            self.selection = nil
        }
    }

    /// The marks a dialog line draws over the text, shifted by the cells before the field.
    func marks(after lead: Int, style: Style) -> [DialogBox.Mark] {
        var marks: [DialogBox.Mark] = []
        if let selection {
            marks.append(
                DialogBox.Mark(
                    columns: (lead + selection.lowerBound)..<(lead + selection.upperBound),
                    style: FieldText.selectionStyle))
        }
        if let cursor {
            marks.append(
                DialogBox.Mark(
                    columns: (lead + cursor.lowerBound)..<(lead + cursor.upperBound),
                    style: style.with(reverse: !style.reverse), isCursor: true))
        }
        return marks
    }

    /// The previous search when `/` opens: typing replaces it.
    static let selectionStyle = Style(.accent, bold: true, reverse: true)

    /// Draws the field at `x` on row `y` of a frame; returns the cells written.
    @discardableResult
    func draw(into frame: inout Frame, y: Int, x: Int, style: Style = .plain) -> Int {
        let used = frame.put(text, y: y, x: x, style: style)
        for mark in marks(after: 0, style: style) {
            frame.restyle(Rect(x: x + mark.columns.lowerBound, y: y, width: mark.columns.count, height: 1)) { _ in
                mark.style
            }
            if mark.isCursor { frame.cursor = Frame.Position(y: y, x: x + mark.columns.lowerBound) }
        }
        return used
    }
}
