import PeopleCore
import TerminalUI

/// Where a field's cursor is drawn: the cell right after `text` in the other video than the
/// text (reverse on a plain field, plain on the export's reversed one; a blank when the cursor
/// is after the last character). The tests ask for it where they looked for a "▏".
extension InMemoryScreen {
    func showsCursor(after text: String) -> Bool {
        guard let start = find(text) else { return false }
        let x = start.x + TerminalText.width(text)
        guard x < size.width else { return false }
        return style(y: start.y, x: x).reverse != style(y: start.y, x: x - 1).reverse
    }

    /// The columns of row `y` drawn in reverse video.
    func reverseColumns(y: Int) -> [Int] {
        (0..<size.width).filter { style(y: y, x: $0).reverse }
    }
}
