import ArgumentParser
import DocSpaceAPI
import Foundation
import PeopleCore

/// `set-type`: raises through the one change path, in batches of 100 (`PUT people/type/{type}`);
/// lowerings to User or Guest one by one through the portal's asynchronous task
/// (`POST people/type`), followed until it completes, and reported in the same rows.
struct SetType: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-type",
        abstract: "Change people's type (docspace-admin, room-admin, user, guest).",
        discussion: """
            Demotions hand the person's rooms to --reassign-to (default: you). Ctrl-C while a \
            demotion runs asks the portal to cancel it (PUT /api/2.0/people/type/terminate), \
            starts no other, reports what the portal then shows and exits 130.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: ArgumentHelp("The new type.", valueName: "type")) var type: String
    @Option(name: .long, help: ArgumentHelp("Who receives rooms on a demotion (id or e-mail).", valueName: "person"))
    var reassignTo: String?
    @OptionGroup var bulk: BulkOptions

    /// How long to follow one demotion task before reporting it as still running.
    static let demotionDeadline: Double = 120

    func validate() throws {
        guard EmployeeType(parsing: type) != nil else {
            throw ValidationError("unknown type \(type): use docspace-admin, room-admin, user or guest")
        }
    }

    func run(on session: PortalSession) async throws(CLIFailure) {
        if !bulk.dryRun { try session.requireWritable("set-type") }
        let target = EmployeeType(parsing: type)!
        let client = session.client
        let change = ChangeCommand(kind: .setType(target), session: session)
        let targets = try await change.find(try bulk.targets.targets())
        var receiver: String?
        if let reassignTo {
            let found = try await CommandRunner.call {
                reassignTo.contains("@")
                    ? try await client.person(email: reassignTo) : try await client.person(id: reassignTo)
            }
            receiver = found.id
        }
        // Raises go through the run; lowerings are a portal task per person (`TypeRules`).
        let (raises, notRaised) = change.kind.split(targets.people, me: targets.me, keys: nil)
        let isLowering = { (person: Person) in TypeRules.verdict(person, to: target, me: targets.me) == .demotion }
        let lowerings = notRaised.map(\.person).filter(isLowering)
        let leftOut = notRaised.filter { !isLowering($0.person) }
        if bulk.dryRun {
            var report = change.dryRun(raises, leftOut: leftOut)
            report.skipped += lowerings.map {
                SkippedTarget(
                    person: $0,
                    reason: "would lower \($0.type.displayName) → \(target.displayName) (POST /api/2.0/people/type)",
                    outcome: .notSent)
            }
            BulkReport(report, inputs: targets.inputs, unmatched: targets.unmatched).print(json: bulk.json)
            return
        }
        // Ctrl-C stops after the batch of raises on its way, and cancels the lowering running.
        var report = await change.send(raises, leftOut: leftOut, me: targets.me, catchesCtrlC: true)
        let interrupt = lowerings.isEmpty ? nil : InterruptLatch()
        for person in lowerings {
            if report.stoppedCount > 0 || interrupt?.isInterrupted == true {
                // Never sent: reported, not written to the audit log as a request.
                report.skipped.append(SkippedTarget(person: person, reason: ChangeRun.stoppedReason, outcome: .notSent))
                continue
            }
            let request = "POST /api/2.0/people/type"
            let sent = session.audit.sent(
                by: targets.me, action: change.kind.auditWord, request: request, people: [person])
            let lowered = await lower(person, to: target, receiver: receiver, client: client, interrupt: interrupt)
            session.audit.record(lowered, by: targets.me, request: request)
            sent.answered()
            report.done += lowered.done
            report.failed += lowered.failed
        }
        interrupt?.end()
        let printed = BulkReport(report, inputs: targets.inputs, unmatched: targets.unmatched)
        printed.print(json: bulk.json)
        if report.stoppedCount > 0 || interrupt?.isInterrupted == true { throw .interrupted }
        try printed.outcome()
    }

    /// One lowering through the portal's task, followed to its end, as a report of one.
    private func lower(
        _ person: Person, to target: EmployeeType, receiver: String?, client: DocSpaceClient,
        interrupt: InterruptLatch?
    ) async -> ActionReport {
        var report = ActionReport(kind: .setType(target), done: [], failed: [])
        func problem(_ now: Person, _ outcome: TargetOutcome, _ reason: String) -> ActionReport {
            report.failed = [SkippedTarget(person: now, reason: reason, outcome: outcome)]
            return report
        }
        do {
            let started = try await client.startTypeChange(userId: person.id, to: target, reassignTo: receiver)
            let outcome = await TaskFollower(deadline: Self.demotionDeadline).follow(
                started, interrupt: interrupt, what: "the demotion of \(person.email ?? person.id)",
                poll: { try await client.typeChangeProgress(userId: person.id) },
                cancel: { try await client.cancelTypeChange(userId: person.id) })
            if let error = outcome.progress.error {
                return problem(person, .failed, "the portal's task failed: \(error)")
            }
            // The person as the portal shows them now decides, whatever the task said.
            let now = try await client.person(id: person.id)
            if now.type == target {
                report.done = [now]
                return report
            } else if outcome.cancelled {
                return problem(now, .skipped, "cancelled at your request (Ctrl-C): still \(now.type.displayName)")
            } else if let lost = outcome.lostTrack {
                return problem(now, .failed, "outcome unknown: lost track of the portal's task (\(lost)); check later")
            } else if outcome.progress.state == .canceled {
                return problem(now, .failed, "the portal's task was cancelled: still \(now.type.displayName)")
            } else if !outcome.ended && !outcome.vanished {
                return problem(now, .failed, "the portal's task is still running (\(outcome.progress.percentage) %)")
            }
            return problem(now, .skipped, "the portal left them \(now.type.displayName)")
        } catch {
            return problem(person, .failed, "\(error)")
        }
    }
}
