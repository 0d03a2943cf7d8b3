import ArgumentParser
import DocSpaceAPI
import Foundation
import PeopleCore
import TerminalUI

/// `delete`: irreversible, so: everyone named is read first and the command refuses before
/// any change when one is still active ("terminate first"); on a terminal it asks (a typed
/// count for more than one person); afterwards every person is re-read, because the portal's
/// answer to a bulk delete is not proof of deletion.
struct Delete: PortalCommand {
    static let configuration = CommandConfiguration(
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
        var people: [(String, Person)] = []
        for resolved in await TargetReread.read(typed: try bulk.targets.targets(), client: client) {
            switch resolved.result {
            case .success(let person): people.append((resolved.input, person))
            case .failure(let error): throw .api(error)
            }
        }
        let active = people.filter { $0.1.status != .terminated }
        let owner = people.first(where: { $0.1.isOwner })
        // A dry run reads and checks everything a real run would (ownership of rooms too), and
        // says per person what would happen, a refusal included; a real run stops at the first.
        if !active.isEmpty, !bulk.dryRun {
            let names = active.prefix(5).map {
                "\(TerminalText.sanitized($0.1.displayName)) <\(TerminalText.sanitized($0.1.email ?? $0.1.id))> is \($0.1.status.displayName.lowercased())"
            }
            throw .refused(
                "nothing deleted: \(names.joined(separator: "; "))\(active.count > 5 ? " (+\(active.count - 5) more)" : ""). Terminate first: docspace-people terminate \(active.map { $0.1.id }.joined(separator: " "))"
            )
        }
        if let owner, !bulk.dryRun {
            throw .refused("nothing deleted: \(TerminalText.sanitized(owner.1.displayName)) is the portal owner")
        }
        // Owners of rooms or shared files: refused, handed over first, or deleted with their data.
        let handover = DeleteHandover(client: client)
        // A real run got here only with everyone disabled; a dry run asks for the active too,
        // so that one answer says everything the admin has to settle.
        let checkable = people.map(\.1).filter { !$0.isOwner && ($0.status == .terminated || bulk.dryRun) }
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
            guard !people.contains(where: { $0.1.id == found.id }) else {
                throw .refused("nothing deleted: \(found.email ?? found.id) is among the people to delete")
            }
            receiver = found
        }
        let refusesOwners = !owners.isEmpty && receiver == nil && !loseData
        if refusesOwners, !bulk.dryRun {
            let named = people.filter { owners.contains($0.1.id) }.prefix(5)
                .map {
                    "\(TerminalText.sanitized($0.1.displayName)) <\(TerminalText.sanitized($0.1.email ?? $0.1.id))>"
                }
            throw .refused(
                "nothing deleted: \(named.joined(separator: "; "))\(owners.count > 5 ? " (+\(owners.count - 5) more)" : "") "
                    + "\(owners.count == 1 ? "owns" : "own") rooms or shared files. --reassign-to PERSON hands them to an "
                    + "active admin first; --lose-data deletes them with \(owners.count == 1 ? "the person" : "the people")"
            )
        }
        var report = BulkReport(action: "delete")
        if bulk.dryRun {
            var refusals = 0
            for (input, person) in people {
                let refusal: String? =
                    if person.isOwner { "the portal owner" } else if person.status != .terminated {
                        "\(person.status.displayName.lowercased()): terminate first"
                            + (refusesOwners && owners.contains(person.id)
                                ? "; owns rooms or shared files too: add --reassign-to PERSON or --lose-data" : "")
                    } else if refusesOwners && owners.contains(person.id) {
                        "owns rooms or shared files: add --reassign-to PERSON or --lose-data"
                    } else { nil }
                if let refusal {
                    refusals += 1
                    report.add(input, person, .failed, "dry run: would refuse the whole delete (\(refusal))")
                    continue
                }
                let what =
                    !owners.contains(person.id)
                    ? "would delete (irreversible)"
                    : receiver.map {
                        "would hand their rooms and files to \($0.email ?? $0.id), then delete (irreversible)"
                    }
                        ?? "would delete and lose their rooms and files (irreversible)"
                report.add(input, person, .skipped, "dry run: \(what)")
            }
            report.print(json: bulk.json)
            if refusals > 0 {
                throw .refused(
                    "dry run: a real run would delete nobody: \(refusals) of \(people.count) \(refusals == 1 ? "is" : "are") refused (see above)"
                )
            }
            return
        }
        if !yes {
            try confirm(people.map(\.1), owners: owners, receiver: receiver, portal: session.connection.portalName)
        }
        let me = try await CommandRunner.call { try await client.me() }
        if let receiver, !owners.isEmpty {
            // Ctrl-C during the hand-overs cancels the one running and deletes nobody.
            let interrupt = InterruptLatch()
            var notDeleted: Set<String> = []
            for (input, person) in people where owners.contains(person.id) {
                if interrupt.isInterrupted { break }
                var handed = BulkReport(action: "reassign")
                let sent = session.recordSent(
                    by: me, action: "reassign", request: "POST /api/2.0/people/reassign/start",
                    people: [person])
                if let problem = await handover.handOver(person, to: receiver, interrupt: interrupt) {
                    handed.add(input, person, .failed, problem)
                    report.add(input, person, .failed, "not deleted: \(problem)")
                    notDeleted.insert(person.id)
                } else {
                    handed.add(input, person, .done, "rooms and files handed to \(receiver.email ?? receiver.id)")
                }
                // One line per hand-over as soon as it ends: data moved is on record even if
                // the rest never runs.
                session.recordAudit(
                    by: me, action: "reassign", request: "POST /api/2.0/people/reassign/start", entries: handed.entries)
                sent.answered()
            }
            interrupt.end()
            if interrupt.isInterrupted {
                for (input, person) in people where !notDeleted.contains(person.id) {
                    report.add(input, person, .skipped, "not deleted: interrupted (Ctrl-C)")
                }
                report.print(json: bulk.json)
                throw .interrupted
            }
            people.removeAll { notDeleted.contains($0.1.id) }
            guard !people.isEmpty else {
                report.print(json: bulk.json)
                try report.outcome()
                return
            }
        }
        let request = people.count == 1 ? "DELETE /api/2.0/people/\(people[0].1.id)" : "PUT /api/2.0/people/delete"
        // The delete's audit line names the people in the delete request (not those whose
        // hand-over failed: their own line says so).
        let sentIDs = Set(people.map(\.1.id))
        let sent = session.recordSent(by: me, action: "delete", request: request, people: people.map(\.1))
        defer {
            session.recordAudit(
                by: me, action: "delete", request: request,
                entries: report.entries.filter { $0.id.map(sentIDs.contains) ?? false })
            sent.answered()
        }

        do {
            if people.count == 1 {
                _ = try await client.delete(id: people[0].1.id)
            } else {
                for start in stride(from: 0, to: people.count, by: PeopleQuery.maxCount) {
                    _ = try await client.delete(
                        ids: people[start..<min(start + PeopleQuery.maxCount, people.count)].map { $0.1.id })
                }
            }
        } catch let error as DocSpaceError where !error.isUnclear {
            for (input, person) in people { report.add(input, person, .failed, "\(error)") }
            report.print(json: bulk.json)
            try report.outcome()
            return
        } catch {
            // Unclear (timeout, dropped connection): fall through and read back what happened.
        }
        for (input, person) in people {
            do {
                let still = try await client.person(id: person.id)
                report.add(input, still, .skipped, "the portal kept this person (not allowed to delete them?)")
            } catch DocSpaceError.notFound {
                // Owners deleted under --lose-data (no receiver): their line says what went too.
                let lost = owners.contains(person.id) && receiver == nil
                report.add(
                    input, person, .done, lost ? "deleted with their rooms and files (not handed over)" : "deleted")
            } catch {
                report.add(input, person, .failed, "unknown: \(error) — check this person")
            }
        }
        report.print(json: bulk.json)
        try report.outcome()
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
