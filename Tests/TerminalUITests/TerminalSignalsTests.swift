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
    func installedBeforeCursesAndKeptUntilStart() async throws {
        let signals = TerminalSignals()
        defer {
            signals.cancel()
            // This test process should end on Ctrl-C and SIGTERM as usual again.
            for signal in TerminalSignals.answered { Glibc.signal(signal, SIG_DFL) }
        }
        for signal in TerminalSignals.answered {
            #expect(SignalCatcher.isCaught(signal), "signal \(signal) is still at its default")
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

    @Test(
        "A signal given its default back is caught again by a new source: libdispatch's handler is put back, not waited for in vain"
    )
    func caughtAgainAfterItsDefaultCameBack() async throws {
        // SIGURG: ignored by default, so nothing here can end the test process.
        var fired = 0
        let first = DispatchSource.makeSignalSource(signal: SIGURG, queue: .main)
        SignalCatcher.resume(first, for: SIGURG)
        #expect(SignalCatcher.isCaught(SIGURG))
        first.cancel()
        signal(SIGURG, SIG_DFL)
        #expect(!SignalCatcher.isCaught(SIGURG))

        let second = DispatchSource.makeSignalSource(signal: SIGURG, queue: .main)
        second.setEventHandler { MainActor.assumeIsolated { fired += 1 } }
        let clock = ContinuousClock()
        let started = clock.now
        SignalCatcher.resume(second, for: SIGURG)
        #expect(SignalCatcher.isCaught(SIGURG))
        #expect(clock.now - started < .seconds(1), "it waited for a handler libdispatch never installs twice")
        defer {
            second.cancel()
            signal(SIGURG, SIG_DFL)
        }
        kill(getpid(), SIGURG)
        let deadline = clock.now + .seconds(10)
        while fired == 0, clock.now < deadline { try await Task.sleep(for: .milliseconds(2)) }
        #expect(fired == 1)
    }
}
