import ArgumentParser
import DocSpaceAPI
import Foundation
import PeopleCore
import TerminalUI

/// `offboard PERSON…`: sign out everywhere, turn off API keys, terminate, hand over rooms —
/// an `OffboardPlan` of existing changes, each on the one change path (its rules, re-read,
/// report and audit line), person by person; a step that fails for a person stops only that
/// person's later steps. Everyone named and the receiver are read first, and who owns rooms
/// is asked before anything is sent.
struct Offboard: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "offboard",
        abstract: "Off-board people in one step: sign out everywhere, turn off API keys, terminate, hand over rooms.",
        discussion: """
            For each person, in this order: sign out everywhere (sessions cannot be restored), \
            turn off their API keys (not undone by this tool), terminate (re-activate undoes it), \
            and, for those who own rooms or shared files, hand them to --receiver (an active \
            DocSpace admin or room admin) or keep them (--keep-rooms). A step that fails for a \
            person stops that person's later steps, not the others'. The portal lets only \
            DocSpace admins turn off other people's API keys: for anyone else that step is \
            skipped with that reason. Asks for confirmation on a terminal; without one --yes \
            is required. Results per person and step; --results writes them as CSV.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Hand the rooms and files of those who own some to this person (id or e-mail).", valueName: "person"))
    var receiver: String?
    @Flag(name: .long, help: "Keep the rooms of those who own some (no hand-over).") var keepRooms = false
    @Flag(name: .long, help: "Do not ask for confirmation.") var yes = false
    @Option(name: .long, help: ArgumentHelp("Write the results per person and step as CSV.", valueName: "file"))
    var results: String?
    @OptionGroup var bulk: BulkOptions

    func validate() throws {
        if receiver != nil && keepRooms { throw ValidationError("--receiver and --keep-rooms exclude each other") }
    }

    func run(on session: PortalSession) async throws(CLIFailure) {
        if !bulk.dryRun { try session.requireWritable("offboard") }
        let client = session.client
        let finder = ChangeCommand(kind: .terminate, session: session)
        let targets = try await finder.find(try bulk.targets.targets())
        if let notFound = targets.notFound.first { throw .api(notFound.error) }
        let me = targets.me
        var chosen: Person?
        if let receiver {
            let found = try await finder.find([receiver])
            if let notFound = found.notFound.first { throw .api(notFound.error) }
            chosen = found.people.first
        }
        let plan = OffboardPlan(people: targets.people, receiver: chosen)
        if let problem = plan.problem { throw .refused("nothing changed: \(problem)") }
        let handover = DeleteHandover(client: client)
        let owners = Set(try await handover.owners(among: targets.people).map(\.id))
        if chosen == nil, !keepRooms, !owners.isEmpty {
            let names = targets.people.filter { owners.contains($0.id) }.map { $0.email ?? $0.id }
            throw .refused(
                "nothing changed: \(names.joined(separator: ", ")) own rooms or shared files: give --receiver PERSON or --keep-rooms"
            )
        }
        if bulk.dryRun {
            try report(Self.dryRun(plan, me: me, owners: owners), json: bulk.json)
            return
        }
        if !yes { try confirm(plan, owners: owners) }
        let audit = session.audit
        let driver = OffboardDriver(
            change: { kind, person in
                let (applicable, leftOut) = kind.split([person], me: me, keys: nil)
                return await ChangeCommand(kind: kind, client: client, audit: audit)
                    .send(applicable, leftOut: leftOut, me: me)
            },
            ownsRooms: { .success(owners.contains($0.id)) },
            handOver: { person, receiver in
                let problem = await handover.handOver(person, to: receiver, interrupt: nil)
                audit.record(
                    by: me, action: "offboard hand-over",
                    request:
                        "POST /api/2.0/people/reassign/start {userId: \(person.id), reassignUserId: \(receiver.id)}",
                    entries: [
                        BulkReport.Entry(
                            input: person.id, person: person, outcome: problem == nil ? .done : .failed,
                            detail: problem ?? "handed over to \(receiver.email ?? receiver.id)")
                    ])
                return problem
            })
        let run = await driver.run(plan)
        if let results {
            do { try run.csv.write(toFile: results, atomically: true, encoding: .utf8) } catch {
                Console.error("could not write \(results): \(error)")
            }
        }
        try report(run.rows, json: bulk.json)
    }

    /// What a real run would do: per person and step, the rule's reason or "would …".
    static func dryRun(_ plan: OffboardPlan, me: Person, owners: Set<String>) -> [OffboardRow] {
        var rows: [OffboardRow] = []
        for person in plan.people {
            for step in plan.steps {
                switch step {
                case .change(let kind):
                    if let refusal = kind.refusal(for: person, me: me, keys: nil) {
                        rows.append(OffboardRow(person: person, step: step, outcome: .skipped, detail: refusal.text))
                    } else {
                        rows.append(
                            OffboardRow(
                                person: person, step: step, outcome: .notSent,
                                detail: "would \(step.name) (\(kind.serverCall(ids: [person.id])))"))
                    }
                case .handOver:
                    let detail =
                        !owners.contains(person.id)
                        ? "owns no rooms or shared files"
                        : plan.receiver.map { "would hand their rooms to \($0.email ?? $0.id)" } ?? "rooms kept"
                    rows.append(
                        OffboardRow(
                            person: person, step: step,
                            outcome: owners.contains(person.id) && plan.receiver != nil ? .notSent : .skipped,
                            detail: detail))
                }
            }
        }
        return rows
    }

    private func confirm(_ plan: OffboardPlan, owners: Set<String>) throws(CLIFailure) {
        guard Console.inputIsTerminal else {
            throw .usage("offboard needs confirmation: run it on a terminal, or pass --yes")
        }
        for line in plan.lines { Console.error(TerminalText.sanitized(line)) }
        let answer = Console.ask("Type y to off-board them, anything else cancels: ")
        guard answer?.lowercased() == "y" else { throw .refused("cancelled: nothing changed") }
    }

    /// The rows, then the exit status: fine when no step failed or went unsent (a skipped
    /// step is nothing to do); partial when something was done; otherwise not done.
    private func report(_ rows: [OffboardRow], json: Bool) throws(CLIFailure) {
        var bulk = BulkReport(action: "offboard")
        for row in rows {
            var entry = BulkReport.Entry(
                input: row.person.email ?? row.person.id, person: row.person, outcome: row.outcome, detail: row.detail)
            entry.step = row.step.name
            bulk.entries.append(entry)
        }
        bulk.print(json: json)
        if self.bulk.dryRun { return }
        let bad = rows.count { $0.outcome == .failed || $0.outcome == .notSent }
        guard bad > 0 else { return }
        if rows.contains(where: { $0.outcome == .done }) {
            throw .partial("offboard: \(bad) of \(rows.count) steps not done")
        }
        throw .notDone("offboard: nothing was done", cause: nil)
    }
}
