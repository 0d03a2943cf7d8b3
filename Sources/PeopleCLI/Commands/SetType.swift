import ArgumentParser
import DocSpaceAPI
import Foundation
import PeopleCore

/// `set-type`: upgrades in one request per 100 people (`PUT people/type/{type}`); demotions to
/// User or Guest one by one through the portal's asynchronous task (`POST people/type`),
/// followed until it completes.
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

    /// Whether the portal takes this change synchronously (`PUT`) — upgrades, and the owner's
    /// demotion of an admin to room admin — or through the asynchronous demotion task.
    static func usesUpgradeRoute(from current: EmployeeType, to target: EmployeeType) -> Bool {
        target > current || (current == .docSpaceAdmin && target == .roomAdmin)
    }

    func run(on session: PortalSession) async throws(CLIFailure) {
        if !bulk.dryRun { try session.requireWritable("set-type") }
        let target = EmployeeType(parsing: type)!
        let client = session.client
        let me = try await CommandRunner.call { try await client.me() }
        var receiver: String?
        if let reassignTo {
            let found = try await CommandRunner.call {
                reassignTo.contains("@")
                    ? try await client.person(email: reassignTo) : try await client.person(id: reassignTo)
            }
            receiver = found.id
        }
        var report = BulkReport(action: "set-type \(target.rawValue)")
        var upgrades: [(String, Person)] = []
        var demotions: [(String, Person)] = []
        for resolved in await TargetReread.read(typed: try bulk.targets.targets(), client: client) {
            guard case .success(let person) = resolved.result else {
                if case .failure(let error) = resolved.result { report.add(resolved.input, nil, .failed, "\(error)") }
                continue
            }
            if person.type == target {
                report.add(resolved.input, person, .skipped, "already \(target.displayName)")
                continue
            }
            if person.id == me.id {
                report.add(resolved.input, person, .skipped, "you cannot change your own type")
                continue
            }
            if person.isOwner {
                report.add(resolved.input, person, .skipped, "the owner's type cannot change")
                continue
            }
            if person.status == .terminated {
                report.add(resolved.input, person, .skipped, "terminated: activate first")
                continue
            }
            if Self.usesUpgradeRoute(from: person.type, to: target) {
                upgrades.append((resolved.input, person))
            } else {
                demotions.append((resolved.input, person))
            }
        }
        if bulk.dryRun {
            for (input, person) in upgrades {
                report.add(
                    input, person, .skipped,
                    "dry run: would change \(person.type.displayName) → \(target.displayName) (PUT /api/2.0/people/type/\(target.rawValue))"
                )
            }
            for (input, person) in demotions {
                report.add(
                    input, person, .skipped,
                    "dry run: would demote \(person.type.displayName) → \(target.displayName) (POST /api/2.0/people/type)"
                )
            }
            report.print(json: bulk.json)
            return
        }
        var upgradesSent: [ChangeRecord.Ticket] = []
        for start in stride(from: 0, to: upgrades.count, by: PeopleQuery.maxCount) {
            let batch = Array(upgrades[start..<min(start + PeopleQuery.maxCount, upgrades.count)])
            upgradesSent.append(
                session.recordSent(
                    by: me, action: "set-type \(target.rawValue)",
                    request: "PUT /api/2.0/people/type/\(target.rawValue)", people: batch.map(\.1)))
            do {
                let returned = try await client.upgradeType(target, ids: batch.map { $0.1.id })
                let byID = Dictionary(returned.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                for (input, person) in batch {
                    if let now = byID[person.id], now.type == target {
                        report.add(input, now, .done, "now \(target.displayName)")
                    } else {
                        report.add(input, byID[person.id] ?? person, .skipped, "the portal did not change the type")
                    }
                }
            } catch {
                for (input, person) in batch { report.add(input, person, .failed, "\(error)") }
            }
        }
        let upgraded = report.entries.filter { entry in upgrades.contains { $0.1.id == entry.id } }
        session.recordAudit(
            by: me, action: "set-type \(target.rawValue)",
            request: "PUT /api/2.0/people/type/\(target.rawValue)", entries: upgraded)
        for sent in upgradesSent { sent.answered() }
        // Ctrl-C while following the portal's tasks cancels the one running (see `demote`).
        let interrupt = demotions.isEmpty ? nil : InterruptLatch()
        for (input, person) in demotions {
            let before = report.entries.count
            if interrupt?.isInterrupted == true {
                // Never sent: reported, not written to the audit log as a request.
                report.add(input, person, .skipped, "not started: interrupted (Ctrl-C)")
                continue
            }
            let sent = session.recordSent(
                by: me, action: "set-type \(target.rawValue)", request: "POST /api/2.0/people/type",
                people: [person])
            await demote(
                input, person, to: target, receiver: receiver, client: client, interrupt: interrupt, into: &report)
            session.recordAudit(
                by: me, action: "set-type \(target.rawValue)", request: "POST /api/2.0/people/type",
                entries: report.entries[before...])
            sent.answered()
        }
        interrupt?.end()
        report.print(json: bulk.json)
        if interrupt?.isInterrupted == true { throw .interrupted }
        try report.outcome()
    }

    private func demote(
        _ input: String, _ person: Person, to target: EmployeeType, receiver: String?,
        client: DocSpaceClient, interrupt: InterruptLatch?, into report: inout BulkReport
    ) async {
        do {
            let started = try await client.startTypeChange(userId: person.id, to: target, reassignTo: receiver)
            let outcome = await TaskFollower(deadline: Self.demotionDeadline).follow(
                started, interrupt: interrupt, what: "the demotion of \(person.email ?? person.id)",
                poll: { try await client.typeChangeProgress(userId: person.id) },
                cancel: { try await client.cancelTypeChange(userId: person.id) })
            if let error = outcome.progress.error {
                report.add(input, person, .failed, "the portal's task failed: \(error)")
                return
            }
            // The person as the portal shows them now decides, whatever the task said.
            let now = try await client.person(id: person.id)
            if now.type == target {
                report.add(input, now, .done, "now \(target.displayName)")
            } else if outcome.cancelled {
                report.add(input, now, .skipped, "cancelled at your request (Ctrl-C): still \(now.type.displayName)")
            } else if let lost = outcome.lostTrack {
                report.add(
                    input, now, .failed, "outcome unknown: lost track of the portal's task (\(lost)); check later")
            } else if outcome.progress.state == .canceled {
                report.add(input, now, .failed, "the portal's task was cancelled: still \(now.type.displayName)")
            } else if !outcome.ended && !outcome.vanished {
                report.add(input, now, .failed, "the portal's task is still running (\(outcome.progress.percentage) %)")
            } else {
                report.add(input, now, .skipped, "the portal left them \(now.type.displayName)")
            }
        } catch {
            report.add(input, person, .failed, "\(error)")
        }
    }
}
