import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The terminal with echo off while a password is typed, given back on every way out: the
/// normal return, and the signals that end the process at the prompt (Ctrl-C, Ctrl-\, a
/// SIGTERM, the terminal hanging up) — their default action would end it with echo still off,
/// and the next command the user types would not be shown.
enum SilentTerminal {
    /// Read by the signal handler, which can capture nothing: the terminal and its settings
    /// from before. Written only while no handler is installed.
    nonisolated(unsafe) private static var fd: Int32 = -1
    nonisolated(unsafe) private static var saved = termios()

    static let signals: [Int32] = [SIGINT, SIGQUIT, SIGTERM, SIGHUP]

    /// Runs `body` with echo off on `terminal`; the settings from before come back afterwards,
    /// or before one of `signals` ends the process (which then still ends by that signal).
    static func run<T>(on terminal: Int32, _ body: () -> T) -> T? {
        var before = termios()
        guard tcgetattr(terminal, &before) == 0 else { return nil }
        fd = terminal
        saved = before
        var silent = before
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ICANON)
        let previous = signals.map { signal in
            Glibc.signal(signal) { received in
                var restored = SilentTerminal.saved
                tcsetattr(SilentTerminal.fd, TCSANOW, &restored)
                _ = Glibc.write(SilentTerminal.fd, "\n", 1)
                // The default action, now that the terminal is back: the process still ends
                // by the signal, so a shell script that ran it stops too (130 for Ctrl-C).
                _ = Glibc.signal(received, SIG_DFL)
                raise(received)
            }
        }
        tcsetattr(terminal, TCSAFLUSH, &silent)
        defer {
            tcsetattr(terminal, TCSAFLUSH, &before)
            for (signal, handler) in zip(signals, previous) { _ = Glibc.signal(signal, handler) }
        }
        return body()
    }
}
