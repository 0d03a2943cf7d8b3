import PeopleCore

/// Where frames end up: the real terminal through ncurses, or memory in tests.
///
/// The renderer only ever writes text it has sanitised and measured, at positions where it
/// knows the cells are free, so an implementation needs no cleverness of its own.
@MainActor
public protocol Screen: AnyObject {
    var size: TerminalSize { get }
    /// Writes sanitised text starting at row `y`, column `x`; the text fits in the row.
    func put(_ text: String, style: Style, y: Int, x: Int)
    /// Blanks a region.
    func erase(_ rect: Rect)
    /// Puts the terminal's cursor (kept hidden) on a cell: where a field's cursor is drawn.
    func placeCursor(y: Int, x: Int)
    /// Makes what was written visible.
    func refresh()
}
