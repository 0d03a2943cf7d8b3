import Dispatch
import Foundation
import TerminalUI

/// Ctrl-C during a step that must not be cut short blindly (following a portal task): the
/// signal is caught and remembered instead of ending the process, so the command can ask the
/// portal to cancel, report what happened, and then exit 130. `end()` gives SIGINT its default
/// action back. A second Ctrl-C means "stop waiting": the process ends at once (exit 130).
final class InterruptLatch: InterruptSignal, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private let source: any DispatchSourceSignal

    /// Latches alive now: while there is one, Ctrl-C is theirs, not `ChangeRecord`'s.
    private static let active = ActiveLatches()
    static var isActive: Bool { active.count > 0 }

    init() {
        Self.active.add(1)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.fire() }
        // Caught from the moment `init` returns, also after an earlier latch gave SIGINT its
        // default back.
        SignalCatcher.resume(source, for: SIGINT)
    }

    private func fire() {
        let presses = lock.withLock {
            count += 1
            return count
        }
        if presses >= 2 {
            Console.error(
                "Interrupted again: stopped without waiting for the portal; check the people named above with `docspace-people show`"
            )
            ChangeRecord.shared.abandonAll()
            exit(130)
        }
    }

    /// Ctrl-C came since the latch was made.
    var isInterrupted: Bool { lock.withLock { count > 0 } }

    /// Stops catching Ctrl-C: from here on it ends the process again.
    func end() {
        source.cancel()
        Self.active.add(-1)
        // Once a change has been sent, `ChangeRecord` keeps watching Ctrl-C for the rest of
        // the run; giving SIGINT its default action back would let it end the process silently.
        if !ChangeRecord.shared.watchesSignals { signal(SIGINT, SIG_DFL) }
    }
}

/// Whether Ctrl-C came: what a follower of the portal's tasks asks between two polls.
protocol InterruptSignal: Sendable {
    var isInterrupted: Bool { get }
}

/// How many `InterruptLatch`es are alive.
private final class ActiveLatches: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    func add(_ n: Int) { lock.withLock { value += n } }
}
