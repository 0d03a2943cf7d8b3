import Dispatch
import Foundation
import PeopleCore
import TerminalUI

/// The command line's half of "the record survives the exit". Before a change request goes
/// out, its `sent` line is written to the audit log and remembered here until the command
/// knows the outcome; a SIGINT, SIGHUP, SIGTERM or SIGQUIT (Ctrl-\\) meanwhile writes `outcome unknown` for
/// those people, says the same on standard error, and ends the process (128 + the signal).
///
/// Ctrl-C while an `InterruptLatch` is active belongs to the latch (it asks the portal to
/// cancel a task first); its second Ctrl-C ends the process through `abandonAll`.
final class ChangeRecord: @unchecked Sendable {
    static let shared = ChangeRecord()

    /// A change on its way: `answered()` once its outcome line is written (or about to be).
    struct Ticket: Sendable {
        fileprivate let number: Int
        func answered() { ChangeRecord.shared.answered(self) }
    }

    private let lock = NSLock()
    private var pending: [Int: (entry: AuditEntry, log: AuditLogFile)] = [:]
    private var nextNumber = 1
    private var sources: [any DispatchSourceSignal] = []

    /// Whether the signals are watched (from the first change on, for the rest of the run).
    var watchesSignals: Bool { lock.withLock { !sources.isEmpty } }

    /// Writes `entry`'s `sent` line and remembers it until `answered`.
    func sent(_ entry: AuditEntry, to log: AuditLogFile) -> Ticket {
        watchSignals()
        log.record(entry.sent())
        return lock.withLock {
            let number = nextNumber
            nextNumber += 1
            pending[number] = (entry, log)
            return Ticket(number: number)
        }
    }

    private func answered(_ ticket: Ticket) {
        _ = lock.withLock { pending.removeValue(forKey: ticket.number) }
    }

    /// Writes `outcome unknown` for every change still waiting and says so on standard error.
    func abandonAll() {
        let waiting = lock.withLock {
            let all = pending.sorted { $0.key < $1.key }.map(\.value)
            pending = [:]
            return all
        }
        for (entry, log) in waiting {
            var unknown = entry.outcomeUnknown()
            unknown.time = Date()
            log.record(unknown)
            let who = entry.targets.map { target in
                TerminalText.sanitized(
                    [target.displayName, target.email.map { "<\($0)>" }].compactMap { $0 }
                        .filter { !$0.isEmpty }.joined(separator: " "))
            }
            Console.error(
                "docspace-people: \(entry.action) (\(entry.request)) was sent; outcome not known — check the portal: \(who.joined(separator: ", "))"
            )
        }
    }

    private func watchSignals() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for number in [SIGINT, SIGHUP, SIGTERM, SIGQUIT] {
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.fire(number) }
            // Caught before the `sent` line is written and the request goes out: a signal in
            // between must not meet its default action (the process would end with no
            // `outcome unknown`) nor be ignored (the change would go on as if unasked).
            SignalCatcher.resume(source, for: number)
            sources.append(source)
        }
    }

    private func fire(_ number: Int32) {
        if number == SIGINT, InterruptLatch.isActive { return }
        abandonAll()
        exit(128 + number)
    }
}
