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
        let cleanRows = rows.map { $0.map(TerminalText.sanitized) }
        var widths = header.map { TerminalText.width($0) }
        for row in cleanRows {
            for (column, text) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], min(TerminalText.width(text), maxWidths[column]))
            }
        }
        // The last column lines nothing up after it, so it is cut only at `lastColumnLimit`:
        // a sentence from the portal or a dry run reads whole, in a pipe too; a 10 KB name
        // from a hostile profile still does not flood the screen.
        func format(_ row: [String]) -> String {
            row.enumerated().map { column, text in
                let limit = column == row.count - 1 ? max(widths[column], Self.lastColumnLimit) : widths[column]
                let cut = TerminalText.truncated(text, toWidth: limit)
                let pad = column == row.count - 1 ? 0 : widths[column] - TerminalText.width(cut)
                return cut + String(repeating: " ", count: max(0, pad))
            }.joined(separator: "  ")
        }
        return [format(header)] + cleanRows.map(format)
    }
}
