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
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            moveGroupCursor(action, into: &effects)
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
        case .switchPane, .openDetail, .toggleMark, .cycleStatusFilter, .cycleTypeFilter, .change, .undo, .edit,
            .closeHelp, .switchProfile, .toggleReadOnly, .export, .copyEmail, .copyID, .changeType, .handOver,
            .loseData, .pickReceiver, .cancelTask, .addPerson, .invite, .markRange, .markAllMatching, .clearMarks,
            .saveResults, .pickGroupFilter, .clearFilters:
            // The People list's actions: Esc goes back to it first.
            say("\(action.name): not in the Groups view (Esc goes back to the People list)", .warning)
        }
    }

    private mutating func handleGroupSearchKey(_ key: Key, into effects: inout [Effect]) {
        guard var field = groupsView?.searchField else { return }
        let changed: Bool
        switch keys.binding(for: key, in: .groupSearch)?.action {
        case .submit:
            groupsView?.searchField = nil
            return
        case .cancel:
            groupsView?.searchField = nil
            if groupsView?.appliedText != nil { restartGroups(text: nil, into: &effects) }
            return
        case .edit(let fieldKey):
            changed = field.apply(fieldKey)
        default:
            changed = field.edit(key)
        }
        groupsView?.searchField = field
        // The server matches names containing the text: one request per change, the older
        // one dropped (newest wins).
        if changed { restartGroups(text: field.text, into: &effects) }
    }

    private mutating func moveGroupCursor(_ action: UserAction, into effects: inout [Effect]) {
        guard var view = groupsView, view.count > 0 else { return }
        let page = groupRows
        switch action {
        case .moveUp: view.cursor -= 1
        case .moveDown: view.cursor += 1
        case .pageUp:
            view.cursor -= page
            view.scroll -= page
        case .pageDown:
            view.cursor += page
            view.scroll += page
        case .top: view.cursor = 0
        case .bottom: view.cursor = view.count - 1
        default: break
        }
        view.follow(rows: page)
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
        switch response {
        case .groups(let result):
            view.insert(result, number: page)
            view.follow(rows: groupRows)
            groupsView = view
            ensureGroupsLoaded(into: &effects)
        case .failure(.cancelled):
            groupsView = view
        case .failure(let error):
            view.problem = "Could not load the groups: \(ErrorText.explain(error))"
            groupsView = view
            say(view.problem ?? "", .error)
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
        default:
            groupsView = view
        }
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
