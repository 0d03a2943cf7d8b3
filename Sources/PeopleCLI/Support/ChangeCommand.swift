import DocSpaceAPI
import Foundation
import PeopleCore

/// A change of people from the command line, on the one change path: the people named are
/// found on the portal (`TargetReread`), the change's own rules leave some out
/// (`ChangeKind.split`), a dry run says what would be sent, and a real run goes batch by batch
/// through `ChangeRun` (`ChangeDriver`): a `sent` audit line before each batch, a refused or
/// unclear batch read back, Ctrl-C stops after the batch on its way, one outcome line at the
/// end (`ChangeAudit`). What is printed comes from the run's `ActionReport`.
struct ChangeCommand: Sendable {
    let kind: ChangeKind
    let client: any PeopleClient
    let audit: AuditTrail

    init(kind: ChangeKind, client: any PeopleClient, audit: AuditTrail) {
        self.kind = kind
        self.client = client
        self.audit = audit
    }

    init(kind: ChangeKind, session: PortalSession) {
        self.init(kind: kind, client: session.client, audit: session.audit)
    }

    /// The people named, as the portal has them now.
    struct Targets: Sendable {
        var me: Person
        /// Everyone found, each once, in the order named.
        var people: [Person]
        /// What was typed for each person found, by id.
        var inputs: [String: String]
        /// Names that matched no one, and why.
        var notFound: [(input: String, error: DocSpaceError)]

        /// The rows of the names that matched no one: failed, with why.
        var unmatched: [BulkReport.Entry] {
            notFound.map { BulkReport.Entry(input: $0.input, person: nil, outcome: .failed, detail: "\($0.error)") }
        }
    }

    /// Finds the people named and the signed-in person.
    func find(_ names: [String]) async throws(CLIFailure) -> Targets {
        let client = client
        let me = try await CommandRunner.call { try await client.me() }
        var targets = Targets(me: me, people: [], inputs: [:], notFound: [])
        for answer in await TargetReread.read(typed: names, client: client) {
            switch answer.result {
            case .success(let person):
                // The same person named twice (by id and by e-mail) is changed once.
                guard targets.inputs[person.id] == nil else { continue }
                targets.inputs[person.id] = answer.input
                targets.people.append(person)
            case .failure(let error):
                targets.notFound.append((answer.input, error))
            }
        }
        return targets
    }

    /// What a real run would send, changing nothing: every person "not sent", with
    /// "would …" and the request for those the change applies to, the reason for the others.
    func dryRun(_ applicable: [Person], leftOut: [SkippedTarget]) -> ActionReport {
        let would = "would \(kind.verb.prefix(1).lowercased())\(kind.verb.dropFirst())"
        // The request as it would go out: per person for a per-person route, else the batch's.
        let batchCall = kind.serverCall(ids: applicable.map(\.id))
        let sent = applicable.map { person in
            let call = kind.batchSize == 1 ? kind.serverCall(ids: [person.id]) : batchCall
            return SkippedTarget(person: person, reason: "\(would) (\(call))", outcome: .notSent)
        }
        var report = ActionReport(kind: kind, done: [], failed: [], skipped: leftOut + sent)
        report.leftOutCount = leftOut.count
        return report
    }

