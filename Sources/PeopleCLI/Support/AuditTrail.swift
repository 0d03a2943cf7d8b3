import DocSpaceAPI
import Foundation
import PeopleCore

/// The command line's lines in the audit log for one portal: a `sent` line before each change
/// request goes out, and an outcome line once the outcome is known.
struct AuditTrail: Sendable {
    /// The same name the terminal UI writes, so one search finds both.
    let portal: String
    let log: AuditLogFile

    /// Writes the `sent` line of a request about to go out (who, what, the request); the
    /// returned ticket's `answered()` once the outcome line is written. Until then a signal
    /// that ends the process writes `outcome unknown` for these people.
    func sent(by me: Person, action: String, request: String, people: [Person]) -> ChangeRecord.Ticket {
        sent(
            by: me, action: action, request: request,
            targets: people.map {
                .init(id: $0.id, email: $0.email, displayName: $0.displayName, outcome: "sent", detail: nil)
            })
    }

    /// `sent` for people known only by the e-mail they are added or invited with.
    func sent(by me: Person, action: String, request: String, emails: [String]) -> ChangeRecord.Ticket {
        sent(
            by: me, action: action, request: request,
            targets: emails.map { .init(id: nil, email: $0, displayName: nil, outcome: "sent", detail: nil) })
    }

    /// `sent` for a change of a group itself: the group is the target (its name before it
    /// exists).
    func sent(by me: Person, action: String, request: String, groupID: String?, groupName: String)
        -> ChangeRecord.Ticket
    {
        sent(
            by: me, action: action, request: request,
            targets: [.init(id: groupID, email: nil, displayName: groupName, outcome: "sent", detail: nil)])
    }

    /// The outcome line of a change of a group itself.
    func record(_ outcome: GroupChangeOutcome, of change: GroupChange, by me: Person) {
        log.record(outcome.auditEntry(for: change, portal: portal, me: me, source: "cli", time: Date()))
    }

    private func sent(by me: Person, action: String, request: String, targets: [AuditEntry.Target])
        -> ChangeRecord.Ticket
    {
        ChangeRecord.shared.sent(
            AuditEntry(
                stage: .sent, portal: portal, user: .init(id: me.id, email: me.email), action: action,
                request: request, source: "cli", targets: targets),
            to: log)
    }

    /// The outcome line of a change of people (`ChangeAudit`, the terminal UI's words).
    func record(_ report: ActionReport, by me: Person, request: String? = nil) {
        var entry = ChangeAudit.entry(for: report, portal: portal, me: me, source: "cli", time: Date())
        if let request { entry.request = request }
        log.record(entry)
    }

    /// The outcome line of a request that is not a change of people the run sends (add,
    /// invite, a hand-over), from the rows the command prints.
    func record(by me: Person, action: String, request: String, entries: some Collection<BulkReport.Entry>) {
        guard !entries.isEmpty else { return }
        log.record(
            AuditEntry(
                portal: portal, user: .init(id: me.id, email: me.email), action: action, request: request,
                source: "cli",
                targets: entries.map {
                    .init(
                        id: $0.id, email: $0.email, displayName: $0.displayName, outcome: $0.result, detail: $0.detail)
                }))
    }
}
