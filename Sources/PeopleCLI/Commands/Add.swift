import ArgumentParser
import DocSpaceAPI
import Foundation
import PeopleCore
import TerminalUI

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
        // What every portal refuses is said before anything is sent; what only this portal's
        // policy asks for comes back as its 400, in its words.
        if let password, let problem = PeopleInputRules.passwordProblem(Password(password)) {
            throw .usage("nothing sent: the password: \(problem)")
        }
        let new = NewPerson(firstName: firstName, lastName: lastName, email: email, type: wanted, password: password)
        let me = try await CommandRunner.call { try await session.client.me() }
        let route = wanted == .guest ? "POST /api/2.0/people/active" : "POST /api/2.0/people"
        let created: Person
        let sent = session.recordSent(by: me, action: "add", request: route, emails: [email])
        do {
            created = try await CommandRunner.call { try await session.client.create(new) }
        } catch {
            session.recordAudit(
                by: me, action: "add", request: route,
                entries: [
                    BulkReport.Entry(
                        input: email, id: nil, displayName: nil, email: email, result: .failed, detail: "\(error)")
                ])
            sent.answered()
            throw error
        }
        session.recordAudit(
            by: me, action: "add", request: route,
            entries: [
                BulkReport.Entry(
                    input: email, id: created.id, displayName: created.displayName, email: created.email,
                    result: .done, detail: "added as \(created.type.displayName)")
            ])
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
    static let configuration = CommandConfiguration(abstract: "Invite people by e-mail.")
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
        var report = BulkReport(action: "invite")
        if bulk.dryRun {
            let mail = language.map { ", e-mail in \($0)" } ?? ""
            for email in emails {
                report.add(email, nil, .skipped, "dry run: would invite as \(wanted.displayName)\(mail)")
            }
            report.print(json: bulk.json)
            return
        }
        try session.requireWritable("invite")
        let me = try await CommandRunner.call { try await session.client.me() }
        let sent = session.recordSent(
            by: me, action: "invite \(wanted.rawValue)", request: "POST /api/2.0/people/invite", emails: emails)
        defer {
            session.recordAudit(
                by: me, action: "invite \(wanted.rawValue)", request: "POST /api/2.0/people/invite",
                entries: report.entries)
            sent.answered()
        }
        let answer: [PersonSummary]
        do {
            answer = try await CommandRunner.call {
                try await session.client.invite(emails.map { Invitation(email: $0, type: wanted) }, culture: language)
            }
        } catch {
            for email in emails { report.add(email, nil, .failed, "\(error)") }
            throw error
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
                    report.add(
                        email, existing, .skipped,
                        "already has an account (\(existing.status.displayName.lowercased()))")
                } else {
                    report.add(email, nil, .failed, "the portal did not confirm the invitation")
                }
            }
        }
        report.print(json: bulk.json)
        try report.outcome()
    }
}
