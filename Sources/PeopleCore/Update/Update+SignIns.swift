import DocSpaceAPI
import Foundation

/// The last sign-in in the terminal UI: `H` reads the portal's login history for the detail
/// line; `D`, `:inactive N` and `:never-signed-in` read it again and every person of the
/// list's query, then show exactly those with no sign-in for N days, sorted by last sign-in
/// (here: the portal cannot sort by it). Both reads are ordinary requests, so Esc stops them
/// and the list stays as it was. When the portal cannot answer (no Audit on the plan, no
/// rights) or keeps fewer days than asked, the filter is not applied and the status says why:
/// a list of "inactive" people built on an unknown would be wrong.
extension AppState {
    /// `H`: the login history, read once for everyone (the server cuts a page before it
    /// filters, so one person costs as much as all).
    mutating func showLastSignIn(into effects: inout [Effect]) {
        guard selectedPerson != nil else { return }
        if signIns.reading != nil {
            say("The login history is being read (Esc stops)")
            return
        }
        let effect = request(.signIns, .readSignIns)
        if case .request(let id, _) = effect { signIns.reading = .history(id) }
        effects.append(effect)
        say("Reading the portal's login history… (Esc stops)")
    }

    /// `:inactive 90d`: the words after the command.
    mutating func inactiveCommand(_ args: [String], into effects: inout [Effect]) {
        guard let word = args.first else {
            startInactiveFilter(.days(InactiveFilter.defaultDays), into: &effects)
            return
        }
        guard let days = InactiveFilter.days(parsing: word) else {
            say("inactive N: the days without a sign-in, e.g. :inactive 90d (also 12w, 6m)", .error)
            return
        }
        startInactiveFilter(.days(days), into: &effects)
    }

    /// Reads the login history, then the people of the list's query (filters and search as
    /// they are), then shows those the criterion keeps.
    mutating func startInactiveFilter(_ criterion: InactiveFilter.Criterion, into effects: inout [Effect]) {
        if let reading = signIns.reading {
            effects.append(.cancel([reading.id]))
            _ = finish(reading.id)
        }
        var query = filters.query(text: search.appliedText, startIndex: 0)
        query.count = PeopleQuery.maxCount
        let effect = request(.signIns, .readSignIns)
        if case .request(let id, _) = effect { signIns.reading = .filterHistory(id, criterion, query) }
        effects.append(effect)
        say("Inactive: reading the portal's login history… (Esc stops)")
    }

    mutating func signInsAnswered(_ id: RequestID, _ response: Response, into effects: inout [Effect]) {
        guard let reading = signIns.reading, reading.id == id else { return }
        signIns.reading = nil
        switch (reading, response) {
        case (.history, .signIns(let history, let readAt)):
            keep(history, readAt: readAt)
            if let unknown = history.unknown {
                say("Last sign-in unknown: \(unknown.words)", .warning)
            } else {
                say(
                    "Login history read: \(NumberText.grouped(history.lastByPerson.count)) people signed in within the \(history.keptDays ?? 0) days the portal keeps"
                )
            }
        case (.filterHistory(_, let criterion, let query), .signIns(let history, let readAt)):
            keep(history, readAt: readAt)
            if let problem = InactiveFilter.problem(criterion, history) {
                say("Inactive filter not applied, the list is unchanged: \(problem)", .warning)
                return
            }
            let filter = InactiveFilter(criterion: criterion, history: history, readAt: readAt, readCount: 0)
            let effect = request(.signIns, .loadEveryone(query))
            if case .request(let id, _) = effect { signIns.reading = .filterPeople(id, filter) }
            effects.append(effect)
            say("Inactive: reading the people of the list… (Esc stops)")
        case (.filterPeople(_, var filter), .everyone(let people)):
            filter.readCount = people.count
            let chosen = filter.people(among: people)
            signIns.filter = filter
            showLocally(chosen, into: &effects)
            say(
                "\(NumberText.grouped(chosen.count)) of \(NumberText.grouped(people.count)) people: \(filter.label); sorted by last sign-in here (O reverses); X shows everyone"
            )
        case (_, .failure(.cancelled)):
            break
        case (_, .failure(let error)):
            say("Could not read the last sign-ins: \(ErrorText.explain(error)); the list is unchanged", .error)
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
        case (.history, _), (.filterHistory, _), (.filterPeople, _):
            break
        }
    }

