import ArgumentParser
import DocSpaceAPI
import Foundation
import PeopleCore
import TerminalUI

/// `docspace-people`: with no subcommand, the TUI; otherwise one of the scriptable commands.
public struct DocSpacePeople: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "docspace-people",
        abstract: "Manage the people of an ONLYOFFICE DocSpace portal from the keyboard.",
        discussion: """
        With no subcommand it opens the terminal UI. Connect with --url / DOCSPACE_URL and a token \
        (DOCSPACE_TOKEN, --token-file, or `docspace-people login`), with a profile from the config \
        file, or try it with --demo.

        Exit codes: 0 done; 1 portal or network failure; 2 some people not done; 3 refused \
        (by the portal's rules or by this tool's checks); 4 not found; 5 not signed in or token \
        rejected; 6 portal unreachable or too slow; 64 bad usage or configuration; 130 interrupted.
        """,
        version: AppVersion.current.number,
        subcommands: [
            Login.self, WhoAmI.self, ListPeople.self, Show.self, Add.self, Invite.self,
            Terminate.self, Activate.self, SetType.self, Delete.self, Audit.self, DemoServer.self,
        ]
    )

    @OptionGroup public var connection: ConnectionOptions

    public init() {}

    public func run() async throws {
        // Everything that can fail is checked before the terminal is taken over, so a portal
        // that cannot be reached gives a message and an exit code, never a broken terminal.
        try await CommandRunner.run(connection) { session throws(CLIFailure) in
            let me = try await CommandRunner.call { try await session.client.me() }
            guard Console.inputIsTerminal && Console.outputIsTerminal else {
                throw .usage("the terminal UI needs a terminal; for scripts use a subcommand (see --help)")
            }
            let info = Session(portal: session.connection.portalName, me: me,
                               readOnly: session.connection.readOnly)
            do {
                try await PeopleTUI.run(client: session.client, session: info)
            } catch {
                throw .configuration("the terminal UI stopped: \(error)")
            }
        }
    }
}
