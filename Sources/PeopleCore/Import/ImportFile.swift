import Foundation

/// One person's line of an import file, as written (trimmed), before any check.
public struct ImportLine: Sendable, Equatable {
    /// The line of the file the record starts on (the header is line 1).
    public var line: Int
    public var email: String
    public var firstName: String
    public var lastName: String
    public var type: String
    /// The groups' names; the column separates them with `;` (a comma would end the field).
    public var groups: [String]
    public var quota: String

    public init(
        line: Int, email: String, firstName: String = "", lastName: String = "", type: String = "",
        groups: [String] = [], quota: String = ""
    ) {
        self.line = line
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.type = type
        self.groups = groups
        self.quota = quota
    }
}

/// An import file read into lines: the header names the columns (`ImportColumn`), every
/// other record is one person. A file whose header is wrong is refused whole; a record with
/// more or fewer fields than the header is a problem of that line.
public struct ImportFile: Sendable, Equatable {
    public var lines: [ImportLine]
    /// Records whose field count does not match the header.
    public var problems: [ImportProblem]

    /// Reads the text of a file. Throws the problem that stops the whole file: bad quoting,
    /// no header, an unknown, repeated or missing column.
    public static func read(_ text: String) throws(ImportProblem) -> ImportFile {
        let records: [CSVRecord]
        do {
            records = try CSVRecords.parse(text)
        } catch {
            throw ImportProblem(line: error.line, message: error.message)
        }
        guard let header = records.first else {
            throw ImportProblem(
                line: 1, message: "the file is empty: the first line names the columns (\(ImportColumn.documented))")
        }
        var columns: [ImportColumn] = []
        for name in header.fields {
            guard let column = ImportColumn(header: name) else {
                throw ImportProblem(
                    line: header.line,
                    message: "unknown column “\(name)”: the columns are \(ImportColumn.documented)")
            }
            if columns.contains(column) {
                throw ImportProblem(line: header.line, message: "the column \(column.headerName) is named twice")
            }
            columns.append(column)
        }
        for column in ImportColumn.allCases where column.isRequired && !columns.contains(column) {
            throw ImportProblem(line: header.line, message: "no \(column.headerName) column")
        }
        var file = ImportFile(lines: [], problems: [])
        for record in records.dropFirst() {
            guard record.fields.count == columns.count else {
                file.problems.append(
                    ImportProblem(
                        line: record.line,
                        message:
                            "\(record.fields.count) fields, the header has \(columns.count) (a comma in a name needs quotes)"
                    ))
                continue
            }
            var line = ImportLine(line: record.line, email: "")
            for (column, raw) in zip(columns, record.fields) {
                let value = raw.trimmingCharacters(in: .whitespaces)
                switch column {
                case .email: line.email = value
                case .firstName: line.firstName = value
                case .lastName: line.lastName = value
                case .type: line.type = value
                case .groups:
                    line.groups = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                        .filter { !$0.isEmpty }
                case .quota: line.quota = value
                }
            }
            file.lines.append(line)
        }
        return file
    }
}

/// Something wrong with one line of an import file — its CSV (`CSVRecords`) or its content —
/// said with the line.
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
