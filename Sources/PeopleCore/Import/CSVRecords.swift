/// One record of a CSV file: its fields and the line of the file it starts on (a quoted
/// field may hold line breaks, so a record can span several lines).
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// Reads CSV as RFC 4180 writes it: fields separated by commas, records by CRLF (a bare LF
/// or CR is taken too, as spreadsheets on every system write them), a field in double quotes
/// may hold commas, line breaks and `""` for a quote. A UTF-8 byte-order mark at the start is
/// dropped (Excel writes one). A quote inside an unquoted field, text after a closing quote
/// and a quote never closed are refused with their line, rather than guessed at: a guess
/// would shift the columns of every line after it.
public enum CSVRecords {
    public static func parse(_ text: String) throws(ImportProblem) -> [CSVRecord] {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var quoted = false
        var quoteOpenedOn = 0
        // After a closing quote only a comma or a line end may come.
        var afterClosingQuote = false
        var fieldStarted = false
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            return iterator.next()
        }
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            afterClosingQuote = false
            fieldStarted = false
        }
        func endRecord() {
            endField()
            // A blank line is no record (a trailing line break, a spacer between blocks).
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
        }

        while let scalar = next() {
            if quoted {
                switch scalar {
                case "\"":
                    if let following = next() {
                        if following == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            afterClosingQuote = true
                            pending = following
                        }
                    } else {
                        quoted = false
                        afterClosingQuote = true
                    }
                case "\r":
                    // CRLF inside quotes is kept as one line break, counted once.
                    if let following = next(), following != "\n" { pending = following }
                    field.append("\n")
                    line += 1
                case "\n":
                    field.append("\n")
                    line += 1
                default:
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
            case "\r", "\n":
                if scalar == "\r", let following = next(), following != "\n" { pending = following }
                endRecord()
                line += 1
                recordLine = line
            case "\"":
                if afterClosingQuote || fieldStarted {
                    throw ImportProblem(
                        line: line,
                        message:
                            "a quote inside a field that does not start with one (write the field in quotes, the quote doubled: \"\"\"\")"
                    )
                }
                quoted = true
                quoteOpenedOn = line
                fieldStarted = true
            default:
                if afterClosingQuote {
                    throw ImportProblem(
                        line: line, message: "text after a closing quote (a comma must follow the closing quote)")
                }
                field.append(scalar)
                fieldStarted = true
            }
        }
        if quoted {
            throw ImportProblem(line: quoteOpenedOn, message: "a quoted field is never closed (a quote is missing)")
        }
        if fieldStarted || afterClosingQuote || !fields.isEmpty { endRecord() }
        return records
    }
}
