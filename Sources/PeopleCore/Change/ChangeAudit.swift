import DocSpaceAPI
import Foundation

/// The outcome entry of a change, for the terminal UI and the command line alike: one per
/// change (however many batches it took), with each person's outcome in the words the
/// results view and the command line print (`ResultRow`). Each batch's request has its own
/// `sent` line before it.
public enum ChangeAudit {
    static func entry(for report: ActionReport, session: Session, time: Date) -> AuditEntry {
        entry(for: report, portal: session.portal, me: session.me, source: "tui", time: time)
    }

    /// - Parameter source: `tui` or `cli`.
    public static func entry(
        for report: ActionReport, portal: String, me: Person, source: String, time: Date
    ) -> AuditEntry {
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
            time: time, portal: portal,
            user: AuditEntry.Actor(id: me.id, email: me.email),
            action: report.actionWord, request: request(for: report), source: source, targets: targets)
    }

    /// The request in the server's words, as the people sent went out: a delete sent for one
    /// person is `DELETE people/{id}`, for several `PUT people/delete`.
    static func request(for report: ActionReport) -> String {
        let sent = report.done + report.failed.map(\.person)
        return PendingAction(kind: report.kind, targets: sent.isEmpty ? report.skipped.map(\.person) : sent).serverCall
    }
}
