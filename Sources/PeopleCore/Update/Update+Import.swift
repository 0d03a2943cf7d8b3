import DocSpaceAPI

/// `:import FILE` (`:import FILE invite` sends invitations): the same checks as the command
/// line's `import` (`ImportPlan`), then one y/N question and one request per line in file
/// order (`Request.importLine`, answered through `ImportRun.send`), the results view at the
/// end and the results file beside it. A file with problems sends nothing: its problems are
/// listed with their lines.
extension AppState {
    /// Esc while an import runs: the line on its way is answered, no later one is sent.
    mutating func stopImport() -> Bool {
        guard importSession != nil, importSession?.stopReason == nil else { return false }
        importSession?.stopReason = "not sent: stopped (Esc)"
        say("Import stops after the line on its way", .warning)
        return true
    }

    /// The results file was made, or could not be: the first line goes, or nothing does. A
    /// later append that fails stops the run: nothing more is sent without a record. Whether
    /// the answer was the import's.
    mutating func importFileAnswered(problem: String?, into effects: inout [Effect]) -> Bool {
        guard var run = importSession else { return false }
        if run.fileReady {
            if let problem {
                importSession?.stopReason = "not sent: the results file could not be written (\(problem))"
            }
            return false
        }
        if let problem {
            importSession = nil
            say("Import: nothing sent: the results file: \(problem)", .error)
            effects.append(.bell)
            return true
        }
        run.fileReady = true
        importSession = run
        sendNextImportLine(into: &effects)
        return true
    }

    /// `:import` and its arguments.
    mutating func startImport(_ args: [String], into effects: inout [Effect]) {
        guard !session.readOnly else {
            say("Read-only session: import is turned off", .warning)
            return
        }
        guard importSession == nil, !isChangeInFlight else {
            say("An import or a change is on its way; wait for it to finish", .warning)
            return
        }
        var words = args
        let invite = words.last?.lowercased() == "invite"
        if invite { words.removeLast() }
        let path = words.joined(separator: " ")
        guard !path.isEmpty else {
            say("import FILE.csv [invite]: people from a CSV file (see docs/import-sample.csv)", .error)
            return
        }
        importPath = path
        say("Checking \(path)…")
        effects.append(request(.importCheck, .importCheck(path: path, mode: invite ? .invite : .create)))
    }

    /// The file checked: its problems, or the question.
    mutating func importChecked(_ response: Response, into effects: inout [Effect]) {
        let path = importPath ?? ""
        importPath = nil
        switch response {
        case .importChecked(.refused(let why)):
            say("Import: nothing sent: \(why)", .error)
            effects.append(.bell)
        case .importChecked(.plan(let plan)):
            let stamp = wallClock.stamp(at: now)
            let session = ImportSession(
                path: path, plan: plan, resultsPath: ImportResultsCSV.suggestedFileName(stamp: stamp))
            effects.append(.flushTypeAhead)
            if plan.isClean && !plan.items.isEmpty {
                present(.importQuestion(session))
            } else {
                present(.importProblems(session))
                say(
                    "Import: nothing sent: \(NumberText.grouped(plan.badLines.count)) of \(NumberText.grouped(plan.lineCount)) lines have problems",
                    .error)
                effects.append(.bell)
            }
        case .failure(let error):
            say("Import: nothing sent: could not read the portal: \(ErrorText.explain(error))", .error)
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
        case .page, .person, .lookups, .batch, .signedIn, .switchedProfile, .profileRefused, .exported, .task,
            .handoverNeeds, .created, .emailLookups, .invited, .importLine, .groups, .offboardStep,
            .personRooms, .ownedRooms, .signIns, .everyone, .apiKeys, .quotaSettings, .shareLink:
            break
        }
    }

    /// y sends the lines; anything that means no sends nothing.
    mutating func handleImportQuestionKey(_ key: Key, _ session: ImportSession, into effects: inout [Effect]) {
        switch Reply.yesNo(key, table: keys) {
        case .confirm:
            dialog = nil
            importSession = session
            // The results file is made before the first request: every line's row joins it
            // the moment the line's outcome is known.
            // The first request waits for the file (`importFileAnswered`).
            effects.append(.appendFile(path: session.resultsPath, text: ImportResultsCSV.headerLine, creating: true))
        case .cancel:
            dialog = nil
            say("Import cancelled: nothing was sent")
        case .swallow, .edit:
            break
        }
    }

