import DocSpaceAPI
import Foundation

/// The detail pane's words for the command line, so `docspace-people show` and the terminal
/// UI label, order and format a person's fields the same way (dates in local time, sizes,
/// the status as a symbol and a word).
public enum PersonDetailText {
    /// Every field the detail pane shows, as label and value, in its order. Values are the
    /// raw text: pass them through `TerminalText.sanitized` before printing.
    public static func fields(of person: Person, timeZone: TimeZone = .current) -> [(label: String, value: String)] {
        DetailSheet.fields(of: person, timeZone: timeZone).map { ($0.0, $0.1) }
    }

    /// "● Active", "◌ Pending", "⊘ Disabled".
    public static func status(_ status: EmployeeStatus) -> String {
        PersonText.status(status)
    }
}
