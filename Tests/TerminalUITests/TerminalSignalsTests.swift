import Dispatch
import Foundation
import Testing

@testable import TerminalUI

#if canImport(Glibc)
import Glibc
#endif

/// The app's signal sources are in place before curses starts: once `TerminalSignals` exists,
/// none of the answered signals is at its default (ncurses, which only replaces a default,
/// installs no handler of its own), and a signal that comes before the device starts is kept
/// and delivered then.
@MainActor
@Suite("Signals answered by the app's own sources, from before curses starts", .serialized)
struct TerminalSignalsTests {
    @Test(
        "Every answered signal has libdispatch's handler before newterm; a resize before start is kept, then delivered")
    func installedBeforeCursesAndKeptUntilStart() {
        let signals = TerminalSignals()
        defer {
            signals.cancel()
            // This test process should end on Ctrl-C and SIGTERM as usual again.
            for signal in TerminalSignals.answered { Glibc.signal(signal, SIG_DFL) }
        }
        for signal in TerminalSignals.answered {
            #expect(SignalCatcher.isCaught(signal), "signal \(signal) is still at its default")
        }

        // What the source hands over before the device starts is kept, in order. (Delivery
        // from the kernel through the source is the end-to-end tests' part: Ctrl-Z, SIGTERM,
        // SIGHUP and resizes against the real binary.)
        signals.receive(SIGWINCH)
        signals.receive(SIGTERM)
        #expect(signals.waiting == [SIGWINCH, SIGTERM])

        var delivered: [Int32] = []
        signals.start { delivered.append($0) }
        #expect(delivered == [SIGWINCH, SIGTERM])
        #expect(signals.waiting.isEmpty)
    }

    @Test(
        "A signal given its default back is caught again by a new source at once: libdispatch's handler is put back, not waited for in vain"
    )
    func caughtAgainAfterItsDefaultCameBack() {
        // SIGURG: ignored by default, so nothing here can end the test process.
        let first = DispatchSource.makeSignalSource(signal: SIGURG, queue: .main)
        SignalCatcher.resume(first, for: SIGURG)
        #expect(SignalCatcher.isCaught(SIGURG))
        first.cancel()
        signal(SIGURG, SIG_DFL)
        #expect(!SignalCatcher.isCaught(SIGURG))

        let second = DispatchSource.makeSignalSource(signal: SIGURG, queue: .main)
        // No waiting allowed: libdispatch never installs its handler a second time, so only
        // `SignalCatcher` putting it back can make the signal caught here.
        SignalCatcher.resume(second, for: SIGURG, waitingAtMost: .zero)
        #expect(SignalCatcher.isCaught(SIGURG), "the handler was not put back")
        second.cancel()
        signal(SIGURG, SIG_DFL)
    }
}
