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
    /// "● Active" is on every row, and its Unicode look-ups are the costly part. Keyed by
    /// the exact UTF-8 (`ExactText`): hashing a non-ASCII `String` normalizes it first.
    private var measured: [ExactText: Cell] = [:]

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
        if short, let known = measured[ExactText(text: text)] { return known }
        let clean = TerminalText.sanitized(text)
        let made = Cell(text: clean, width: TerminalText.width(ofSanitized: clean))
        if short { measured[ExactText(text: text)] = made }
        return made
    }

    /// The header and the rows, one line each.
    func render() -> [String] {
        let layout = measure()
        var line: [UInt8] = []
        return ([layout.head] + cells).map { row in
            line.removeAll(keepingCapacity: true)
            format(row, widths: layout.widths, into: &line)
            return String(decoding: line, as: UTF8.self)
        }
    }

    /// What `render` gives, each line ending in a line break, written straight into one
    /// buffer: a table of a whole portal is tens of thousands of lines, and a `String` per
    /// line, then another with its line break, then the join cost as much as making the rows.
    func renderedBytes() -> [UInt8] {
        let layout = measure()
        var bytes: [UInt8] = []
        bytes.reserveCapacity((layout.widths.reduce(0, +) + 2 * layout.widths.count + 1) * (cells.count + 1))
        for row in [layout.head] + cells {
            format(row, widths: layout.widths, into: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// The header's cells and each column's width: its widest cell, at most its `maxWidths`.
    private func measure() -> (head: [Cell], widths: [Int]) {
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
        return (head, widths)
    }

    /// One line, without its line break. The last column lines nothing up after it, so it is
    /// cut only at `lastColumnLimit`: a sentence from the portal or a dry run reads whole, in
    /// a pipe too; a 10 KB name from a hostile profile still does not flood the screen.
    private func format(_ row: [Cell], widths: [Int], into line: inout [UInt8]) {
        for (column, cell) in row.enumerated() {
            let last = column == row.count - 1
            let limit = last ? max(widths[column], Self.lastColumnLimit) : widths[column]
            if column > 0 { line.append(contentsOf: Self.gap) }
            var width = cell.width
            if width > limit {
                let cut = TerminalText.truncated(cell.text, toWidth: limit)
                width = TerminalText.width(ofSanitized: cut)
                line.append(contentsOf: cut.utf8)
            } else {
                line.append(contentsOf: cell.text.utf8)
            }
            if !last, widths[column] > width {
                Self.pad(widths[column] - width, into: &line)
            }
        }
    }

    private static let gap: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: " ")]

    /// `count` spaces, copied from a literal run rather than appended one by one.
    private static func pad(_ count: Int, into line: inout [UInt8]) {
        var left = count
        while left > 0 {
            let run = min(left, spaces.utf8CodeUnitCount)
            spaces.withUTF8Buffer { line.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<run])) }
            left -= run
        }
    }

    private static var spaces: StaticString { "                                                                " }

    private struct Cell: Sendable {
        var text: String
        var width: Int
    }

    /// Text compared and hashed by its UTF-8 bytes. Two spellings of one character are two
    /// keys here, which a cache of what each spelling shows can afford.
    private struct ExactText: Hashable, Sendable {
        var text: String

        static func == (a: ExactText, b: ExactText) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

        func hash(into hasher: inout Hasher) {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }
}
