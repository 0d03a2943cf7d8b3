import PeopleCore

/// A screen in memory, for tests: keeps the cells and counts how many were written, so a test
/// can prove that moving the cursor does not repaint the whole screen.
@MainActor
public final class InMemoryScreen: Screen {
    public struct Cell: Equatable, Sendable {
        /// The character starting here; `""` for the second cell of a wide character.
        public var glyph: String
        public var style: Style
    }

    public private(set) var size: TerminalSize
    public private(set) var cells: [[Cell]]
    /// Cells written by `put` and `erase` since the last `resetCounters`.
    public private(set) var cellsWritten = 0
    public private(set) var putCount = 0
    public private(set) var refreshCount = 0
    /// Where the terminal's cursor was last put (`placeCursor`).
    public private(set) var cursor: Frame.Position?

    public init(size: TerminalSize) {
        self.size = size
        cells = Array(
            repeating: Array(repeating: Cell(glyph: " ", style: .plain), count: size.width),
            count: size.height)
    }

    public func resize(to size: TerminalSize) {
        self.size = size
        cells = Array(
            repeating: Array(repeating: Cell(glyph: " ", style: .plain), count: size.width),
            count: size.height)
    }

    public func resetCounters() {
        cellsWritten = 0
        putCount = 0
        refreshCount = 0
    }

    public func put(_ text: String, style: Style, y: Int, x: Int) {
        putCount += 1
        guard (0..<size.height).contains(y) else { return }
        var column = x
        for character in text {
            let width = TerminalText.width(of: character)
            guard column >= 0, column + width <= size.width else { break }
            cells[y][column] = Cell(glyph: String(character), style: style)
            if width == 2 { cells[y][column + 1] = Cell(glyph: "", style: style) }
            column += width
            cellsWritten += width
        }
    }

    public func erase(_ rect: Rect) {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) {
                cells[y][x] = Cell(glyph: " ", style: .plain)
                cellsWritten += 1
            }
        }
    }

    public func placeCursor(y: Int, x: Int) { cursor = Frame.Position(y: y, x: x) }

    public func refresh() { refreshCount += 1 }

    /// Row `y` as text (wide characters once, as a terminal shows them).
    public func line(_ y: Int) -> String {
        cells[y].map(\.glyph).joined()
    }

    /// Every row, trailing spaces kept, so widths can be checked.
    public var lines: [String] { (0..<size.height).map(line) }

    /// The whole screen as text, one line per row.
    public var text: String { lines.joined(separator: "\n") }

    public func style(y: Int, x: Int) -> Style { cells[y][x].style }

    /// Row and column where `needle` starts, if shown.
    public func find(_ needle: String) -> (y: Int, x: Int)? {
        for y in 0..<size.height {
            let row = cells[y]
            var text = ""
            var columns: [Int] = []
            for (x, cell) in row.enumerated() where !cell.glyph.isEmpty {
                text += cell.glyph
                columns.append(contentsOf: Array(repeating: x, count: cell.glyph.count))
            }
            if let range = text.range(of: needle) {
                return (y, columns[text.distance(from: text.startIndex, to: range.lowerBound)])
            }
        }
        return nil
    }
}
