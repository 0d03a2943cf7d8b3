/// The column chooser (`#`): every column with a box, the chosen ones numbered in their
/// order. Space turns the one under the cursor on (it goes last) or off, keeping the order of
/// the others; Enter applies, Esc leaves the columns as they were.
public struct ColumnChooser: Sendable, Equatable {
    /// The columns as they will be shown, in order.
    public private(set) var chosen: [ListColumn]
    /// The row under the cursor: a place in `ListColumn.allCases`.
    public private(set) var cursor = 0
    /// Why Enter did not apply (no column chosen).
    public var problem: String?

    public init(chosen: [ListColumn]) { self.chosen = chosen }

    /// The rows: every column, in a fixed order, so the cursor never jumps.
    public static let rows = ListColumn.allCases

    /// 1-based place of a column in the chosen order, `nil` when it is not shown.
    public func place(of column: ListColumn) -> Int? { chosen.firstIndex(of: column).map { $0 + 1 } }

    mutating func move(by step: Int) {
        cursor = min(max(0, cursor + step), Self.rows.count - 1)
    }

    mutating func toggle() {
        let column = Self.rows[cursor]
        if let index = chosen.firstIndex(of: column) {
            chosen.remove(at: index)
        } else {
            chosen.append(column)
        }
        problem = nil
    }
}
