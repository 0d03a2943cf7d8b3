import PeopleCore

/// Where each chosen column sits in a pane of a given width.
///
/// The rule when the pane is narrow: name and e-mail keep at least 52% of the pane (what they
/// get at 80 cells with type and status), and either of them alone half that. While they would
/// get less, the chosen column with
/// the lowest `ListColumn.keepRank` gives way (registered first, then inviter, storage,
/// groups, type, status). So the default set shows its group column from 100 cells on, as
/// the list always did, and a storage column added at 80 cells pushes the groups out before
/// it squeezes the names. Without name and e-mail the last column takes what is left.
struct ListColumnLayout {
    struct Placed: Equatable {
        var column: ListColumn
        var x: Int
        /// Cells, the one-cell gap after it included.
        var width: Int
    }

    /// The mark's cells before the first column.
    static let markWidth = 2
    /// Name and e-mail's share of the pane they keep, in percent; either alone keeps half.
    static let nameAndEmailShare = 52

    let placed: [Placed]
    /// The pane's width.
    let width: Int

    init(columns: [ListColumn], width: Int) {
        self.width = width
        var shown = columns
        let stretching = columns.filter { $0.width(pane: width) == nil }
        func left(_ shown: [ListColumn]) -> Int {
            width - Self.markWidth - shown.reduce(0) { $0 + ($1.width(pane: width) ?? 0) }
        }
        if !stretching.isEmpty {
            let share = Self.nameAndEmailShare * stretching.count / 2
            let floor = (width * share + 99) / 100
            while left(shown) < floor,
                let weakest = shown.filter({ $0.width(pane: width) != nil }).min(by: { $0.keepRank < $1.keepRank })
            {
                shown.removeAll { $0 == weakest }
            }
        }
        let rest = max(stretching.count * 5, left(shown))
        var x = Self.markWidth
        var placed: [Placed] = []
        for (index, column) in shown.enumerated() {
            var cells: Int
            if let fixed = column.width(pane: width) {
                cells = fixed
                // With no name or e-mail, the last column takes the rest of the row.
                if stretching.isEmpty && index == shown.count - 1 { cells = max(fixed, width - x) }
            } else if stretching.count == 1 {
                cells = rest
            } else {
                // Name 45%, e-mail the rest, as before columns could be chosen.
                cells = column == .name ? rest * 45 / 100 : rest - rest * 45 / 100
            }
            placed.append(Placed(column: column, x: x, width: cells))
            x += cells
        }
        self.placed = placed
    }

    /// Whether the type column uses short names ("Room adm.") in this pane.
    var shortTypes: Bool { width < ListColumn.shortTypesBelow }

    /// The cells a column's text may use: its width less the gap, and never past the pane.
    func textWidth(_ place: Placed) -> Int { max(0, min(place.width - 1, width - place.x)) }
}
