import TerminalUI

/// A plain-text table measured in terminal cells, so that CJK names and emoji line up.
///
/// Rows can be added as they come (`append`): each cell is sanitised and measured then, so a
/// listing of a whole portal keeps five short strings per person, not the people.
public struct TextTable: Sendable {
    var header: [String]
    /// Widest a column may get, in cells; longer text is cut with "…".
    var maxWidths: [Int]
    private var cells: [[Cell]] = []
    /// Short cells that are not plain ASCII, measured once per table: a status such as
    /// "● Active" is on every row, and its Unicode look-ups are the costly part.
    private var measured: [String: Cell] = [:]

    static let lastColumnLimit = 400

    init(header: [String], rows: [[String]] = [], maxWidths: [Int]) {
        self.header = header
        self.maxWidths = maxWidths
        for row in rows { append(row) }
    }

    var rowCount: Int { cells.count }

    mutating func append(_ row: [String]) {
        cells.append(row.map { cell($0) })
    }

    private mutating func cell(_ text: String) -> Cell {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return Cell(text: text, width: text.utf8.count) }
        let short = text.utf8.count <= 24
        if short, let known = measured[text] { return known }
        let clean = TerminalText.sanitized(text)
        let made = Cell(text: clean, width: TerminalText.width(ofSanitized: clean))
        if short { measured[text] = made }
        return made
    }

    /// The header and the rows, one line each.
    func render() -> [String] {
        let head = header.map { text in
            let clean = TerminalText.sanitized(text)
            return Cell(text: clean, width: TerminalText.width(ofSanitized: clean))
        }
        var widths = head.map(\.width)
        for row in cells {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], min(cell.width, maxWidths[column]))
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
                if !last, widths[column] > width { line += Self.padding(widths[column] - width) }
            }
            return line
        }
        return [format(head)] + cells.map(format)
    }

    private static let spaces = String(repeating: " ", count: 256)

    /// `count` spaces, without a new string for each cell.
    private static func padding(_ count: Int) -> Substring {
        count <= spaces.count ? spaces.prefix(count) : Substring(String(repeating: " ", count: count))
    }

    private struct Cell: Sendable {
        var text: String
        var width: Int
    }
}
