import DocSpaceAPI

/// The results of a change as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or
/// line break quoted, quotes doubled), safe to open in a spreadsheet: a cell that starts
/// with `=`, `+`, `-`, `@` (or a tab or carriage return) would be read as a formula, so it
/// gets a leading `'` (OWASP's advice on CSV injection). Names and e-mails come from the
/// portal, where anyone who can edit a profile can write such a cell.
public enum ResultsCSV {
    public static let header = ["id", "name", "email", "outcome", "detail"]

    public static func text(for report: ActionReport) -> String {
        var out = line(header)
        for index in 0..<report.resultCount {
            guard let row = report.resultRow(at: index) else { continue }
            out += line([row.person.id, row.person.displayName, row.person.email ?? "",
                         row.outcome.rawValue, row.detail])
        }
        return out
    }

    static func line(_ fields: [String]) -> String {
        fields.map(cell).joined(separator: ",") + "\r\n"
    }

    /// One field, defused and quoted as needed.
    public static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// "docspace-people-terminate-20261129-071500.csv", in the working directory.
    public static func suggestedFileName(for report: ActionReport, stamp: String) -> String {
        "docspace-people-\(report.actionWord)-\(stamp).csv"
    }
}
