/// RFC 4180 CSV lines, the one field rule of every CSV this tool writes (`list --csv`, the
/// export, the results of a change).
public enum CSVText {
    /// Quotes a field when it holds a comma, a semicolon, a quote or a line break: a
    /// semicolon because Excel in many locales (German, French, Russian…) splits on it, so an
    /// unquoted `;` in a name would shift every column after it. A field that a spreadsheet
    /// would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`: names
    /// are written by anyone, and an export is opened by an admin.
    public static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        // Scalars, not characters: "\r\n" is one `Character`, equal to neither "\r" nor "\n".
        if text.unicodeScalars.contains(where: { ",;\"\n\r".unicodeScalars.contains($0) }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }
}
