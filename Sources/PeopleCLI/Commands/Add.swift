import ArgumentParser
import DocSpaceAPI
import Foundation
import PeopleCore
import TerminalUI

/// `add`: create a person directly (`POST /api/2.0/people`; guests via `people/active`).
struct Add: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
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
        // What every portal refuses is said before anything is sent; what only this portal's
        // policy asks for comes back as its 400, in its words.
        if let password, let problem = PeopleInputRules.passwordProblem(Password(password)) {
            throw .usage("nothing sent: the password: \(problem)")
        }
        let new = NewPerson(firstName: firstName, lastName: lastName, email: email, type: wanted, password: password)
        let me = try await CommandRunner.call { try await session.client.me() }
        let route = wanted == .guest ? "POST /api/2.0/people/active" : "POST /api/2.0/people"
        let created: Person
        let sent = session.audit.sent(by: me, action: "add", request: route, emails: [email])
        var record = BulkReport(action: "add")
        do {
            created = try await CommandRunner.call { try await session.client.create(new) }
        } catch {
            record.add(email, nil, .failed, "\(error)")
            session.audit.record(by: me, action: "add", request: route, entries: record.entries)
            sent.answered()
            throw error
        }
        record.add(email, created, .done, "added as \(created.type.displayName)")
        session.audit.record(by: me, action: "add", request: route, entries: record.entries)
        sent.answered()
        switch output.format {
        case .json: Console.json(PersonFormatter.json(created))
        case .csv: Console.csv(PersonFormatter.csv([created]))
        case .table:
            Console.out(lines: PersonFormatter.detail(created))
            Console.error(
                "added \(TerminalText.sanitized(created.displayName)) <\(TerminalText.sanitized(created.email ?? email))>"
            )
        }
        if created.type != wanted {
            Console.error(
                "note: the portal created them as \(created.type.displayName), not \(wanted.displayName) (no free seat for that type?)"
            )
        }
    }
}

/// `invite`: invitations by e-mail with a type.
struct Invite: PortalCommand {
    static let configuration = CommandConfiguration(commandName: "invite", abstract: "Invite people by e-mail.")
    @OptionGroup var connection: ConnectionOptions
    @Option(name: .long, help: ArgumentHelp("room-admin, user or docspace-admin.", valueName: "type"))
    var type: String = "user"
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The invitation e-mail's language (en-US, de, pt-BR…); default: the profile's culture, else the portal's own.",
            valueName: "culture"))
    var culture: String?
    @OptionGroup var bulk: BulkOptions

    func validate() throws {
        guard EmployeeType(parsing: type) != nil else { throw ValidationError("unknown --type \(type)") }
        if let culture, Culture(culture) == nil { throw ValidationError("--culture \(culture) \(Culture.expected)") }
    }

    func run(on session: PortalSession) async throws(CLIFailure) {
        let emails = try bulk.targets.targets()
        let wanted = EmployeeType(parsing: type)!
        let language = culture.flatMap(Culture.init) ?? session.connection.culture
        if bulk.dryRun {
            var preview = BulkReport(action: "invite \(wanted.rawValue)")
            let mail = language.map { ", e-mail in \($0)" } ?? ""
            for email in emails {
                preview.add(email, nil, .notSent, "would invite as \(wanted.displayName)\(mail)")
            }
            preview.print(json: bulk.json)
            return
        }
        try session.requireWritable("invite")
        let report = try await Self.send(
            emails, as: wanted, culture: language, client: session.client, audit: session.audit)
        report.print(json: bulk.json)
        try report.outcome()
    }

    /// Sends the invitations with their `sent` and outcome audit lines; the rows to print.
    static func send(
        _ emails: [String], as wanted: EmployeeType, culture: Culture?, client: any PeopleClient, audit: AuditTrail
    ) async throws(CLIFailure) -> BulkReport {
        let me = try await CommandRunner.call { try await client.me() }
        let action = "invite \(wanted.rawValue)"
        let request = "POST /api/2.0/people/invite"
        let sent = audit.sent(by: me, action: action, request: request, emails: emails)
        var report: BulkReport
        do {
            let answer = try await client.invite(emails.map { Invitation(email: $0, type: wanted) }, culture: culture)
            report = await confirmed(emails, answer: answer, as: wanted, client: client)
        } catch let error as DocSpaceError {
            report = await readBack(emails, as: wanted, after: error, client: client)
        } catch {
            report = await readBack(emails, as: wanted, after: .transport(message: "\(error)"), client: client)
        }
        report.action = action
        audit.record(by: me, action: action, request: request, entries: report.entries)
        sent.answered()
        return report
    }

    /// The answer lists every pending person the caller can see; an invitee is confirmed
    /// when the portal now has a pending account for that e-mail.
    static func confirmed(
        _ emails: [String], answer: [PersonSummary], as wanted: EmployeeType, client: any PeopleClient
    ) async -> BulkReport {
        var report = BulkReport(action: "invite")
        let pendingNames = Set(answer.map { $0.displayName.lowercased() })
        for email in emails {
            if pendingNames.contains(email.lowercased()) {
                report.add(email, nil, .done, "invited as \(wanted.displayName) (pending)")
            } else if let existing = try? await client.person(email: email) {
                report.add(
                    email, existing, .skipped, "already has an account (\(existing.status.displayName.lowercased()))")
            } else {
                report.add(email, nil, .failed, "the portal did not confirm the invitation")
            }
        }
        return report
    }

    /// After a refused or unclear invitation each address is read back and reported as the
    /// terminal UI reports it (`InvitationReread`): pending is done, anything else failed
    /// with the portal's words.
    static func readBack(
        _ emails: [String], as wanted: EmployeeType, after error: DocSpaceError, client: any PeopleClient
    ) async -> BulkReport {
        var report = BulkReport(action: "invite")
        let lookups = await EffectRunner.lookUp(emails: emails, with: client)
        for email in emails {
            let result = InvitationReread.result(
                email, lookups.first { $0.email == email }, type: wanted, cause: error)
            report.add(result)
        }
        return report
    }
}
