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
    static let all: [any ParsableCommand.Type] = [
        Terminate.self, Activate.self, Resend.self, SignOut.self, ResetTwoFactor.self, SendPasswordReset.self,
        SetEmail.self,
    ]
}

/// `terminate`: disable accounts (reversible with `activate`).
struct Terminate: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminate", abstract: "Terminate (disable) people; reversible with activate.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var bulk: BulkOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await ChangeCommand(kind: .terminate, session: session).perform(bulk, session: session)
    }
}

/// `activate`: re-enable terminated accounts.
struct Activate: PortalCommand {
    static let configuration = CommandConfiguration(commandName: "activate", abstract: "Re-activate terminated people.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var bulk: BulkOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await ChangeCommand(kind: .reactivate, session: session).perform(bulk, session: session)
    }
}

/// `resend`: the invitation e-mail again, to people who have not accepted it.
struct Resend: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "resend",
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

/// `reset-2fa`: unlinks each person's authenticator app; the owner alone may.
struct ResetTwoFactor: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset-2fa",
        abstract: "Reset two-factor authentication: unlink the app and end every session (the owner only).",
        discussion: "PUT /api/2.0/settings/tfaappnewapp {id}, one request per person.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var bulk: BulkOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await ChangeCommand(kind: .resetTwoFactor, session: session).perform(bulk, session: session)
    }
}

/// `send-password-reset`: the password-reset e-mail to each person.
struct SendPasswordReset: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "send-password-reset",
        abstract: "Mail people a link to set a new password.",
        discussion:
            "POST /api/2.0/people/password, one request per person. The portal allows 5 calls in 15 minutes; the command waits as long as it asks."
    )
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var bulk: BulkOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await ChangeCommand(kind: .sendPasswordReset, session: session).perform(bulk, session: session)
    }
}

/// `set-email PERSON NEW`: an admin's e-mail change, applied at once by the portal.
struct SetEmail: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-email",
        abstract: "Change a person's e-mail address.",
        discussion: """
            POST /api/2.0/people/email {userId, email}. The portal changes the address at once, \
            ends every session of the person and mails activation instructions to the new \
            address (Not activated until they follow them). Only the owner changes a DocSpace \
            admin's address; nobody changes the owner's. 5 calls in 15 minutes.
            """)
    @OptionGroup var connection: ConnectionOptions
    @Flag(name: .long, help: "Print the result as JSON.") var json = false
    @Flag(name: .long, help: "Show what would be done; change nothing.") var dryRun = false
    @Argument(help: ArgumentHelp("The person, by id, user name or e-mail.", valueName: "person")) var person: String
    @Argument(help: ArgumentHelp("The new e-mail address.", valueName: "new")) var newEmail: String

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await ChangeCommand(kind: .setEmail(newEmail), session: session)
            .perform(names: [person], json: json, dryRun: dryRun, session: session)
    }
}
