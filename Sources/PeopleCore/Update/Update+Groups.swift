import DocSpaceAPI

/// The Groups view (`m`, `:groups`): its keys, its pages, its search and sort, and Enter,
/// which shows a group's people in the People list through the group filter.
extension AppState {
    /// Rows of groups the view shows: the body of the screen minus its header row.
    public var groupRows: Int { max(1, size.height - 4) }

    mutating func openGroupsView(into effects: inout [Effect]) {
        guard groupsView == nil else { return }
        groupsView = GroupsView()
        ensureGroupsLoaded(into: &effects)
    }

    /// Back to the People list, as it was when the view opened.
    mutating func closeGroupsView(into effects: inout [Effect]) {
        guard let view = groupsView else { return }
        cancelGroupPages(view, into: &effects)
        groupsView = nil
    }

    mutating func handleGroupsKey(_ key: Key, into effects: inout [Effect]) {
        guard let view = groupsView else { return }
        if view.isSearching {
            handleGroupSearchKey(key, into: &effects)
            return
        }
        if key == .escape, escapeStopsWaiting, stopLoading(into: &effects) { return }
        guard let action = keys.binding(for: key, in: .groups)?.action else { return }
        performInGroups(action, into: &effects)
    }

    /// An action while the Groups view is on screen, from a key or the command line.
    mutating func performInGroups(_ action: UserAction, into effects: inout [Effect]) {
        switch action {
        case .moveUp: moveGroupCursor(by: -1, into: &effects)
        case .moveDown: moveGroupCursor(by: 1, into: &effects)
        case .pageUp: moveGroupCursor(by: -groupRows, scrolling: true, into: &effects)
        case .pageDown: moveGroupCursor(by: groupRows, scrolling: true, into: &effects)
        case .top: moveGroupCursor(by: -(groupsView?.count ?? 0), into: &effects)
        case .bottom: moveGroupCursor(by: groupsView?.count ?? 0, into: &effects)
        case .showGroupPeople:
            showPeople(ofGroupAt: groupsView?.cursor ?? 0, into: &effects)
        case .search:
            let applied = groupsView?.appliedText ?? ""
            groupsView?.searchField = LineEditor(applied)
        case .cycleSort:
            groupsView?.cycleSort()
            restartGroups(text: groupsView?.appliedText, into: &effects)
        case .reverseSort:
            groupsView?.reverse()
            restartGroups(text: groupsView?.appliedText, into: &effects)
        case .refresh:
            restartGroups(text: groupsView?.appliedText, into: &effects)
        case .backToList, .clearMarksOrSearch:
            closeGroupsView(into: &effects)
        case .help:
            helpScroll = 0
        case .commandLine:
            commandLine = ""
        case .quit:
            requestQuit(into: &effects)
        case .openGroups:
            break
        case .toggleGuests:
            closeGroupsView(into: &effects)
            showGuests(true, into: &effects)
        case .switchPane, .openDetail, .toggleMark, .cycleStatusFilter, .cycleTypeFilter, .change, .undo, .edit,
            .closeHelp, .switchProfile, .toggleReadOnly, .export, .copyEmail, .copyID, .changeType, .handOver,
            .loseData, .pickReceiver, .cancelTask, .addPerson, .invite, .markRange, .markAllMatching, .clearMarks,
            .saveResults, .pickGroupFilter, .clearFilters, .addToGroup, .removeFromGroup, .offboard, .showRooms,
            .showLastSignIn, .filterInactive, .showAPIKeys, .cycleAccountFilter, .cyclePaymentsFilter,
            .cycleQuotaFilter, .setQuota, .pickInviterFilter, .copyShareLink, .chooseColumns, .pickView:
            // The People list's actions: Esc goes back to it first.
            say("\(action.name): not in the Groups view (Esc goes back to the People list)", .warning)
        }
    }

