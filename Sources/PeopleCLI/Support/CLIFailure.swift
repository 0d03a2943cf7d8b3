import DocSpaceAPI
import Foundation

/// A failure of a command, with the process exit code it maps to.
///
/// Exit codes (documented in README):
/// - 0 everything asked was done
/// - 1 the portal or the network failed (server error, unreadable answer)
/// - 2 some people were done and some were not (bulk commands)
/// - 3 refused: by the portal (403/400/402) or by this tool's own checks (e.g. delete of an active person)
/// - 4 not found
/// - 5 not signed in, or the token/key was rejected (401)
/// - 6 the portal could not be reached, or did not answer in time
/// - 64 bad usage or configuration
/// - 130 interrupted; 129/130/131/143 when SIGHUP/SIGINT/SIGQUIT/SIGTERM stopped the terminal UI (128 + signal)
public enum CLIFailure: Error, CustomStringConvertible {
    case configuration(String)
    case usage(String)
    case refused(String)
    case partial(String)
    /// A change that reached no one; the exit status is its cause's (3 when the change's
    /// own rules left everyone out).
    case notDone(String, cause: DocSpaceError?)
    case api(DocSpaceError)
    case interrupted
    /// A signal (SIGINT, SIGTERM, SIGHUP) ended the terminal UI after it restored the terminal.
    case signalled(Int32)

    public var exitCode: Int32 {
        switch self {
        case .configuration, .usage: 64
        case .refused: 3
        case .partial: 2
        case .notDone(_, let cause): cause.map(Self.exitCode(for:)) ?? 3
        case .interrupted: 130
        case .signalled(let signal): 128 + signal
        case .api(let error): Self.exitCode(for: error)
        }
    }

    public static func exitCode(for error: DocSpaceError) -> Int32 {
        switch error {
        case .unauthorized: 5
        case .forbidden, .badRequest, .paymentRequired: 3
        case .notFound: 4
        case .transport, .dropped, .timeout: 6
        case .cancelled: 130
        case .rateLimited, .server, .decoding: 1
        }
    }

    public var description: String {
        switch self {
        case .configuration(let message), .usage(let message), .refused(let message), .partial(let message),
            .notDone(let message, _):
            message
        case .api(let error): "\(error)"
        case .interrupted: "interrupted"
        case .signalled(let signal):
            "stopped by \(signal == SIGTERM ? "SIGTERM" : signal == SIGHUP ? "SIGHUP" : signal == SIGINT ? "SIGINT" : signal == SIGQUIT ? "SIGQUIT" : "signal \(signal)")"
        }
    }
}
