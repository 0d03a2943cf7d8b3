import ArgumentParser
import DocSpaceAPI
import Foundation
import PeopleCore
import TerminalUI

/// `delete`: irreversible, so: everyone named is read first and the command refuses before
/// any change when the change's rules leave one out (`ChangeKind.delete`: "terminate first");
/// on a terminal it asks (a typed count for more than one person); the delete itself goes
/// through the one change path, where only a 404 on a re-read proves a deletion.
struct Delete: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete terminated people (irreversible).",
        discussion: """
            Only terminated people can be deleted: terminate them first. Asks for confirmation on \
            a terminal; without a terminal --yes is required. People who own rooms or shared files \
            are not deleted unless --reassign-to hands their data to an active admin first \
            (POST /api/2.0/people/reassign/start, followed to the end) or --lose-data says to \
            delete it with them.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Flag(name: .long, help: "Do not ask for confirmation.") var yes = false
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Hand the rooms and files of those who own some to this active admin first (id or e-mail).",
            valueName: "person"))
    var reassignTo: String?
    @Flag(
        name: .long, help: "Delete people who own rooms or shared files without handing them over: their data is lost.")
    var loseData = false
    @OptionGroup var bulk: BulkOptions

    func validate() throws {
        if reassignTo != nil && loseData { throw ValidationError("--reassign-to and --lose-data exclude each other") }
    }

    func run(on session: PortalSession) async throws(CLIFailure) {
        if !bulk.dryRun { try session.requireWritable("delete") }
        let client = session.client
        let change = ChangeCommand(kind: .delete, session: session)
        let targets = try await change.find(try bulk.targets.targets())
        // Irreversible: a name that matches no one stops it before any change.
        if let notFound = targets.notFound.first { throw .api(notFound.error) }
        let people = targets.people
        let me = targets.me
        let (applicable, leftOut) = change.kind.split(people, me: me, keys: nil)
        // A dry run reads and checks everything a real run would (ownership of rooms too), and
        // says per person what would happen, a refusal included; a real run stops at the first.
        if !leftOut.isEmpty, !bulk.dryRun {
            throw .refused("nothing deleted: \(Self.named(leftOut))" + Self.terminateHint(leftOut.map(\.person)))
        }
        // Owners of rooms or shared files: refused, handed over first, or deleted with their data.
        let handover = DeleteHandover(client: client)
        // A dry run asks about those the rules leave out too (not the portal owner), so that
        // one answer says everything the admin has to settle.
        let checkable = bulk.dryRun ? people.filter { !$0.isOwner } : applicable
        let owners = Set(try await handover.owners(among: checkable).map(\.id))
        var receiver: Person?
        if let reassignTo {
            let found = try await CommandRunner.call {
                reassignTo.contains("@")
                    ? try await client.person(email: reassignTo) : try await client.person(id: reassignTo)
            }
            guard found.status == .active, found.type == .docSpaceAdmin || found.type == .roomAdmin || found.isOwner
            else {
                throw .refused(
                    "nothing deleted: \(found.email ?? found.id) cannot receive rooms (an active admin or room admin can)"
                )
            }
            guard !people.contains(where: { $0.id == found.id }) else {
                throw .refused("nothing deleted: \(found.email ?? found.id) is among the people to delete")
            }
            receiver = found
        }
        let refusesOwners = !owners.isEmpty && receiver == nil && !loseData
        let ownersNote = "owns rooms or shared files: add --reassign-to PERSON or --lose-data"
        if refusesOwners, !bulk.dryRun {
            let named = people.filter { owners.contains($0.id) }
            throw .refused(
                "nothing deleted: \(Self.named(named.map { SkippedTarget(person: $0, reason: "") }))"
                    + " \(owners.count == 1 ? "owns" : "own") rooms or shared files. --reassign-to PERSON hands them to an "
                    + "active admin first; --lose-data deletes them with \(owners.count == 1 ? "the person" : "the people")"
            )
        }
        if bulk.dryRun {
            let refusedOwners = refusesOwners ? applicable.filter { owners.contains($0.id) } : []
            let refused =
                leftOut.map { left in
                    owners.contains(left.person.id) && refusesOwners
                        ? SkippedTarget(person: left.person, reason: "\(left.reason); \(ownersNote)", outcome: .notSent)
                        : left
                } + refusedOwners.map { SkippedTarget(person: $0, reason: ownersNote, outcome: .notSent) }
            var report = change.dryRun(
                applicable.filter { !refusedOwners.contains($0) }, leftOut: refused)
            report.skipped = report.skipped.map { row in
                guard owners.contains(row.person.id), row.reason.hasPrefix("would ") else { return row }
                var row = row
                row.reason =
                    receiver.map {
                        "would hand their rooms and files to \($0.email ?? $0.id), then \(row.reason.dropFirst(6))"
                    }
                    ?? "\(row.reason); their rooms and files are lost with them"
                return row
            }
            BulkReport(report, inputs: targets.inputs).print(json: bulk.json)
            if !refused.isEmpty {
                throw .refused(
                    "dry run: a real run would delete nobody: \(refused.count) of \(people.count) \(refused.count == 1 ? "is" : "are") refused (see above)"
                )
            }
            return
        }
        if !yes {
            try confirm(people, owners: owners, receiver: receiver, portal: session.connection.portalName)
        }
        var toDelete = people
        var notHanded: [SkippedTarget] = []
        if let receiver, !owners.isEmpty {
            // Ctrl-C during the hand-overs cancels the one running and deletes nobody.
            let interrupt = InterruptLatch()
            for person in people where owners.contains(person.id) {
                if interrupt.isInterrupted { break }
                let request = "POST /api/2.0/people/reassign/start"
                var handed = BulkReport(action: "reassign")
                let sent = session.audit.sent(by: me, action: "reassign", request: request, people: [person])
                if let problem = await handover.handOver(person, to: receiver, interrupt: interrupt) {
                    handed.add(targets.inputs[person.id] ?? person.id, person, .failed, problem)
                    notHanded.append(SkippedTarget(person: person, reason: "not deleted: \(problem)"))
                } else {
                    handed.add(
                        targets.inputs[person.id] ?? person.id, person, .done,
                        "rooms and files handed to \(receiver.email ?? receiver.id)")
                }
                // One line per hand-over as soon as it ends: data moved is on record even if
                // the rest never runs.
                session.audit.record(by: me, action: "reassign", request: request, entries: handed.entries)
                sent.answered()
            }
            interrupt.end()
            toDelete.removeAll { person in notHanded.contains { $0.person.id == person.id } }
            if interrupt.isInterrupted {
                var report = ActionReport(kind: .delete, done: [], failed: notHanded)
                report.skipped = toDelete.map {
                    SkippedTarget(person: $0, reason: "not deleted: interrupted (Ctrl-C)", outcome: .notSent)
                }
                BulkReport(report, inputs: targets.inputs).print(json: bulk.json)
                throw .interrupted
            }
        }
        // The delete's audit line names the people in the delete request (not those whose
        // hand-over failed: their own line says so).
        var report = await change.send(
            toDelete, leftOut: [], me: me, dataLostIDs: receiver == nil ? owners : [], catchesCtrlC: true)
        report.failed = notHanded + report.failed
        let printed = BulkReport(report, inputs: targets.inputs)
        printed.print(json: bulk.json)
        if report.stoppedCount > 0 { throw .interrupted }
        try printed.outcome()
    }

    /// "Ann <ann@example.com>: terminate first; Bo <bo@example.com>" (five at most).
    private static func named(_ people: [SkippedTarget]) -> String {
        let names = people.prefix(5).map { left in
            "\(TerminalText.sanitized(left.person.displayName)) <\(TerminalText.sanitized(left.person.email ?? left.person.id))>"
                + (left.reason.isEmpty ? "" : ": \(left.reason)")
        }
        return names.joined(separator: "; ") + (people.count > 5 ? " (+\(people.count - 5) more)" : "")
    }

    /// The command that disables those still active, when some are.
    private static func terminateHint(_ people: [Person]) -> String {
        let active = people.filter { $0.status != .terminated && !$0.isOwner }
        guard !active.isEmpty else { return "" }
        return ". Terminate first: docspace-people terminate \(active.map(\.id).joined(separator: " "))"
    }

    private func confirm(_ people: [Person], owners: Set<String>, receiver: Person?, portal: String) throws(CLIFailure)
    {
        guard Console.inputIsTerminal else {
            throw .usage("delete needs confirmation: run it on a terminal, or pass --yes")
        }
        Console.error(
            "Delete \(people.count == 1 ? "this person" : "these \(people.count) people") from \(portal)? This cannot be undone."
        )
        for person in people.prefix(10) {
            let data =
                !owners.contains(person.id)
                ? ""
                : receiver.map { " — rooms and files go to \(TerminalText.sanitized($0.email ?? $0.id)) first" }
                    ?? " — THEIR ROOMS AND FILES ARE LOST"
            Console.error(
                "  \(TerminalText.sanitized(person.displayName)) <\(TerminalText.sanitized(person.email ?? person.id))>\(data)"
            )
        }
        if people.count > 10 { Console.error("  +\(people.count - 10) more") }
        if people.count == 1 {
            let answer = Console.ask("Type y to delete, anything else cancels: ")
            guard answer?.lowercased() == "y" else { throw .refused("cancelled: nothing deleted") }
        } else {
            let answer = Console.ask("Type the number of people (\(people.count)) to delete them: ")
            guard answer?.trimmingCharacters(in: .whitespaces) == String(people.count) else {
                throw .refused("cancelled: nothing deleted")
            }
        }
    }
}
