import Foundation
import PeopleCore

/// What the app says on standard error, after the terminal is given back, when it ended
/// while a change was on its way: the same words as the audit log's `outcome unknown` line.
enum OutcomeUnknownNotice {
    static func text(_ entries: [AuditEntry]) -> String? {
        guard !entries.isEmpty else { return nil }
        var lines: [String] = []
        for entry in entries {
            lines.append(
                "docspace-people: \(entry.action) (\(entry.request)) was sent; outcome not known — check the portal:")
            for target in entry.targets {
                let who = [target.displayName, target.email.map { "<\($0)>" }].compactMap { $0 }
                    .filter { !$0.isEmpty }.joined(separator: " ")
                lines.append("  " + TerminalText.sanitized(who.isEmpty ? (target.id ?? "?") : who))
            }
        }
        lines.append("docspace-people: the audit log records it (docspace-people audit).")
        return lines.joined(separator: "\n") + "\n"
    }

    static func write(_ entries: [AuditEntry]) {
        guard let text = text(entries) else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
