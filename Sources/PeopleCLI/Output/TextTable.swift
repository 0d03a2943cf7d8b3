import TerminalUI

/// A plain-text table measured in terminal cells, so that CJK names and emoji line up.
struct TextTable {
    var header: [String]
    var rows: [[String]]
    /// Widest a column may get, in cells; longer text is cut with "…".
    var maxWidths: [Int]

    static let lastColumnLimit = 400

    /// The header and the rows, one line each.
    func render() -> [String] {
        // Each cell is sanitised and measured once (a listing can hold a whole portal).
        let cells = ([header] + rows).map { row in
            row.map { text in
                let clean = TerminalText.sanitized(text)
                return Cell(text: clean, width: TerminalText.width(ofSanitized: clean))
            }
        }
        var widths = header.map { _ in 0 }
        for (index, row) in cells.enumerated() {
            for (column, cell) in row.enumerated() where column < widths.count {
                let shown = index == 0 ? cell.width : min(cell.width, maxWidths[column])
                widths[column] = max(widths[column], shown)
            }
        }
        // The last column lines nothing up after it, so it is cut only at `lastColumnLimit`:
        // a sentence from the portal or a dry run reads whole, in a pipe too; a 10 KB name
        // from a hostile profile still does not flood the screen.
        func format(_ row: [Cell]) -> String {
            var line = ""
            for (column, cell) in row.enumerated() {
                let last = column == row.count - 1
                let limit = last ? max(widths[column], Self.lastColumnLimit) : widths[column]
                var text = cell.text
                var width = cell.width
                if width > limit {
                    text = TerminalText.truncated(text, toWidth: limit)
                    width = TerminalText.width(ofSanitized: text)
                }
                if column > 0 { line += "  " }
                line += text
                if !last, widths[column] > width { line += String(repeating: " ", count: widths[column] - width) }
            }
            return line
        }
        return cells.map(format)
    }

    private struct Cell {
        var text: String
        var width: Int
    }
}