    private mutating func handleGroupSearchKey(_ key: Key, into effects: inout [Effect]) {
        guard var field = groupsView?.searchField else { return }
        let action = keys.binding(for: key, in: .groupSearch)?.action
        if action == .submit {
            groupsView?.searchField = nil
            return
        }
        if action == .cancel {
            groupsView?.searchField = nil
            if groupsView?.appliedText != nil { restartGroups(text: nil, into: &effects) }
            return
        }
        let changed = field.edit(key, as: action)
        groupsView?.searchField = field
        // The server matches names containing the text: one request per change, the older
        // one dropped (newest wins).
        if changed { restartGroups(text: field.text, into: &effects) }
    }

    /// Moves the cursor by `rows` (kept inside the groups); PgUp/PgDn scroll the rows with it.
    private mutating func moveGroupCursor(by rows: Int, scrolling: Bool = false, into effects: inout [Effect]) {
        guard var view = groupsView, view.count > 0 else { return }
        view.cursor += rows
        if scrolling { view.scroll += rows }
        view.follow(rows: groupRows)
        groupsView = view
        ensureGroupsLoaded(into: &effects)
    }

    /// `:search TEXT` over the Groups view: the groups whose name contains it.
    mutating func searchGroups(_ text: String, into effects: inout [Effect]) {
        groupsView?.searchField = nil
        restartGroups(text: text, into: &effects)
    }

    /// A new query for the view (search, sort, refresh): the pages on their way are dropped.
    private mutating func restartGroups(text: String?, into effects: inout [Effect]) {
        guard var view = groupsView else { return }
        cancelGroupPages(view, into: &effects)
        view.restart(text: text)
        groupsView = view
        ensureGroupsLoaded(into: &effects)
    }

    private mutating func cancelGroupPages(_ view: GroupsView, into effects: inout [Effect]) {
        let stale = view.requestedPages.values.sorted()
        guard !stale.isEmpty else { return }
        effects.append(.cancel(stale))
        for id in stale { _ = finish(id) }
    }

    /// Asks for the pages on screen and just ahead of the cursor that are not there yet.
    mutating func ensureGroupsLoaded(into effects: inout [Effect]) {
        guard var view = groupsView else { return }
        let last = max(view.scroll + groupRows, view.cursor + Self.lookahead)
        for page in view.pagesWanted(from: min(view.scroll, view.cursor), to: last) {
            let effect = request(
                .groupsPage(generation: view.generation, page: page), .loadGroups(view.query(page: page)))
            if case .request(let id, _) = effect { view.requestedPages[page] = id }
            effects.append(effect)
        }
        groupsView = view
    }

    mutating func groupsPageAnswered(
        _ id: RequestID, generation: Int, page: Int, _ response: Response, into effects: inout [Effect]
    ) {
        guard var view = groupsView, view.generation == generation else { return }
        if view.requestedPages[page] == id { view.requestedPages[page] = nil }
        if case .groups(let result) = response {
            view.insert(result, number: page)
            view.follow(rows: groupRows)
            groupsView = view
            ensureGroupsLoaded(into: &effects)
            return
        }
        groupsView = view
        // Stopped or superseded: nothing to say. Any other answer than a page is a failure.
        guard case .failure(let error) = response, error != .cancelled else { return }
        groupsView?.problem = "Could not load the groups: \(ErrorText.explain(error))"
        say(groupsView?.problem ?? "", .error)
        if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
    }

    /// Enter: the group's people in the People list — the server's `groupId` filter, the
    /// first page asked for at once — with the group's name in the title bar.
    private mutating func showPeople(ofGroupAt index: Int, into effects: inout [Effect]) {
        guard let group = groupsView?.group(at: index) else {
            say("The group under the cursor has not loaded yet", .warning)
            return
        }
        closeGroupsView(into: &effects)
        setGroupFilter(.group(id: group.id, name: group.name), into: &effects)
    }

    /// Narrows the People list to a group (or none, `nil`: every group) and reloads it.
    mutating func setGroupFilter(_ filter: GroupFilter?, into effects: inout [Effect]) {
        filters.group = filter
        focus = .list
        say("Group: \(filters.groupLabel)")
        reload(keepRows: false, into: &effects)
    }
}
