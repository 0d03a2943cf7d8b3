import Foundation
import PeopleCore

/// What `docspace-people keys` prints: every binding in force, by context, the ones the
/// config file's `[keys]` changed marked, in the spelling `[keys]` reads (so a line can be
/// copied into the file).
enum KeysListing {
    /// One binding as `--json` writes it.
    struct Row: Encodable, Equatable {
        var context: String
        /// The name `[keys]` binds; `null` for a dialog's or a field's own keys.
        var action: String?
        var keys: [String]
        /// Set by the config file's `[keys]`, at this line.
        var line: Int?
        var help: String
    }

    static func rows(_ table: KeyTable) -> [Row] {
        KeyContext.allCases.flatMap { context in
            table.bindings(in: context).map { binding in
                Row(
                    context: context.rawValue, action: binding.action.bindingName,
                    keys: binding.keys.map(KeyName.spelling), line: binding.userLine, help: binding.help)
            }
        }
    }

    /// The text: a heading per context, then `* keys  action  help` rows, `*` for yours.
    static func text(_ table: KeyTable, configFile: String) -> [String] {
        let changed = table.usersBindings.count
        var lines = [
            "Keys in force (\(changed == 0 ? "the defaults" : "* marks yours, from \(configFile)"));"
                + " bind an action in the file's [keys]: terminate = \"x\""
        ]
        let rows = rows(table)
        let keysWidth = min(24, rows.map { $0.keys.joined(separator: " ").count }.max() ?? 0)
        let actionWidth = rows.compactMap { $0.action?.count }.max() ?? 0
        var context: String?
        for row in rows {
            if row.context != context {
                context = row.context
                lines.append("")
                lines.append(KeyContext(rawValue: row.context)?.title ?? row.context)
            }
            let keys = row.keys.joined(separator: " ")
            let action = row.action ?? "-"
            lines.append(
                "\(row.line == nil ? " " : "*") \(keys.padding(toLength: max(keysWidth, keys.count), withPad: " ", startingAt: 0))  \(action.padding(toLength: actionWidth, withPad: " ", startingAt: 0))  \(row.help)"
            )
        }
        return lines
    }

    static func json(_ table: KeyTable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(rows(table)) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