    /// Sends the change to `applicable` through the run and writes its outcome line.
    /// - Parameters:
    ///   - leftOut: people the change's rules left out, reported "not sent" with the reason.
    ///   - dataLostIDs: a delete's people whose rooms and files go with them (`--lose-data`).
    ///   - catchesCtrlC: Ctrl-C stops the run after the batch on its way (`InterruptLatch`),
    ///     when it takes more than one batch. A change of one batch is one request, which
    ///     nothing can stop part-way: there Ctrl-C ends the process and the audit log says
    ///     "outcome unknown" (`ChangeRecord`).
    ///   - stop: another way to ask for that stop (tests).
    func send(
        _ applicable: [Person], leftOut: [SkippedTarget], me: Person, dataLostIDs: Set<String> = [],
        catchesCtrlC: Bool = false, stop: (any InterruptSignal)? = nil
    ) async -> ActionReport {
        var run = ChangeRun(action: PendingAction(kind: kind, targets: applicable), leftOut: leftOut)
        run.dataLostIDs = dataLostIDs
        let audit = audit
        let kind = kind
        let tickets = Tickets()
        let showsProgress = run.showsProgress
        let latch = catchesCtrlC && showsProgress ? InterruptLatch() : nil
        let stop = stop ?? latch
        let driver = ChangeDriver(
            client: client,
            hooks: ChangeDriver.Hooks(
                sending: { batch in
                    tickets.add(
                        audit.sent(by: me, action: kind.auditWord, request: batch.serverCall, people: batch.targets))
                    return {}
                },
                shouldStop: { stop?.isInterrupted ?? false },
                progress: { answered, total in
                    if showsProgress { Console.error("\(kind.progressive): \(answered) of \(total) answered") }
                },
                waiting: { seconds in
                    Console.error(
                        "\(kind.progressive): the portal's rate limit turned a batch away (429; nothing of it was done); it goes again in \(DocSpaceError.seconds(seconds))"
                    )
                }))
        let finished = await driver.run(run)
        latch?.end()
        // The batches' `sent` lines stay open until the outcome line is written: a signal
        // before that writes `outcome unknown` for them.
        if finished.batchesSent > 0 { audit.record(finished.report, by: me) }
        tickets.answerAll()
        return finished.report
    }

    /// The change for the people named, as the rows to print: a dry run, or a real run.
    func results(
        for names: [String], dryRun: Bool, catchesCtrlC: Bool = false, stop: (any InterruptSignal)? = nil
    ) async throws(CLIFailure) -> (rows: BulkReport, report: ActionReport) {
        let targets = try await find(names)
        let (applicable, leftOut) = kind.split(targets.people, me: targets.me, keys: nil)
        let report =
            dryRun
            ? self.dryRun(applicable, leftOut: leftOut)
            : await send(applicable, leftOut: leftOut, me: targets.me, catchesCtrlC: catchesCtrlC, stop: stop)
        return (BulkReport(report, inputs: targets.inputs, unmatched: targets.unmatched), report)
    }

    /// The whole command for a change that needs nothing but its people (terminate,
    /// activate, resend, sign-out): read-only refusal, dry run or run, the rows, the exit status.
    func perform(_ options: BulkOptions, session: PortalSession) async throws(CLIFailure) {
        try await perform(
            names: try options.targets.targets(), json: options.json, dryRun: options.dryRun, session: session)
    }

    /// The same for people named otherwise than by `BulkOptions` (`set-email PERSON NEW`).
    func perform(names: [String], json: Bool, dryRun: Bool, session: PortalSession) async throws(CLIFailure) {
        try await perform(names: names, format: json ? .json : .table, dryRun: dryRun, session: session)
    }

    /// The same, printed as a table, JSON or CSV (`groups add`, `groups remove`).
    func perform(names: [String], format: OutputFormat, dryRun: Bool, session: PortalSession) async throws(CLIFailure) {
        if !dryRun { try session.requireWritable(kind.auditWord) }
        let (rows, report) = try await results(for: names, dryRun: dryRun, catchesCtrlC: true)
        rows.print(format)
        if dryRun { return }
        if report.stoppedCount > 0 { throw .interrupted }
        try rows.outcome()
    }
}

/// The `sent` tickets of a run's batches, answered together once the outcome line is written.
private final class Tickets: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [ChangeRecord.Ticket] = []

    func add(_ ticket: ChangeRecord.Ticket) { lock.withLock { all.append(ticket) } }

    func answerAll() {
        for ticket in lock.withLock({ all }) { ticket.answered() }
    }
}
