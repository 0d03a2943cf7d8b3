import PeopleCore

/// A centred box with a title, body lines and a footer, sized to its content and the screen.
///
/// The footer (the keys, the typed field) is always drawn whole: however long the body's
/// text — a 10 KB name from a profile, a long server message — it can only push the body's
/// last lines out (they end in "…"), never the lines that say how to answer.
struct DialogBox {
    struct Line {
        var text: String
        var style: Style = .plain
        /// The most rows this line may wrap to; beyond that it is cut with "…".
        var maxLines: Int
        /// Spaces before every row of the line, and more before the rows it wraps to (a field's
        /// error sits under the field's value and wraps under its own first word).
        var indent = 0
        var hang = 0
        /// Cells drawn in a style of their own over the text (a field's cursor, its
        /// selection); only a line of one row keeps them.
        var marks: [Mark] = []

        init(
            _ text: String, _ style: Style = .plain, maxLines: Int = 3, indent: Int = 0, hang: Int = 0,
            marks: [Mark] = []
        ) {
            self.text = text
            self.style = style
            self.maxLines = maxLines
            self.indent = indent
            self.hang = hang
            self.marks = marks
        }
    }

    /// A run of cells of a line, counted from the line's first cell, and their style.
    struct Mark: Equatable {
        var columns: Range<Int>
        var style: Style
        /// The field's cursor: the frame's cursor goes to its first cell.
        var isCursor = false
    }

    var title: String
    var lines: [Line]
    var footer: [Line] = []
    var style: Style
    var preferredWidth = 72

    /// The width text gets inside a box of `preferredWidth` on a screen `screenWidth` wide.
    static func innerWidth(screenWidth: Int, preferredWidth: Int = 72) -> Int {
        min(preferredWidth, screenWidth - 2) - 4
    }

    /// The rows a box can give its body and footer on a screen `screenHeight` tall: a row of
    /// screen and a border above and below.
    static func contentRows(screenHeight: Int) -> Int {
        max(0, screenHeight - 4)
    }

    /// Draws the box and returns its rectangle.
    @discardableResult
    func draw(into frame: inout Frame) -> Rect {
        let size = frame.size
        let width = min(preferredWidth, size.width - 2)
        let inner = Self.innerWidth(screenWidth: size.width, preferredWidth: preferredWidth)
        let body = Self.wrap(lines, width: inner)
        let foot = Self.wrap(footer, width: inner)
        let available = Self.contentRows(screenHeight: size.height)
        let footRows = min(foot.count, available)
        var bodyRows = min(body.count, available - footRows)
        var shownBody = Array(body.prefix(bodyRows))
        if bodyRows < body.count, bodyRows > 0 {
            shownBody[bodyRows - 1] = Line("… (\(body.count - bodyRows + 1) more lines)", .muted)
        }
        bodyRows = shownBody.count
        let content = shownBody + foot.suffix(footRows)
        let height = content.count + 2
        let rect = Rect(
            x: (size.width - width) / 2, y: max(0, (size.height - height) / 2), width: width, height: height)
        frame.fill(rect)
        frame.box(rect, title: title, style: style)
        for (i, line) in content.enumerated() {
            frame.put(line.text, y: rect.y + 1 + i, x: rect.x + 2, maxWidth: inner, style: line.style)
            for mark in line.marks where mark.columns.upperBound <= inner {
                let cells = Rect(
                    x: rect.x + 2 + mark.columns.lowerBound, y: rect.y + 1 + i, width: mark.columns.count, height: 1)
                frame.restyle(cells) { _ in mark.style }
                if mark.isCursor { frame.cursor = Frame.Position(y: cells.y, x: cells.x) }
            }
        }
        return rect
    }

    /// Each line wrapped to the width, at most its `maxLines` rows, the last of them cut at a
    /// word with "…" when there was more.
    static func wrap(_ lines: [Line], width: Int) -> [Line] {
        var out: [Line] = []
        for line in lines {
            if line.text.isEmpty {
                out.append(line)
                continue
            }
            if line.indent > 0 || line.hang > 0 {
                let first = String(repeating: " ", count: line.indent)
                let rest = String(repeating: " ", count: line.indent + line.hang)
                let inner = Line(line.text, line.style, maxLines: line.maxLines)
                for (i, row) in wrap([inner], width: max(1, width - line.indent - line.hang)).enumerated() {
                    out.append(Line((i == 0 ? first : rest) + row.text, line.style, maxLines: 1))
                }
                continue
            }
            if line.maxLines == 1 {
                // One row: cut at the width, even inside a word (a name without spaces).
                out.append(
                    Line(TerminalText.truncated(line.text, toWidth: width), line.style, maxLines: 1, marks: line.marks))
                continue
            }
            for part in TerminalText.wrapped(line.text, toWidth: width, maxLines: line.maxLines) {
                out.append(Line(part, line.style, maxLines: 1))
            }
        }
        return out
    }
}
