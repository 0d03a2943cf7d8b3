import Dispatch
import Foundation

/// Ctrl-C during a step that must not be cut short blindly (following a portal task): the
/// signal is caught and remembered instead of ending the process, so the command can ask the
/// portal to cancel, report what happened, and then exit 130. `end()` gives SIGINT its default
/// action back.
final class InterruptLatch: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false
    private let source: any DispatchSourceSignal

    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.fire() }
        source.resume()
    }

    private func fire() { lock.withLock { fired = true } }

    /// Ctrl-C came since the latch was made.
    var isInterrupted: Bool { lock.withLock { fired } }

    /// Stops catching Ctrl-C: from here on it ends the process again.
    func end() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