    /// Esc stopped a read: the list is what it was.
    mutating func signInsStopped(_ id: RequestID) {
        guard signIns.reading?.id == id else { return }
        signIns.reading = nil
        say("Last sign-ins: stopped; the list is unchanged", .warning)
    }

    private mutating func keep(_ history: SignInHistory, readAt: Date) {
        signIns.history = history
        signIns.readAt = readAt
    }

    /// The filtered people as the list, in the filter's order: a listing of its own (one
    /// generation, every row loaded), so no page is asked of the portal while it stands.
    mutating func showLocally(_ people: [Person], into effects: inout [Effect]) {
        let stale = Array(list.requestedPages.values).sorted()
        if !stale.isEmpty {
            effects.append(.cancel(stale))
            for id in stale { _ = finish(id) }
        }
        localMatches = nil
        list.generation += 1
        list.clear()
        if people.isEmpty {
            list.insert(PeoplePage(people: [], startIndex: 0, total: 0))
        } else {
            var start = 0
            while start < people.count {
                let end = min(people.count, start + PeopleList.pageSize)
                list.insert(PeoplePage(people: Array(people[start..<end]), startIndex: start, total: people.count))
                start = end
            }
        }
        cursor = 0
        scroll = 0
        syncDetail(into: &effects)
    }

    /// The keys that mean something else while the inactive filter stands: the sort is by
    /// last sign-in, here; `*` marks the people on the list; `X` shows everyone again; `r`
    /// does not replace the list with the portal's listing. Returns whether it handled the action.
    mutating func performOnInactiveList(_ action: UserAction, into effects: inout [Effect]) -> Bool {
        guard var filter = signIns.filter else { return false }
        switch action {
        case .cycleSort, .reverseSort:
            filter.newestFirst.toggle()
            signIns.filter = filter
            let id = selectedPerson?.id
            showLocally(filter.sorted(list.loadedPeople), into: &effects)
            if let id { _ = placeCursor(on: id) }
            say(
                "Sort: last sign-in, \(filter.newestFirst ? "newest" : "oldest") first (sorted here: the portal cannot sort by it)"
            )
            return true
        case .markAllMatching:
            let people = list.loadedPeople
            marks.append(contentsOf: people)  // those already marked keep their place
            say("Marked everyone on the list: \(NumberText.grouped(people.count)) (\(filter.label))")
            return true
        case .clearFilters:
            signIns.filter = nil
            if filters.isFiltering {
                clearFilters(into: &effects)
            } else {
                say("Inactive filter off: everyone")
                reload(keepRows: false, into: &effects)
            }
            return true
        case .refresh:
            say("The list is the login history as read before: D reads it again, X shows everyone")
            reloadDetail(into: &effects)
            return true
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .switchPane, .openDetail, .backToList, .toggleMark,
            .clearMarksOrSearch, .search, .cycleStatusFilter, .cycleTypeFilter, .help, .commandLine, .quit, .change,
            .undo, .edit, .closeHelp, .switchProfile, .toggleReadOnly, .export, .copyEmail, .copyID, .changeType,
            .handOver, .loseData, .pickReceiver, .cancelTask, .addPerson, .invite, .markRange, .clearMarks,
            .saveResults, .openGroups, .showGroupPeople, .pickGroupFilter, .addToGroup, .removeFromGroup, .offboard,
            .showLastSignIn, .filterInactive, .showAPIKeys, .showRooms, .cycleAccountFilter, .cyclePaymentsFilter,
            .cycleQuotaFilter, .setQuota, .toggleGuests, .pickInviterFilter, .copyShareLink, .chooseColumns, .pickView:
            return false
        }
    }

    /// A new query while the inactive filter stands (another status, type, group, search or
    /// sort): the filter goes and the portal's listing comes back. A refresh keeps it.
    /// Returns whether the reload should go on.
    mutating func inactiveFilterBeforeReload(keepRows: Bool) -> Bool {
        guard signIns.filter != nil else { return true }
        if keepRows { return false }
        signIns.filter = nil
        return true
    }
}
