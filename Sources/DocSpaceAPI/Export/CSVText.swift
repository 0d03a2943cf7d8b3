/// RFC 4180 CSV lines.
public enum CSVText {
    /// Quotes a field when it holds a comma, quote or line break. A field that a spreadsheet
    /// would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`: names are
    /// written by anyone, and an export is opened by an admin.
    public static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }
}
