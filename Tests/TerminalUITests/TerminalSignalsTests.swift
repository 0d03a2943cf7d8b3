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
    func installedBeforeCursesAndKeptUntilStart() async throws {
        let signals = TerminalSignals()
        defer {
            signals.cancel()
            // This test process should end on Ctrl-C and SIGTERM as usual again.
            for signal in TerminalSignals.answered { Glibc.signal(signal, SIG_DFL) }
        }
        for signal in TerminalSignals.answered {
            #expect(TerminalSignals.hasHandler(signal), "signal \(signal) is still at its default")
        }

        // SIGWINCH: harmless to this process whatever happens to it.
        kill(getpid(), SIGWINCH)
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(10)
        while signals.waiting.isEmpty, clock.now < deadline {
            try await Task.sleep(for: .milliseconds(2))
        }
        #expect(signals.waiting == [SIGWINCH])

        var delivered: [Int32] = []
        signals.start { delivered.append($0) }
        #expect(delivered == [SIGWINCH])
        #expect(signals.waiting.isEmpty)
    }
}
