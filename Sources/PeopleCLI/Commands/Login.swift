import ArgumentParser
import DocSpaceAPI
import Foundation
import TerminalUI

/// `login`: password sign-in that stores the token (mode 0600) for later commands.
struct Login: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Sign in with e-mail and password; the token is stored in a 0600 file.",
        discussion:
            "The password is read from the terminal without echo (or one line from standard input with --password-stdin); it is never an argument."
    )

    @OptionGroup var connection: ConnectionOptions

    @Option(name: .long, help: ArgumentHelp("Your e-mail (login name); asked if not given.", valueName: "email"))
    var user: String?

    @Flag(name: .long, help: "Read the password from the first line of standard input.")
    var passwordStdin = false

    func run() async throws {
        if connection.demo { throw CommandRunner.report(.usage("login does not apply to --demo")) }
        let resolver = ConnectionResolver(environment: ProcessInfo.processInfo.environment)
        do {
            try ForeignHome.check(resolver.environment, trusted: connection.trustForeignHome)
            let target = try resolveTarget(resolver)
            guard let user = user ?? Console.ask("E-mail: "), !user.isEmpty else {
                throw CLIFailure.usage("an e-mail is needed to sign in (--user)")
            }
            let password = passwordStdin ? Console.readSecretLine() : Console.askSecret("Password for \(user): ")
            guard let password, !password.isEmpty else {
                throw CLIFailure.usage("no password read (use a terminal, or --password-stdin)")
            }
            let token = try await CommandRunner.call {
                try await DocSpaceClient.login(
                    baseURL: target.url, userName: user, password: password,
                    timeout: connection.timeout ?? 30)
            }
            do {
                try SecretFile.write(token.token, to: target.tokenFile)
            } catch {
                throw CLIFailure.configuration(error.description)
            }
            Console.out(
                "Signed in to \(target.url.host ?? target.url.absoluteString) as \(TerminalText.sanitized(user)); token saved to \(target.tokenFile) (mode 0600)"
            )
        } catch let failure as CLIFailure {
            throw CommandRunner.report(failure)
        }
    }

    /// The portal and the file the token goes to: --token-file, else the profile's
    /// token_file, else the default file for the profile or host.
    private func resolveTarget(_ resolver: ConnectionResolver) throws(CLIFailure) -> (url: URL, tokenFile: String) {
        let request = connection.request
        let config = try resolver.loadConfig(request)
        let env = resolver.environment
        let profileName =
            request.profile ?? env["DOCSPACE_PROFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? config.defaultProfile
        let profile = profileName.flatMap { config.profiles[$0] }
        if let profileName, profile == nil { throw .configuration("no profile \"\(profileName)\" in the config file") }
        guard let urlText = request.url ?? env["DOCSPACE_URL"].flatMap({ $0.isEmpty ? nil : $0 }) ?? profile?.url else {
            throw .configuration("no portal given: pass --url, set DOCSPACE_URL, or use a profile")
        }
        let url = try ConnectionResolver.portalURL(urlText, allowInsecureHTTP: request.allowInsecureHTTP)
        let home = env["HOME"] ?? NSHomeDirectory()
        let file =
            (request.tokenFile ?? profile?.tokenFile).map { AppPaths.expandTilde($0, home: home) }
            ?? resolver.defaultTokenFile(profile: profile?.name, baseURL: url)
        return (url, file)
    }
}

/// `whoami`: who the token belongs to, on which portal.
struct WhoAmI: PortalCommand {
    static let configuration = CommandConfiguration(commandName: "whoami", abstract: "Show who you are signed in as.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        let me = try await CommandRunner.call { try await session.client.me() }
        switch output.format {
        case .json: Console.json(PersonFormatter.json(me))
        case .csv: Console.csv(PersonFormatter.csv([me]))
        case .table:
            Console.out(
                "\(TerminalText.sanitized(me.displayName.trimmingCharacters(in: .whitespaces))) <\(TerminalText.sanitized(me.email ?? "-"))>, \(me.type.displayName)\(me.isOwner ? " (owner)" : ""), on \(session.connection.portalName)"
            )
        }
    }
}
