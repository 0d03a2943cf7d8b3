import DocSpaceAPI
import PeopleCore
import TerminalUI

/// `list --columns` and a saved view's columns as a table: the chosen columns in their order,
/// each cell in the terminal UI's words (`ListColumnText`), the headers its titles in capitals.
/// A layer over `TextTable`: the default table (`PersonFormatter.table`) is not this one.
struct ColumnTable {
    let columns: [ListColumn]
    /// The login history read, when the last sign-in is one of the columns.
    let history: SignInHistory?
    private(set) var table: TextTable

    init(_ columns: [ListColumn], history: SignInHistory?) {
        self.columns = columns
        self.history = history
        table = TextTable(header: columns.map { $0.title.uppercased() }, maxWidths: columns.map(Self.maxWidth))
    }

    mutating func append(_ person: Person) {
        let row = PersonRow(person)
        let signIn = history?.lastSignIn(of: person.id)
        table.append(
            columns.map { ListColumnText.text($0, row, width: Self.maxWidth($0), lastSignIn: signIn) })
    }

    mutating func append(_ people: [Person]) {
        for person in people { append(person) }
    }

    /// The widest a column gets, in cells: name, e-mail, type and status as the default table
    /// has them; the others as wide as their longest usual value.
    static func maxWidth(_ column: ListColumn) -> Int {
        switch column {
        case .name: 32
        case .email: 40
        case .type: 15
        case .status: 12
        case .group: 24
        case .storage: 21  // "1023.9 MB / 1023.9 MB"
        case .inviter: 32
        case .registered: 10  // 2026-03-02
        case .lastSignIn: 10  // 2026-03-02, "none 180d", "unknown"
        }
    }
}
