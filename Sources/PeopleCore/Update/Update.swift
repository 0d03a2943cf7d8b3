import DocSpaceAPI

/// The view-model's one entry point: folds a message into the state and returns the effects
/// to run. Pure: no clock, no I/O, no curses; everything it needs arrives in `message`.
public func update(_ state: inout AppState, _ message: Message) -> [Effect] {
    var effects: [Effect] = []
    state.handle(message, into: &effects)
    return state.announcingSentChanges(effects)
}

extension AppState {
    mutating func handle(_ message: Message, into effects: inout [Effect]) {
        switch message {
        case .started:
            // `--view NAME`: the first page is the view's.
            if let name = session.views.opening, session.views.views[name] != nil {
                openView(named: name, into: &effects)
            }
            if let interval = autoRefreshInterval { nextAutoRefreshAt = now + interval }
            ensureRowsLoaded(into: &effects)
            syncDetail(into: &effects)
        case .key(let key):
            handleKey(key, into: &effects)
        case .interrupt:
            interrupt(into: &effects)
        case .ending:
            if !hasQuit { quit(into: &effects) }
        case .tick(let now):
            tick(now, into: &effects)
        case .resized(let size):
            self.size = size
            followCursor()
            ensureRowsLoaded(into: &effects)
        case .detailMeasured(let lines):
            detailLineCount = lines
            clampDetailScroll()
        case .response(let id, let response):
            handleResponse(id, response, into: &effects)
        case .fileWritten(let path, let problem):
            fileWritten(path, problem: problem, into: &effects)
        case .exportProgress(let id, let fetched, let total):
            exportProgressed(id, fetched: fetched, total: total)
        case .viewSaved(let name, let view, let path, let problem):
            viewSaved(name, view, path: path, problem: problem)
        }
        // The "(M hidden by the filter)" count follows marks, list and filters.
        refreshHiddenMarkCount()
    }

    // MARK: Time

    mutating func tick(_ now: Double, into effects: inout [Effect]) {
        self.now = max(self.now, now)
        if let message, message.expiresAt <= self.now { self.message = nil }
        if let undo, undo.expiresAt <= self.now { self.undo = nil }
        pollTaskIfDue(into: &effects)
        resumeRunIfDue(into: &effects)
        if let due = search.dueAt, due <= self.now {
            runSearch(into: &effects)
        }
        if let interval = autoRefreshInterval, let next = nextAutoRefreshAt, next <= self.now {
            if isQuietForBackgroundRefresh {
                nextAutoRefreshAt = self.now + interval
                reload(keepRows: true, into: &effects)
                // A detail that failed is asked again with the rows: else "not refreshed" would
                // stand next to rows the refresh just brought.
                if case .failed = detail?.phase { reloadDetail(into: &effects) }
            }
            // Otherwise it stays due and runs once the dialog or field closes.
        }
    }

    /// Background refresh pauses while a dialog is open (k9s stops its watcher), while the
    /// admin types, and while anything is loading or changing.
    var isQuietForBackgroundRefresh: Bool {
        dialog == nil && commandLine == nil && !search.isEditing && localMatches == nil
            && inFlight.isEmpty
    }

    // MARK: Status messages

    /// Puts a message on the status line and in the log `:messages` shows: every message goes
    /// through here (the front end's notice at start too), so none is only ever seen cut.
    public mutating func say(
        _ text: String, _ level: StatusMessage.Level = .info, about subject: StatusMessage.Subject? = nil
    ) {
        message = StatusMessage(text, level: level, expiresAt: now + StatusMessage.lifetime(of: level), about: subject)
        let time = wallClock.civil(at: now)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        messageLog.append(
            MessageLog.Entry(
                time: "\(two(time.hour)):\(two(time.minute)):\(two(time.second))",
                text: text, level: level))
    }

    /// A message about `subject` that is no longer true goes at once (an error about the
    /// listing, once a page has arrived); `:messages` still has it.
    mutating func retireMessage(about subject: StatusMessage.Subject) {
        if message?.subject == subject { message = nil }
    }

    // MARK: Requests

    /// Registers a request before it starts, so busy time and idleness are known exactly
    /// (lazygit creates the busy token before spawning the job).
    mutating func request(_ purpose: RequestPurpose, _ request: Request) -> Effect {
        let id = RequestID(nextRequestNumber)
        nextRequestNumber += 1
        if inFlight.isEmpty { busySince = now }
        inFlight[id] = purpose
        if let sent = sentRecord(for: request, purpose: purpose) { awaitingOutcome[id] = sent }
        return .request(id, request)
    }

    /// Forgets a request; returns its purpose if it was still wanted.
    mutating func finish(_ id: RequestID) -> RequestPurpose? {
        let purpose = inFlight.removeValue(forKey: id)
        awaitingOutcome[id] = nil
        if inFlight.isEmpty { busySince = nil }
        return purpose
    }
}
