import DocSpaceAPI
import Foundation
import PeopleCore

/// Why the terminal UI could not run, or ended other than by the user quitting.
public enum PeopleTUIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (piped, redirected, no tty over SSH without -t).
    case notATerminal
    /// ncurses does not know `TERM`.
    case unknownTerminal(String)
    /// `TERM` names a terminal that cannot move the cursor (`dumb`, a printing terminal).
    case cannotMoveCursor(String)
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
        case .cannotMoveCursor(let term):
            "the terminal type '\(term)' cannot move the cursor, which the terminal UI needs; try TERM=xterm-256color (or use a CLI subcommand)"
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
        case .notATerminal, .unknownTerminal, .cannotMoveCursor, .inputClosed: 1
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

    /// How long the first request may take before the terminal is taken over for the
    /// connecting screen: a near portal answers sooner, and a quick failure (refused, no such
    /// host) is then said on a terminal never touched, with no screen flashing by.
    static let quietStart: Duration = .milliseconds(250)

    /// Runs the UI from the first request on: `connect` asks who is signed in. The terminal is
    /// checked first (a tty, a `TERM` that can move the cursor) without writing to it; if
    /// `connect` has not answered within `quietStart`, "Connecting to PORTAL…" is drawn until
    /// it does, and Esc or q gives up (the UI ends as on quit, the terminal restored). An
    /// error of `connect` is thrown as it is, once the terminal is given back. `keys` are the
    /// keys in force while connecting; the session `connect` answers carries them after.
    public static func run(
        portal: String,
        keys: KeyTable = .standard,
        connect: @escaping @Sendable () async throws -> Session,
        client: any PeopleClient,
        reauthenticate: Reauthenticate? = nil,
        audit: (any AuditRecorder)? = nil,
        switcher: (any ProfileSwitcher)? = nil
    ) async throws {
        try TerminalDevice.check()
        let attempt = ConnectAttempt(connect)
        let session: Session
        let device: TerminalDevice
        if let answer = await attempt.answer(within: quietStart) {
            session = try answer.get()
            device = try TerminalDevice()
        } else {
            device = try TerminalDevice()
            switch await ConnectingStage(device: device, portal: portal, keys: keys).run(attempt) {
            case .connected(let connected):
                session = connected
            case .failed(let error):
                device.restore()
                throw error
            case .gaveUp:
                device.restore()
                return
            case .signal(let signal):
                device.restore()
                throw PeopleTUIError.interrupted(signal: signal)
            case .inputClosed:
                device.restore()
                throw PeopleTUIError.inputClosed
            }
        }
        try await run(
            device: device, client: client, session: session, reauthenticate: reauthenticate, audit: audit,
            switcher: switcher, timeZone: .current)
    }

    static func run(
        client: any PeopleClient, session: Session, reauthenticate: Reauthenticate?,
        audit: (any AuditRecorder)? = nil, switcher: (any ProfileSwitcher)? = nil,
        timeZone: TimeZone
    ) async throws {
        try await run(
            device: try TerminalDevice(), client: client, session: session, reauthenticate: reauthenticate,
            audit: audit, switcher: switcher, timeZone: timeZone)
    }

    private static func run(
        device: TerminalDevice, client: any PeopleClient, session: Session, reauthenticate: Reauthenticate?,
        audit: (any AuditRecorder)?, switcher: (any ProfileSwitcher)?, timeZone: TimeZone
    ) async throws {
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
