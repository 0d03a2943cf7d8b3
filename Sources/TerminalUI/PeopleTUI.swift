import DocSpaceAPI
import Foundation
import PeopleCore

/// Why the terminal UI could not run, or ended other than by the user quitting.
public enum PeopleTUIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (piped, redirected, no tty over SSH without -t).
    case notATerminal
    /// ncurses does not know `TERM`.
    case unknownTerminal(String)
    /// SIGINT, SIGTERM or SIGHUP ended the app; the terminal was restored first.
    case interrupted(signal: Int32)
    /// The terminal's input ended (the SSH connection dropped, the terminal closed) while the
    /// app ran; the terminal was restored first, as far as it still exists.
    case inputClosed

    public var description: String {
        switch self {
        case .notATerminal:
            "the terminal UI needs a terminal: stdin and stdout must be a tty (use ssh -t, or a CLI subcommand)"
        case .unknownTerminal(let term):
            "the terminal type \(term.isEmpty ? "(TERM is not set)" : "'\(term)'") is unknown to ncurses; try TERM=xterm-256color"
        case .interrupted(let signal):
            "interrupted by signal \(signal)"
        case .inputClosed:
            "the terminal's input closed (did the connection drop?); nothing more can be read, so the app ended"
        }
    }

    /// The exit status a shell expects after this signal (128 + signal number).
    public var exitCode: Int32 {
        switch self {
        case .interrupted(let signal): 128 + signal
        case .notATerminal, .unknownTerminal, .inputClosed: 1
        }
    }
}

/// The terminal UI's entry point, for the command line.
@MainActor
public enum PeopleTUI {
    /// Runs the UI until the user quits. The terminal is restored on every way out (quit,
    /// error, SIGINT/SIGTERM/SIGHUP, crash signals); errors are thrown only after that.
    ///
    /// - Parameter reauthenticate: signs in again when the portal answers 401 midway (a
    ///   password session); without it the sign-in dialog says how to sign in outside.
    /// - Parameter audit: where each change's audit entry goes (the audit log file).
    /// - Parameter switcher: the profiles `P` offers and how to sign in to them; `nil` offers none.
    public static func run(
        client: any PeopleClient, session: Session,
        reauthenticate: Reauthenticate? = nil,
        audit: (any AuditRecorder)? = nil,
        switcher: (any ProfileSwitcher)? = nil
    ) async throws {
        try await run(
            client: client, session: session, reauthenticate: reauthenticate, audit: audit,
            switcher: switcher, timeZone: .current)
    }

    static func run(
        client: any PeopleClient, session: Session, reauthenticate: Reauthenticate?,
        audit: (any AuditRecorder)? = nil, switcher: (any ProfileSwitcher)? = nil,
        timeZone: TimeZone
    ) async throws {
        let device = try TerminalDevice()
        let loop = TerminalLoop(
            device: device, client: client, session: session,
            reauthenticate: reauthenticate, audit: audit, switcher: switcher,
            timeZone: timeZone, notice: device.locale.notice)
        let outcome = await loop.run()
        device.restore()
        OutcomeUnknownNotice.write(loop.outcomesUnknown)
        switch outcome {
        case .quit: break
        case .signal(let signal): throw PeopleTUIError.interrupted(signal: signal)
        case .inputClosed: throw PeopleTUIError.inputClosed
        }
    }
}
