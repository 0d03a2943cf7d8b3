import ArgumentParser
import DocSpaceAPI
import PeopleCore

/// What every bulk command takes besides the connection: the people, `--json`, `--dry-run`.
struct BulkOptions: ParsableArguments {
    @Flag(name: .long, help: "Print per-person results as JSON.") var json = false
    @Flag(name: .long, help: "Show what would be done; change nothing.") var dryRun = false
    @OptionGroup var targets: TargetOptions
}

/// The commands of changes that need nothing but their people, in the order `--help` lists
/// them. The top command takes this list, so a new change of this kind is one struct here.
enum ChangeSubcommands {
    static let all: [any ParsableCommand.Type] = [Terminate.self, Activate.self, Resend.self, SignOut.self]
}

/// `terminate`: disable accounts (reversible with `activate`).
struct Terminate: PortalCommand {
    static let configuration = CommandConfiguration(abstract: "Terminate (disable) people; reversible with activate.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var bulk: BulkOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await ChangeCommand(kind: .terminate, session: session).perform(bulk, session: session)
    }
}

/// `activate`: re-enable terminated accounts.
struct Activate: PortalCommand {
    static let configuration = CommandConfiguration(abstract: "Re-activate terminated people.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var bulk: BulkOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await ChangeCommand(kind: .reactivate, session: session).perform(bulk, session: session)
    }
}

/// `resend`: the invitation e-mail again, to people who have not accepted it.
struct Resend: PortalCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send the invitation again to people who have not accepted it.",
        discussion: "PUT /api/2.0/people/invite. The portal allows this about 5 calls in 15 minutes.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var bulk: BulkOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await ChangeCommand(kind: .resendInvitation, session: session).perform(bulk, session: session)
    }
}

/// `sign-out`: ends every session of each person, one request per person.
struct SignOut: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign-out",
        abstract: "Sign people out everywhere: end all their sessions (they can sign in again).",
        discussion: "PUT /api/2.0/security/activeconnections/logoutall/{id}, one request per person.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var bulk: BulkOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await ChangeCommand(kind: .signOut, session: session).perform(bulk, session: session)
    }
}
