import PeopleCore

/// A list column's cell as plain text, for the command line's table (`list --columns`, a
/// saved view's columns): the very words the terminal UI's list draws (`ListCell`), so a
/// column reads the same on both, without the styles.
public enum ListColumnText {
    /// `width` is the most the cell may take: the group column cuts its name to keep its
    /// "+N" count in it. `lastSignIn` is the person's from the login history read.
    public static func text(_ column: ListColumn, _ row: PersonRow, width: Int, lastSignIn: LastSignIn?) -> String {
        // `ListCell`'s width counts the gap before the next column; the command line's does not.
        ListCell(column, row, width: width + 1, shortTypes: false, lastSignIn: lastSignIn).text
    }
}
