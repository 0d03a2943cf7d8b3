import ArgumentParser
import DocSpaceAPI
import Foundation
import TerminalUI

/// Runs a command's body against a portal and turns every failure into a clear message on
/// standard error and the documented exit code.
enum CommandRunner {
    static func run(
        _ options: ConnectionOptions, requireCredentials: Bool = true,
        _ body: (PortalSession) async throws(CLIFailure) -> Void
    ) async throws {
        let session: PortalSession
        do {
            try ForeignHome.check(ProcessInfo.processInfo.environment, trusted: options.trustForeignHome)
            session = try await PortalSession.open(options, requireCredentials: requireCredentials)
        } catch {
            throw report(error)
        }
        do {
            try await body(session)
            await session.close()
        } catch {
            await session.close()
            throw report(error)
        }
    }

    /// Prints the failure and returns the exit code to throw.
    static func report(_ failure: CLIFailure) -> ExitCode {
        Console.error("docspace-people: \(TerminalText.sanitized(failure.description))")
        return ExitCode(failure.exitCode)
    }

    /// Runs a client call, turning its error into a `CLIFailure`.
    static func call<T>(_ operation: () async throws -> T) async throws(CLIFailure) -> T {
        do {
            return try await operation()
        } catch let error as DocSpaceError {
            throw .api(error)
        } catch is CancellationError {
            throw .interrupted
        } catch {
            throw .api(.transport(message: String(describing: error)))
        }
    }
}

/// A command that talks to a portal.
protocol PortalCommand: AsyncParsableCommand {
    var connection: ConnectionOptions { get }
    func run(on session: PortalSession) async throws(CLIFailure)
}

extension PortalCommand {
    func run() async throws {
        try await CommandRunner.run(connection) { session throws(CLIFailure) in
            try await self.run(on: session)
        }
    }
}
