import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// The signals the app answers itself — Ctrl-Z and the continue after it, a resize, Ctrl-C,
/// SIGTERM, SIGHUP, and SIGQUIT sent by `kill` (ended like SIGTERM, the terminal given back,
/// instead of a core dump over a raw terminal) — through libdispatch signal sources that are in place before curses
/// starts.
///
/// Why before: `newterm` installs ncurses' own handler for each of these still at its
/// default, and libdispatch installs its handler only when it registers a source, on its own
/// thread, a moment after `resume`. A signal in that moment ran ncurses' handler — on the
/// process's main thread, which libdispatch parks in `sigsuspend` with nothing blocked, so it
/// takes every signal sent to the process — and for Ctrl-Z that handler stops the app without
/// turning bracketed paste off: the shell then got every paste wrapped in markers. So the
/// sources are resumed first and `newterm` is called once libdispatch's handler is installed
/// for each; ncurses leaves a signal alone when its handler is not the default.
///
/// A signal that arrives before the device takes deliveries (between `newterm` and `start`)
/// is kept and delivered then, not lost.
@MainActor
final class TerminalSignals {
    static let answered: [Int32] = [SIGTSTP, SIGCONT, SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    private var sources: [any DispatchSourceSignal] = []
    private var kept: [Int32] = []
    private var deliver: ((Int32) -> Void)?

    /// Resumes a source for each answered signal, each returning once libdispatch's handler is
    /// installed for it (`SignalCatcher`).
    init() {
        for signal in Self.answered {
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .main)
            source.setEventHandler { [weak self] in
                MainActor.assumeIsolated { self?.receive(signal) }
            }
            SignalCatcher.resume(source, for: signal)
            sources.append(source)
        }
    }

    /// From now on each signal goes to `handler`, those kept meanwhile first.
    func start(_ handler: @escaping (Int32) -> Void) {
        deliver = handler
        let earlier = kept
        kept = []
        for signal in earlier { handler(signal) }
    }

    /// The sources are cancelled; libdispatch's handlers stay installed (it never removes
    /// them), so a later signal is swallowed rather than ending the process mid-cleanup.
    func cancel() {
        for source in sources { source.cancel() }
        sources = []
        deliver = nil
    }

    /// Signals that arrived before `start`, in order.
    var waiting: [Int32] { kept }

    /// A signal from its source: delivered, or kept until `start`.
    func receive(_ signal: Int32) {
        if let deliver { deliver(signal) } else { kept.append(signal) }
    }
}
