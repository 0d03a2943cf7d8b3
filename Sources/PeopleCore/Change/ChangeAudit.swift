import DocSpaceAPI
import Foundation

/// The outcome entry for a terminate, re-activate, delete or undo the terminal UI sent: one
/// per action (however many batches it took), with each person's outcome. Each batch's
/// request has its own `sent` line before it (`AppState.sentRecord`).
enum ChangeAudit {
    static func entry(for report: ActionReport, session: Session, time: Date) -> AuditEntry {
        var targets: [AuditEntry.Target] = []
        targets.reserveCapacity(report.resultCount)
        for index in 0..<report.resultCount {
            guard let row = report.resultRow(at: index) else { continue }
            targets.append(
                AuditEntry.Target(
                    id: row.person.id, email: row.person.email,
                    displayName: row.person.displayName,
                    outcome: row.outcome.rawValue, detail: row.detail))
        }
        return AuditEntry(
            time: time, portal: session.portal,
            user: AuditEntry.Actor(id: session.me.id, email: session.me.email),
            action: report.actionWord, request: request(for: report), source: "tui", targets: targets)
    }

    /// The request in the server's words, as the people sent went out: a delete sent for one
    /// person is `DELETE people/{id}`, for several `PUT people/delete`.
    static func request(for report: ActionReport) -> String {
        let sent = report.done + report.failed.map(\.person)
        return PendingAction(kind: report.kind, targets: sent.isEmpty ? report.skipped.map(\.person) : sent).serverCall
    }
}
