import Foundation

/// A column of the People list. Everything a column is — its title, its name in config.toml
/// and `:columns`, its width, its rank when the pane is narrow, the sort it shows — is an arm
/// of a switch in this file; its cell's text is one arm in `ListCell` (TerminalUI). Adding a
/// column (the last sign-in) is one case here and those arms.
public enum ListColumn: String, Sendable, CaseIterable {
    case name, email, type, status, group, storage, inviter, registered
    /// The last sign-in from the login history, once read (`H`, `D`); a dash until then.
    case lastSignIn = "last-sign-in"

    /// Today's list: name, e-mail, type, the groups (when the pane is wide enough), status.
    public static let standard: [ListColumn] = [.name, .email, .type, .group, .status]

    /// The columns the list shows: the chosen ones, except that the standard set puts the
    /// column a mode is about where the group column was — the inviter in the Guests view (as
    /// the web's Guests tab has it; guests are in no group: the server skips them when members
    /// are added) and the last sign-in while the inactive filter stands. The group column
    /// would give way first otherwise, before a narrow pane drops them. A set the admin chose
    /// (`#`, `:columns`, a saved view) is shown as chosen.
    public static func shown(chosen: [ListColumn], guests: Bool, inactiveFilter: Bool) -> [ListColumn] {
        guard chosen == standard, guests || inactiveFilter else { return chosen }
        let modes: [ListColumn] = (guests ? [.inviter] : []) + (inactiveFilter ? [.lastSignIn] : [])
        return chosen.flatMap { $0 == .group ? modes : [$0] }
    }

    /// The header's word.
    public var title: String {
        switch self {
        case .name: "Name"
        case .email: "E-mail"
        case .type: "Type"
        case .status: "Status"
        case .group: "Group"
        case .storage: "Storage"
        case .inviter: "Invited by"
        case .registered: "Registered"
        case .lastSignIn: "Signed in"
        }
    }

    /// The word config.toml's `columns` and `:columns` take.
    public var configName: String { rawValue }

    /// `email`, `e-mail` and `mail` are one column; the rest by their config name.
    public init?(parsing text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch word {
        case "e-mail", "mail": self = .email
        case "invited-by", "invitedby", "createdby": self = .inviter
        case "registration", "registrationdate": self = .registered
        case "groups": self = .group
        case "quota", "used": self = .storage
        case "lastsignin", "last_sign_in", "signin", "signed-in": self = .lastSignIn
        default:
            guard let column = ListColumn(rawValue: word) else { return nil }
            self = column
        }
    }

    /// Cells the column takes, its one-cell gap included; `nil` for name and e-mail, which
    /// share what the others leave. A type is shortened ("Room adm.") in a pane narrower than
    /// `ListColumn.shortTypesBelow`.
    public func width(pane: Int) -> Int? {
        switch self {
        case .name, .email: nil
        case .type: pane < Self.shortTypesBelow ? 11 : 15
        case .status: 11
        case .group: 20
        case .storage: 20  // "1023.9 MB / 1023.9 MB" is 21; "1.2 GB / 5 GB" fits with room
        case .inviter: 18
        case .registered: 11  // 2026-03-02
        case .lastSignIn: 11  // 2026-03-02, "none 180d", "unknown"
        }
    }

    /// Below this pane width the type column shows short names (as the list did before columns).
    public static let shortTypesBelow = 76

    /// When the pane is narrow the chosen columns give way in this order, the lowest first:
    /// the registration date, then the last sign-in, the inviter, the storage, the groups, the
    /// type, and the status last (it says who can sign in). Name and e-mail never give way.
    public var keepRank: Int {
        switch self {
        case .registered: 1
        case .lastSignIn: 2
        case .inviter: 3
        case .storage: 4
        case .group: 5
        case .type: 6
        case .status: 7
        case .name, .email: Int.max
        }
    }

    /// The sort the header marks with ↑/↓ on this column, if the list sorts by it.
    public var sort: SortColumn? {
        switch self {
        case .name: .name
        case .email: .email
        case .type: .type
        case .registered: .registered
        case .status, .group, .storage, .inviter, .lastSignIn: nil
        }
    }

    /// `name,email,storage` (commas or spaces): the columns in that order, each once.
    public static func list(parsing text: String) throws(ListColumnError) -> [ListColumn] {
        let words = text.split { $0 == "," || $0 == " " }.map(String.init)
        return try list(words)
    }

    /// The columns named by `words`, in their order, each once; at least one.
    public static func list(_ words: [String]) throws(ListColumnError) -> [ListColumn] {
        var columns: [ListColumn] = []
        for word in words {
            guard let column = ListColumn(parsing: word) else { throw .unknown(word) }
            guard !columns.contains(column) else { throw .twice(column) }
            columns.append(column)
        }
        guard !columns.isEmpty else { throw .empty }
        return columns
    }

    /// "name, email, type, status, group, storage, inviter, registered, last-sign-in", for
    /// messages.
    public static var knownNames: String { allCases.map(\.configName).joined(separator: ", ") }
}

/// Why a list of columns is not one.
public enum ListColumnError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknown(String)
    case twice(ListColumn)
    case empty

    public var description: String {
        switch self {
        case .unknown(let word): "unknown column \"\(word)\" (known: \(ListColumn.knownNames))"
        case .twice(let column): "\(column.configName) is named twice"
        case .empty: "name at least one column (known: \(ListColumn.knownNames))"
        }
    }
}
