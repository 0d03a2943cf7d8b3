import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Signal sources whose signal is surely caught once they are resumed.
///
/// libdispatch installs its handler for a signal when it registers the first source for it:
/// on its own thread, a moment after `resume`, and only once in the process's life. Two
/// things went wrong around that. A signal sent in that moment met whatever was there before
/// (SIG_IGN set "meanwhile" lost it — a Ctrl-C during a change's request did nothing; ncurses'
/// own handler stopped the app on Ctrl-Z without turning bracketed paste off). And a signal
/// given its default action back later was never caught again by a new source, because
/// libdispatch does not install its handler a second time. So `resume` waits until the
/// handler is in place, and puts libdispatch's handler back itself for a signal it caught
/// before.
public enum SignalCatcher {
    private static let lock = NSLock()
    /// libdispatch's handler as first seen: the same function serves every signal.
    nonisolated(unsafe) private static var dispatchAction: sigaction?
    /// The signals libdispatch has caught in this process.
    nonisolated(unsafe) private static var caughtBefore: Set<Int32> = []

    /// Resumes `source`, made for `signal`, and returns once the signal has libdispatch's
    /// handler (at most `limit`; normally microseconds).
    public static func resume(
        _ source: any DispatchSourceSignal, for signal: Int32, waitingAtMost limit: Duration = .seconds(2)
    ) {
        source.resume()
        let again = lock.withLock { caughtBefore.contains(signal) ? dispatchAction : nil }
        if var action = again, !isCaught(signal) {
            sigaction(signal, &action, nil)
        }
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while !isCaught(signal), clock.now < deadline { usleep(100) }
        guard isCaught(signal) else { return }
        var current = sigaction()
        sigaction(signal, nil, &current)
        lock.withLock {
            caughtBefore.insert(signal)
            if dispatchAction == nil { dispatchAction = current }
        }
    }

    /// Whether `signal` has a handler: neither its default action nor ignored.
    public static func isCaught(_ signal: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(signal, nil, &current) == 0 else { return false }
        let handler = unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self)
        return handler != unsafeBitCast(SIG_DFL, to: Int.self) && handler != unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
