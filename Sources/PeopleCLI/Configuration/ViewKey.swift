import DocSpaceAPI
import PeopleCore

/// One setting of a `[views.NAME]` table: its name (as `list`'s flag, `_` for `-`), how its
/// value is read into a `SavedView` and how it is written back. The table of them, `all`, is
/// the one place a setting is added: account, paid, inviter or guests is one line there.
struct ViewKey: Sendable {
    let name: String
    let read: @Sendable (ConfigFile.Value, inout SavedView) throws(ViewKeyProblem) -> Void
    /// The value as config.toml text (`"active"`, `true`, `["name", "email"]`); `nil`: not set.
    let write: @Sendable (SavedView) -> String?

    static let all: [ViewKey] = [
        .word("status", \.status, "active, terminated or pending", SavedView.status(parsing:), SavedView.statusWord),
        .words(
            "type", \.types, "docspace-admin, room-admin, user or guest", EmployeeType.init(parsing:),
            SavedView.typeWord),
        .text("group", \.group),
        .flag("without_group", \.withoutGroup),
        .text("search", \.search),
        .word(
            "sort", \.sort, PeopleQuery.SortField.allCases.map(\.rawValue).joined(separator: ", "),
            { PeopleQuery.SortField(rawValue: $0.lowercased()) }, \.rawValue),
        .flag("desc", \.descending),
        .word("quota", \.quota, "default or custom", QuotaFilter.init(word:), \.word),
        .word("account", \.account, "sso, ldap or standard", AccountLoginType.init(parsing:), \.word),
        .word("seats", \.seats, "paid or free", Payments.init(word:), \.displayName),
        .flag("guests", \.guests),
        .flag("invited_by_me", \.invitedByMe),
        .text("inviter", \.inviter),
        .words("columns", \.columns, ListColumn.knownNames, ListColumn.init(parsing:), \.configName),
    ]

    /// Reads `key = value` of a view, or says why not.
    static func assign(_ key: String, _ value: ConfigFile.Value, to view: inout SavedView) throws(ViewKeyProblem) {
        guard let setting = all.first(where: { $0.name == key }) else {
            throw ViewKeyProblem(
                "unknown view setting \"\(key)\" (known: \(all.map(\.name).joined(separator: ", ")))")
        }
        try setting.read(value, &view)
        if view.withoutGroup && view.group != nil {
            throw ViewKeyProblem("a view takes one of group and without_group")
        }
        // One word per concept: your own invitations are `invited_by_me`, as on the command line.
        if let inviter = view.inviter, inviter.lowercased() == "me" {
            throw ViewKeyProblem("inviter takes an id, user name or e-mail; for your own write invited_by_me = true")
        }
        if view.invitedByMe && view.inviter != nil {
            throw ViewKeyProblem("a view takes one of inviter and invited_by_me")
        }
    }

    /// The table's lines, `key = value`, in the order of `all`.
    static func lines(of view: SavedView) -> [String] {
        all.compactMap { key in key.write(view).map { "\(key.name) = \($0)" } }
    }

    // MARK: The kinds of settings

    /// A quoted word from a fixed set: `status = "active"`.
    static func word<Value: Sendable>(
        _ name: String, _ path: WritableKeyPath<SavedView, Value?> & Sendable, _ expected: String,
        _ parse: @escaping @Sendable (String) -> Value?, _ text: @escaping @Sendable (Value) -> String?
    ) -> ViewKey {
        ViewKey(
            name: name,
            read: { value, view throws(ViewKeyProblem) in
                guard case .string(let word) = value else {
                    throw ViewKeyProblem("\(name) must be a quoted word: \(expected)")
                }
                guard let parsed = parse(word) else {
                    throw ViewKeyProblem("unknown \(name) \"\(word)\": use \(expected)")
                }
                view[keyPath: path] = parsed
            },
            write: { view in view[keyPath: path].flatMap(text).map(quoted) })
    }

    /// A list of quoted words (one word alone is taken too): `type = ["user", "guest"]`.
    static func words<Value: Sendable & Equatable>(
        _ name: String, _ path: WritableKeyPath<SavedView, [Value]> & Sendable, _ expected: String,
        _ parse: @escaping @Sendable (String) -> Value?, _ text: @escaping @Sendable (Value) -> String
    ) -> ViewKey {
        ViewKey(
            name: name,
            read: { value, view throws(ViewKeyProblem) in
                let words: [String]
                switch value {
                case .string(let word): words = [word]
                case .strings(let list): words = list
                case .bool, .integer, .malformed:
                    throw ViewKeyProblem("\(name) must be a list of quoted words: \(name) = [\"…\"] (\(expected))")
                }
                var parsed: [Value] = []
                for word in words {
                    guard let one = parse(word) else {
                        throw ViewKeyProblem("unknown \(name) \"\(word)\": use \(expected)")
                    }
                    guard !parsed.contains(one) else { throw ViewKeyProblem("\(name) names \"\(word)\" twice") }
                    parsed.append(one)
                }
                guard !parsed.isEmpty else { throw ViewKeyProblem("\(name) is empty: leave it out instead") }
                view[keyPath: path] = parsed
            },
            write: { view in
                let list = view[keyPath: path]
                return list.isEmpty ? nil : "[" + list.map { quoted(text($0)) }.joined(separator: ", ") + "]"
            })
    }

    /// Any quoted text: `search = "smith"`.
    static func text(_ name: String, _ path: WritableKeyPath<SavedView, String?> & Sendable) -> ViewKey {
        ViewKey(
            name: name,
            read: { value, view throws(ViewKeyProblem) in
                guard case .string(let text) = value, !text.isEmpty else {
                    throw ViewKeyProblem("\(name) must be a quoted, non-empty string")
                }
                view[keyPath: path] = text
            },
            write: { view in view[keyPath: path].map(quoted) })
    }

    /// `true` or `false`: `desc = true`.
    static func flag(_ name: String, _ path: WritableKeyPath<SavedView, Bool> & Sendable) -> ViewKey {
        ViewKey(
            name: name,
            read: { value, view throws(ViewKeyProblem) in
                guard case .bool(let flag) = value else { throw ViewKeyProblem("\(name) must be true or false") }
                view[keyPath: path] = flag
            },
            write: { view in view[keyPath: path] ? "true" : nil })
    }

    /// A TOML basic string: quotes, backslashes and control characters escaped, as the
    /// parser reads them back.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}

/// Why a view's setting is not one, in words (the parser adds the line).
struct ViewKeyProblem: Error, Sendable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
