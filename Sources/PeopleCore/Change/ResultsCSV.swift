import DocSpaceAPI

/// The results of a change as CSV (RFC 4180: CRLF line ends), safe to open in a spreadsheet:
/// each field goes through `CSVText.field`, the rule every CSV of this tool follows — quoted
/// when it holds a comma, semicolon, quote or line break, and a leading `'` for a cell that
/// starts with `=`, `+`, `-`, `@` (or a tab or carriage return), which a spreadsheet would
/// run as a formula (OWASP's advice on CSV injection). Names and e-mails come from the
/// portal, where anyone who can edit a profile can write such a cell.
public enum ResultsCSV {
    public static let header = ["id", "name", "email", "outcome", "detail"]

    public static func text(for report: ActionReport) -> String {
        var out = line(header)
        for index in 0..<report.resultCount {
            guard let row = report.resultRow(at: index) else { continue }
            out += line([
                row.person.id, row.person.displayName, row.person.email ?? "",
                row.outcome.rawValue, row.detail,
            ])
        }
        return out
    }

    static func line(_ fields: [String]) -> String {
        CSVText.line(fields) + "\r\n"
    }

    /// "docspace-people-terminate-20261129-071500.csv", in the working directory.
    public static func suggestedFileName(for report: ActionReport, stamp: String) -> String {
        "docspace-people-\(report.actionWord)-\(stamp).csv"
    }
}
