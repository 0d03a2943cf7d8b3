import DocSpaceAPI

/// What happened to one line of an import file: the row of the results file.
public struct ImportResult: Sendable, Equatable {
    public var line: Int
    public var email: String
    public var outcome: TargetOutcome
    /// The new person's id, when the portal has them.
    public var personID: String?
    /// What was done, or the portal's words.
    public var detail: String
    /// The portal's error that stops the run after this line (an expired session); not in
    /// the results file, which says it in `detail`.
    public var stoppedBy: DocSpaceError?

    public init(line: Int, email: String, outcome: TargetOutcome, personID: String? = nil, detail: String) {
        self.line = line
        self.email = email
        self.outcome = outcome
        self.personID = personID
        self.detail = detail
    }
}

/// The results file of an import, written a row at a time as the run goes (so an interrupted
/// run leaves a record of every line it reached): RFC 4180 with CRLF line ends, every field
/// through `CSVText.field` like every CSV of this tool (no cell a spreadsheet would run as
/// a formula).
public enum ImportResultsCSV {
    public static let header = ["line", "email", "outcome", "id", "detail"]

    public static var headerLine: String { CSVText.line(header) + "\r\n" }

    public static func line(_ result: ImportResult) -> String {
        CSVText.line([String(result.line), result.email, result.outcome.rawValue, result.personID ?? "", result.detail])
            + "\r\n"
    }

    /// "docspace-people-import-20261207-171500.csv", in the working directory.
    public static func suggestedFileName(stamp: String) -> String {
        "docspace-people-import-\(stamp).csv"
    }
}
