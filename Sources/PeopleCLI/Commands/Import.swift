import ArgumentParser
import DocSpaceAPI
import Foundation
import PeopleCore
import TerminalUI

/// `import FILE.csv`: people from a CSV file, every line checked before anything is sent
/// (`ImportPlan`), then one request per line in file order (`ImportRun`), each line's
/// outcome written to the results file as soon as it is known.
struct Import: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add or invite people from a CSV file.",
        discussion: """
            The first line names the columns, in any order and any case: e-mail (required), \
            first name (needed unless --invite), last name, type (docspace-admin, room-admin, \
            user or guest; empty: user), groups (group names separated by ;), quota (a \
            size such as 10 GB or none, set once the person is there; DocSpace admins, with \
            per-user quotas on). Also accepted: email, firstname, \
            lastname, surname, group; _ or - for a space. Any other column is refused. \
            See docs/import-sample.csv.

            Every line is checked before any request: the address, the names by the portal's \
            rules, the type you may give, the groups, the quota, the same address twice in the \
            file or already on the portal, and the paid seats the plan has left for DocSpace \
            admins and room admins (counted in file order). Each problem is printed with its line number and nothing is \
            sent, unless --skip-bad (the bad lines are then reported as skipped).

            The results file (line, email, outcome, id, detail) is written as the run goes; \
            Ctrl-C stops after the line on its way, and the file says which lines were not sent; \
            an expired session stops the run the same way and exits 5.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: ArgumentHelp("The CSV file (UTF-8; RFC 4180).", valueName: "file")) var file: String
    @Flag(name: .long, help: "Send invitations instead of creating accounts.") var invite = false
    @Flag(name: .long, help: "Send the good lines even when others have problems; the bad ones are skipped.")
    var skipBad = false
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Where to write the results (a new file); default: docspace-people-import-<time>.csv here.",
            valueName: "file"))
    var results: String?
    @Flag(name: .long, help: "Check the file and say what would be sent; send nothing.") var dryRun = false
    @Option(
        name: .long,
        help: ArgumentHelp("With --invite: the invitation e-mail's language (en-US, de, …).", valueName: "culture"))
    var culture: String?

    /// The largest file read (a million lines of a typical row is about 80 MB).
    static let fileLimit = 128 * 1024 * 1024

    func validate() throws {
        if let culture, Culture(culture) == nil { throw ValidationError("--culture \(culture) \(Culture.expected)") }
        if culture != nil && !invite { throw ValidationError("--culture goes with --invite") }
    }

    var mode: ImportMode { invite ? .invite : .create }

    func run(on session: PortalSession) async throws(CLIFailure) {
        if !dryRun { try session.requireWritable("import") }
        let importFile = try Self.read(file)
        let client = session.client
        let needsGroups = importFile.namesGroups
        let needsSeats = importFile.namesPaidTypes
        let needsQuotas = importFile.givesQuotas
        let portal = try await CommandRunner.call {
            try await ImportPortal.read(
                client: client, needsGroups: needsGroups, needsSeats: needsSeats, needsQuotas: needsQuotas)
        }
        let plan = ImportPlan(file: importFile, portal: portal, mode: mode)
        for problem in plan.problems {
            Console.error("\(TerminalText.sanitized(file)): \(TerminalText.sanitized(problem.description))")
        }
        if !plan.isClean && !skipBad {
            throw .refused(
                "nothing sent: \(Self.count(plan.problems.count, "problem")) on \(Self.count(plan.badLines.count, "line")) of \(plan.lineCount); fix them, or add --skip-bad to send the other lines"
            )
        }
        if dryRun {
            printDryRun(plan)
            return
        }
        guard !plan.items.isEmpty else { throw .refused("nothing sent: no line is ready to send") }
        let language = culture.flatMap(Culture.init) ?? session.connection.culture
        let report = try await send(plan, me: portal.me, culture: language, session: session)
        try report.outcome()
    }

    /// The file's text, read as every file of this tool is (`PrivateFile`).
    static func read(_ path: String) throws(CLIFailure) -> ImportFile {
        let data: Data
        do {
            data = try PrivateFile.read(path, as: "import file", privacy: .othersMayRead, limit: fileLimit)
        } catch {
            throw .usage("\(error)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .usage("\(TerminalText.sanitized(path)): not UTF-8 text (save the CSV as UTF-8)")
        }
        do {
            return try ImportFile.read(text)
        } catch {
            throw .usage("\(TerminalText.sanitized(path)): \(TerminalText.sanitized(error.description))")
        }
    }

    private func printDryRun(_ plan: ImportPlan) {
        let verb = invite ? "would invite" : "would create"
        for step in plan.steps {
            switch step {
            case .send(let item):
                let groups = item.groups.isEmpty ? "" : " in \(item.groups.map(\.name).joined(separator: ", "))"
                Console.out(
                    TerminalText.sanitized(
                        "line \(item.line): \(verb) \(item.email) as \(item.type.displayName)\(groups)"))
            case .skip(let line, let email, _):
                Console.out(TerminalText.sanitized("line \(line): would skip \(email)"))
            }
        }
        Console.out("\(Self.count(plan.items.count, "line")) to send, nothing sent (dry run)")
    }

    /// Runs the plan, writing the results file and the audit lines as it goes.
    private func send(_ plan: ImportPlan, me: Person, culture: Culture?, session: PortalSession)
        async throws(CLIFailure) -> ImportOutcome
    {
        let path = results ?? ImportResultsCSV.suggestedFileName(stamp: Self.stamp())
        let results = try ImportResultsFile(path: path)
        if self.results == nil { Console.error("results: \(TerminalText.sanitized(path))") }
        defer { results.close() }
        let latch = InterruptLatch()
        defer { latch.end() }
        let audit = session.audit
        let action = mode.auditWord
        let mode = mode
        let total = plan.items.count
        var outcome = ImportOutcome(action: action, path: path)
        var ticket: ChangeRecord.Ticket?
        var sentRequest = mode.serverCall
        var sentCount = 0
        let client = session.client
        let setQuota: @Sendable (ChangeKind, Person) async -> ActionReport = { kind, person in
            await ChangeCommand(kind: kind, client: client, audit: audit).send([person], leftOut: [], me: me)
        }
        outcome.stoppedBy = await ImportRun(client: client, mode: mode, culture: culture, change: setQuota).run(
            plan.steps,
            stopReason: {
                if let problem = results.problem {
                    return "not sent: the results file could not be written (\(problem))"
                }
                return latch.isInterrupted ? "not sent: stopped by Ctrl-C" : nil
            },
            willSend: { item in
                sentCount += 1
                Console.error(
                    TerminalText.sanitized("import: \(sentCount) of \(total): line \(item.line) \(item.email)"))
                sentRequest = item.serverCall(mode)
                ticket = audit.sent(by: me, action: action, request: sentRequest, emails: [item.email])
            },
            answered: { result in
                results.write(result)
                outcome.add(result)
                guard let sent = ticket else { return }
                var entry = BulkReport.Entry(
                    input: result.email, person: nil, outcome: result.outcome, detail: result.detail)
                entry.id = result.personID
                entry.email = result.email
                audit.record(by: me, action: action, request: sentRequest, entries: [entry])
                sent.answered()
                ticket = nil
            })
        outcome.interrupted = latch.isInterrupted
        results.close()
        Console.error("\(outcome.summary); results in \(TerminalText.sanitized(path))")
        if let problem = results.problem {
            throw .notDone("import: the results file could not be written (\(problem))", cause: nil)
        }
        return outcome
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// "20261207-171500", local time.
    static func stamp() -> String {
        WallClock(epochAtZero: Date().timeIntervalSince1970, utcOffset: TimeZone.current.secondsFromGMT()).stamp(at: 0)
    }
}

/// The tally of an import's lines, its summary line and its exit status.
struct ImportOutcome {
    var action: String
    var path: String
    var counts: [TargetOutcome: Int] = [:]
    var interrupted = false
    /// The portal's error that stopped the run (an expired session): the exit status is its own.
    var stoppedBy: DocSpaceError?

    mutating func add(_ result: ImportResult) { counts[result.outcome, default: 0] += 1 }

    /// "import: 998 done · 2 skipped".
    var summary: String { "\(action): \(TargetOutcome.line { counts[$0] ?? 0 })" }

    /// Fine when every line sent was done (lines skipped by `--skip-bad` were asked for);
    /// 130 after Ctrl-C; the error's own status when the portal stopped the run (5 for an
    /// expired session: sign in again, then import the lines not sent); else partial, or not
    /// done when nothing was.
    func outcome() throws(CLIFailure) {
        if interrupted { throw .interrupted }
        if let stoppedBy {
            throw .notDone(
                "\(action): stopped: \(stoppedBy); the lines not sent are in \(path)",
                cause: stoppedBy)
        }
        let done = counts[.done] ?? 0
        let missed = (counts[.failed] ?? 0) + (counts[.notSent] ?? 0)
        guard missed > 0 else { return }
        if done == 0 { throw .notDone("\(action): nothing was done (see \(path))", cause: nil) }
        throw .partial("\(action): \(missed) of \(done + missed) lines not done (see \(path))")
    }
}
