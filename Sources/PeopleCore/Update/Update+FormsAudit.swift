import DocSpaceAPI
import Foundation

extension AppState {
    /// One audit line for a change request the forms sent (add, invite, resend), in the CLI's
    /// shape with source `tui`. The time is stamped by the runner when it records the line
    /// (`update` has no clock); nothing here can hold a password.
    func formsAuditEntry(action: String, request: String, targets: [AuditEntry.Target]) -> AuditEntry {
        AuditEntry(
            time: .distantPast, portal: session.portal,
            user: .init(id: session.me.id, email: session.me.email),
            action: action, request: request, source: "tui", targets: targets)
    }
}
