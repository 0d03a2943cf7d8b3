/// The columns an import file may have, named in its first line. Header names are matched
/// ignoring case, spaces at either end, and the difference between a space, `_` and `-`
/// ("First name", "first_name", "FIRST-NAME"); each column has the spellings listed in
/// `names`. Any other header is refused: a misspelt "groups" would otherwise drop every
/// person's groups without a word.
public enum ImportColumn: String, Sendable, CaseIterable {
    case email
    case firstName
    case lastName
    case type
    case groups
    case quota

    /// The spellings accepted, the first one documented.
    public var names: [String] {
        switch self {
        case .email: ["e-mail", "email", "e-mail address", "email address"]
        case .firstName: ["first name", "firstname", "given name"]
        case .lastName: ["last name", "lastname", "surname", "family name"]
        case .type: ["type"]
        case .groups: ["groups", "group"]
        case .quota: ["quota"]
        }
    }

    /// The header name the documentation and messages use.
    public var headerName: String { names[0] }

    /// A file must name this column; the others may be left out (a first name is needed to
    /// create an account, not to invite: the plan says so line by line).
    public var isRequired: Bool {
        switch self {
        case .email: true
        case .firstName, .lastName, .type, .groups, .quota: false
        }
    }

    /// The column a header names, or `nil`.
    public init?(header: String) {
        let key = Self.folded(header)
        guard let column = Self.allCases.first(where: { $0.names.map(Self.folded).contains(key) }) else {
            return nil
        }
        self = column
    }

    /// "First_Name " → "first name": lower case, `_` and `-` as spaces, runs of spaces as one.
    static func folded(_ text: String) -> String {
        let spaced = text.lowercased().map { $0 == "_" || $0 == "-" ? " " : $0 }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }

    /// "e-mail, first name, last name, type, groups, quota".
    public static var documented: String { allCases.map(\.headerName).joined(separator: ", ") }
}