    /// The next line: a skipped one is recorded at once, a line to send goes out; after the
    /// last, the results.
    mutating func sendNextImportLine(into effects: inout [Effect]) {
        guard var run = importSession else { return }
        while run.next < run.plan.steps.count {
            let step = run.plan.steps[run.next]
            run.next += 1
            switch step {
            case .skip(let line, let email, let reason):
                run.record(
                    ImportResult(line: line, email: email, outcome: .skipped, detail: "not sent: \(reason)"),
                    into: &effects)
            case .send(let item):
                if let stop = run.stopReason {
                    run.record(
                        ImportResult(line: item.line, email: item.email, outcome: .notSent, detail: stop),
                        into: &effects)
                    continue
                }
                importSession = run
                say("Importing \(run.progressText): line \(item.line) \(item.email)")
                effects.append(request(.importLine, .importLine(item, mode: run.plan.mode)))
                return
            }
        }
        importSession = nil
        finishImport(run, into: &effects)
    }

    /// One line answered: its outcome line in the audit log, then the next.
    mutating func importLineAnswered(_ response: Response, into effects: inout [Effect]) {
        guard var run = importSession, case .send(let item) = run.plan.steps[run.next - 1] else { return }
        let result: ImportResult
        switch response {
        case .importLine(let answered, let stop):
            result = answered
            if let stop { run.stopReason = stop }
        case .failure(let error):
            result = ImportResult(
                line: item.line, email: item.email, outcome: .failed, detail: "refused: \(ErrorText.explain(error))")
        case .page, .person, .lookups, .batch, .signedIn, .switchedProfile, .profileRefused, .exported, .task,
            .handoverNeeds, .created, .emailLookups, .invited, .importChecked, .groups, .offboardStep,
            .personRooms, .ownedRooms, .signIns, .everyone, .apiKeys, .quotaSettings, .shareLink:
            return
        }
        run.record(result, into: &effects)
        effects.append(
            .audit(
                formsAuditEntry(
                    action: run.plan.mode.auditWord, request: item.serverCall(run.plan.mode),
                    targets: [
                        AuditEntry.Target(
                            id: result.personID, email: result.email, displayName: nil,
                            outcome: result.outcome.rawValue, detail: result.detail)
                    ])))
        // A line's quota is a change of its own (`ChangeKind.setQuota`, made once the person
        // is there): it gets its own audit line, as the CLI's change path writes one. The
        // person has an id only once created; the line's outcome is then the quota's.
        if let quota = item.quota, let id = result.personID {
            let kind = ChangeKind.setQuota(quota)
            effects.append(
                .audit(
                    formsAuditEntry(
                        action: kind.auditWord, request: kind.serverCall(ids: [id]),
                        targets: [
                            AuditEntry.Target(
                                id: id, email: result.email, displayName: nil, outcome: result.outcome.rawValue,
                                detail: result.detail)
                        ])))
        }
        importSession = run
        sendNextImportLine(into: &effects)
    }

    /// The results view (every line, in the order of the file) and the results file.
    private mutating func finishImport(_ run: ImportSession, into effects: inout [Effect]) {
        let results = run.results.map {
            AddressResult(
                email: "line \($0.line) \($0.email)", outcome: $0.outcome, detail: $0.detail, personID: $0.personID)
        }
        let report = AddressReport(title: "Import \(run.path) → \(run.resultsPath)", results: results)
        present(.addressReport(report))
        effects.append(.flushTypeAhead)
        let summary = "Import: " + TargetOutcome.line(count: report.count) + "; results in \(run.resultsPath)"
        if report.count(.failed) + report.count(.notSent) > 0 {
            say(summary, report.count(.done) > 0 ? .warning : .error)
            effects.append(.bell)
        } else {
            say(summary, .success)
        }
        if report.count(.done) > 0 { reload(keepRows: true, into: &effects) }
    }
}
