import TerminalUI
import ArgumentParser
import DocSpaceAPI
import Foundation

/// `add`: create a person directly (`POST /api/2.0/people`; guests via `people/active`).
struct Add: PortalCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a person.",
        discussion: "The portal may create the person as User when it has no free paid seat; the output says so.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: "First name.") var firstName: String
    @Option(name: .long, help: "Last name (may be empty).") var lastName: String = ""
    @Option(name: .long, help: "E-mail.") var email: String
    @Option(name: .long, help: ArgumentHelp("docspace-admin, room-admin, user or guest.", valueName: "type"))
    var type: String = "user"
    @Flag(name: .long, help: "Ask for a password (without echo) instead of letting the portal generate one.")
    var askPassword = false
    @Flag(name: .long, help: "Read the password from the first line of standard input.")
    var passwordStdin = false

    func validate() throws {
        guard EmployeeType(parsing: type) != nil else {
            throw ValidationError("unknown --type \(type): use docspace-admin, room-admin, user or guest")
        }
        if askPassword && passwordStdin { throw ValidationError("choose one of --ask-password and --password-stdin") }
    }

    func run(on session: PortalSession) async throws(CLIFailure) {
        try session.requireWritable("add")
        let wanted = EmployeeType(parsing: type)!
        var password: String?
        if askPassword { password = Console.askSecret("Password for \(email): ") }
        if passwordStdin { password = Console.readSecretLine() }
        let new = NewPerson(firstName: firstName, lastName: lastName, email: email, type: wanted, password: password)
        let created = try await CommandRunner.call { try await session.client.create(new) }
        switch output.format {
        case .json: Console.out(PersonFormatter.json(created))
        case .csv: Console.out(PersonFormatter.csv([created]))
        case .table:
            Console.out(PersonFormatter.detail(created))
            Console.error("added \(TerminalText.sanitized(created.displayName)) <\(TerminalText.sanitized(created.email ?? email))>")
        }
        if created.type != wanted {
            Console.error("note: the portal created them as \(created.type.displayName), not \(wanted.displayName) (no free seat for that type?)")
        }
    }
}

/// `invite`: invitations by e-mail with a type.
struct Invite: PortalCommand {
    static let configuration = CommandConfiguration(abstract: "Invite people by e-mail.")
    @OptionGroup var connection: ConnectionOptions
    @Option(name: .long, help: ArgumentHelp("room-admin, user or docspace-admin.", valueName: "type"))
    var type: String = "user"
    @Flag(name: .long, help: "Print per-person results as JSON.") var json = false
    @Flag(name: .long, help: "Show what would be done; send nothing.") var dryRun = false
    @OptionGroup var targets: TargetOptions

    func validate() throws {
        guard EmployeeType(parsing: type) != nil else { throw ValidationError("unknown --type \(type)") }
    }

    func run(on session: PortalSession) async throws(CLIFailure) {
        let emails = try targets.targets()
        let wanted = EmployeeType(parsing: type)!
        var report = BulkReport(action: "invite")
        if dryRun {
            for email in emails { report.add(email, nil, .skipped, "dry run: would invite as \(wanted.displayName)") }
            report.print(json: json)
            return
        }
        try session.requireWritable("invite")
        let answer = try await CommandRunner.call {
            try await session.client.invite(emails.map { Invitation(email: $0, type: wanted) })
        }
        // The answer lists every pending person the caller can see; an invitee is confirmed
        // when the portal now has a pending account for that e-mail.
        let pendingNames = Set(answer.map { $0.displayName.lowercased() })
        for email in emails {
            if pendingNames.contains(email.lowercased()) {
                report.add(email, nil, .done, "invited as \(wanted.displayName) (pending)")
            } else {
                let existing = try? await session.client.person(email: email)
                if let existing {
                    report.add(email, existing, .skipped, "already has an account (\(existing.status.displayName.lowercased()))")
                } else {
                    report.add(email, nil, .failed, "the portal did not confirm the invitation")
                }
            }
        }
        report.print(json: json)
        try report.outcome()
    }
}

/// `terminate`: disable accounts (reversible with `activate`).
struct Terminate: PortalCommand {
    static let configuration = CommandConfiguration(abstract: "Terminate (disable) people; reversible with activate.")
    @OptionGroup var connection: ConnectionOptions
    @Flag(name: .long, help: "Print per-person results as JSON.") var json = false
    @Flag(name: .long, help: "Show what would be done; change nothing.") var dryRun = false
    @OptionGroup var targets: TargetOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        if !dryRun { try session.requireWritable("terminate") }
        let report = try await StatusChange(status: .terminated, session: session).run(try targets.targets(), dryRun: dryRun)
        report.print(json: json)
        if !dryRun { try report.outcome() }
    }
}

/// `activate`: re-enable terminated accounts.
struct Activate: PortalCommand {
    static let configuration = CommandConfiguration(abstract: "Re-activate terminated people.")
    @OptionGroup var connection: ConnectionOptions
    @Flag(name: .long, help: "Print per-person results as JSON.") var json = false
    @Flag(name: .long, help: "Show what would be done; change nothing.") var dryRun = false
    @OptionGroup var targets: TargetOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        if !dryRun { try session.requireWritable("activate") }
        let report = try await StatusChange(status: .active, session: session).run(try targets.targets(), dryRun: dryRun)
        report.print(json: json)
        if !dryRun { try report.outcome() }
    }
}
