import DocSpaceAPI

extension AppState {
    // MARK: The progress view

    /// Keys while a change of several people runs: Esc stops after the batch on its way, q
    /// asks before quitting; the rest wait.
    mutating func handleProgressKey(_ key: Key, into effects: inout [Effect]) {
        switch keys.binding(for: key, in: .progress)?.action {
        case .cancel: stopBatches(into: &effects)
        case .quit: requestQuit(into: &effects)
        default: break
        }
    }

    /// Esc in the progress view. While the targets are re-checked nothing has been sent and
    /// the check just stops; once batches go out, the one on its way finishes and no other
    /// is sent.
    mutating func stopBatches(into effects: inout [Effect]) {
        guard var run = changeRun else { return }
        if run.phase == .checking {
            _ = stopLoading(into: &effects)
            changeRun = nil
            followUp = nil
            return
        }
        guard !run.stopRequested else { return }
        run.stopRequested = true
        changeRun = run
        if runResumesAt != nil {
            // Waiting out the rate limit: nothing is on its way, so the run ends now.
            say(
                "Stopped: \(NumberText.grouped(run.unsent.count + (run.waiting?.batch.targets.count ?? 0))) will not be sent",
                .warning)
            resumeRunIfDue(into: &effects)
            return
        }
        let unsent = run.unsent.count
        if unsent == 0 {
            say("The last batch is on its way and cannot be called back", .warning)
        } else {
            say("Stopping after the batch on its way: \(NumberText.grouped(unsent)) will not be sent", .warning)
        }
    }

    // MARK: The results view

    /// Keys in the results view: scroll, `s` to save as CSV, Esc/q/Enter to close; with the
    /// file name field open, the keys edit it.
    mutating func handleResultsKey(_ key: Key, _ report: ActionReport, into effects: inout [Effect]) {
        if let path = results.savePath {
            // While the file is written the field waits for the outcome.
            if !results.isSaving { editSavePath(key, path, report, into: &effects) }
            return
        }
        let page = ResultsViewState.visibleRows(for: size)
        let maxScroll = max(0, report.resultCount - page)
        switch keys.binding(for: key, in: .report)?.action {
        case .cancel:
            dialog = nil
            results = ResultsViewState()
        case .moveUp: results.scroll = max(0, results.scroll - 1)
        case .moveDown: results.scroll = min(maxScroll, results.scroll + 1)
        case .pageUp: results.scroll = max(0, results.scroll - page)
        case .pageDown: results.scroll = min(maxScroll, results.scroll + page)
        case .saveResults:
            results.savePath = ResultsCSV.suggestedFileName(for: report, stamp: wallClock.stamp(at: now))
        default:
            break
        }
    }

    private mutating func editSavePath(
        _ key: Key, _ path: String, _ report: ActionReport,
        into effects: inout [Effect]
    ) {
        switch keys.binding(for: key, in: .saveResults)?.action {
        case .submit:
            let name = path.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                say("Type a file name, or Esc", .warning)
                return
            }
            results.savePath = name
            results.isSaving = true
            results.saveProblem = nil
            say("Saving to \(fileName(name))…")
            effects.append(.writeFile(path: name, contents: ResultsCSV.text(for: report)))
        case .cancel:
            results.savePath = nil
            results.saveProblem = nil
        case .edit(let fieldKey):
            results.savePathEditor?.apply(fieldKey)
        default:
            results.savePathEditor?.edit(key)
        }
    }
}
