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
            rejected; 6 portal unreachable or too slow; 64 bad usage or configuration; 130 interrupted; 129/131/143 the terminal UI was stopped by SIGHUP/SIGQUIT/SIGTERM.
            """,
        version: AppVersion.current.summary,
        subcommands: [Login.self, WhoAmI.self, ListPeople.self, Show.self, Add.self, Invite.self, Import.self]
            + ChangeSubcommands.all + [
                SetType.self, Delete.self, Offboard.self, GroupsCommand.self, QuotaCommand.self, Audit.self,
                KeysCommand.self,
                DemoServer.self, Rooms.self, GuestsCommand.self,
            ]
    )

    @OptionGroup public var connection: ConnectionOptions

    @OptionGroup var saved: ViewOption

    public init() {}

    public func run() async throws {
        // The configuration and the terminal are checked before anything is drawn; a portal
        // that fails at once is said on a terminal never touched, a slow one gets the
        // connecting screen (Esc or q gives up), and a failure after it is said once the
        // terminal is given back — a message and an exit code, never a broken terminal.
        var ended: PeopleTUIError?
        try await CommandRunner.run(connection) { session throws(CLIFailure) in
            guard Console.inputIsTerminal && Console.outputIsTerminal else {
                throw .usage("the terminal UI needs a terminal; for scripts use a subcommand (see --help)")
            }
            let portal = session.connection
            let client = session.client
            let views = try SavedViews.fromConfig(opening: saved.view, connection.request)
            do {
                try await PeopleTUI.run(
                    portal: portal.portalName, keys: portal.keys,
                    connect: {
                        let me = try await CommandRunner.call { try await client.me() }
                        return Session(
                            portal: portal.portalName, me: me, readOnly: portal.readOnly, culture: portal.culture,
                            keys: portal.keys, views: views)
                    },
                    client: session.client,
                    reauthenticate: Self.reauthentication(for: session, connection.request),
                    audit: session.auditLog,
                    switcher: ConfigProfileSwitcher.make(for: session, options: connection))
            } catch PeopleTUIError.interrupted(let signal) {
                throw .signalled(signal)
            } catch PeopleTUIError.inputClosed {
                ended = .inputClosed
            } catch let failure as CLIFailure {
                throw failure
            } catch {
                throw .configuration("the terminal UI stopped: \(error)")
            }
        }
        // The terminal is given back: say what the screen could not.
        for problem in TokenSaveProblems.shared.take() {
            Console.error(
                "docspace-people: signed in again during the session, but \(problem); run `docspace-people login` to save a token"
            )
        }
        // The end of input ended the UI; the terminal is already restored.
        if let ended {
            Console.error("docspace-people: \(ended)")
            throw ExitCode(ended.exitCode)
        }
    }

    /// Signing in again after a 401 midway, for password sessions: `login` against the same
    /// portal, the new token saved (mode 0600) where the old one was read from, or in the
    /// default token file, and a new client with it. API keys and the demo get none: a
    /// password cannot renew them, so the dialog says how to fix it instead.
    static func reauthentication(
        for session: PortalSession, _ request: ConnectionRequest,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        saveProblems: TokenSaveProblems = .shared
    ) -> Reauthenticate? {
        guard session.demoPortal == nil, case .token = session.connection.credentials else { return nil }
        let connection = session.connection
        let tokenFile = tokenFilePath(for: connection, request, environment: environment)
        return { email, password in
            let token = try await DocSpaceClient.login(
                baseURL: connection.baseURL, userName: email,
                password: password, timeout: connection.timeout)
            var renewed = connection
            renewed.credentials = .token(token.token)
            // The session goes on with the new token even if it cannot be saved; the problem
            // is said once the terminal is given back (`TokenSaveProblems`).
            if let tokenFile {
                do {
                    try SecretFile.write(token.token, to: tokenFile)
                } catch {
                    saveProblems.record(path: tokenFile, reason: "\(error)")
                }
            }
            return PortalSession.makeClient(renewed)
        }
    }

    /// The file the session's token came from (`--token-file`, `DOCSPACE_TOKEN_FILE`, the
    /// profile's `token_file`), or else the default file `login` writes for this portal.
    static func tokenFilePath(
        for connection: Connection, _ request: ConnectionRequest,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        let resolver = ConnectionResolver(environment: environment)
        let home = environment["HOME"] ?? NSHomeDirectory()
        let profile = connection.profile.flatMap { name in (try? resolver.loadConfig(request))?.profiles[name] }
        let explicit =
            request.tokenFile ?? environment["DOCSPACE_TOKEN_FILE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? profile?.tokenFile
        if let explicit { return AppPaths.expandTilde(explicit, home: home) }
        return resolver.defaultTokenFile(profile: connection.profile, baseURL: connection.baseURL)
    }
}
