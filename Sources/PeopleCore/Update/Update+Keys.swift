import DocSpaceAPI

extension AppState {
    mutating func handleKey(_ key: Key, into effects: inout [Effect]) {
        guard keyActsOnWhatIsDrawn(key, into: &effects) else { return }
        if case .paste(let text) = key {
            paste(text, into: &effects)
            return
        }
        let fieldBefore = focusedField
        routeKey(key, into: &effects)
        // Without bracketed paste a pasted line break arrives as Enter: the keys after the
        // Enter that leaves a field, in the same burst, are the rest of the paste, not commands.
        if key == .enter, fieldBefore != nil, focusedField == nil, !effects.contains(.flushTypeAhead) {
            effects.append(.flushTypeAhead)
        }
    }

    private mutating func routeKey(_ key: Key, into effects: inout [Effect]) {
        if isConnecting {
            handleConnectingKey(key, into: &effects)
            return
        }
        if let dialog {
            handleDialogKey(key, dialog, into: &effects)
            return
        }
        if helpScroll != nil {
            handleHelpKey(key)
            return
        }
        if messagesScroll != nil {
            handleMessagesKey(key)
            return
        }
        if commandLine != nil {
            handleCommandLineKey(key, into: &effects)
            return
        }
        if search.isEditing {
            handleSearchKey(key, into: &effects)
            return
        }
        if groupsView != nil {
            handleGroupsKey(key, into: &effects)
            return
        }
        // The progress of a change in batches is modal; Esc stops `*` at once.
        if changeRun?.showsProgress == true {
            handleProgressKey(key, into: &effects)
            return
        }
        if key == .escape, markAll != nil {
            stopMarkAll(into: &effects)
            return
        }
        // Esc stops a wait of a second or more (the spinner says so); otherwise it clears or
        // goes back as usual.
        // An import stops at once, however long it has run: each line is its own request.
        if key == .escape, stopImport() { return }
        // An off-boarding stops after the step on its way: each step is its own request.
        if key == .escape, stopOffboard() { return }
        if key == .escape, escapeStopsWaiting, stopLoading(into: &effects) { return }
        let contexts: [KeyContext] = focus == .list ? [.list, .panes] : [.detail, .panes]
        if let binding = keys.binding(for: key, in: contexts) {
            perform(binding.action, into: &effects)
        } else if session.readOnly,
            let binding = session.keys.binding(for: key, in: contexts), binding.isDangerous
        {
            say("Read-only session: \(binding.barLabel ?? binding.action.name) is turned off", .warning)
        }
    }

    /// Runs an action from the list or detail context, whether a key or the command line
    /// asked for it.
    mutating func perform(_ action: UserAction, into effects: inout [Effect]) {
        if session.readOnly && action.changesPeople {
            say("Read-only session: changes are turned off", .warning)
            return
        }
        if performOnInactiveList(action, into: &effects) { return }
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            if focus == .detail && commandLine == nil {
                scrollDetail(action)
            } else {
                moveCursor(action, into: &effects)
            }
        case .switchPane:
            focus = focus == .list ? .detail : .list
            followCursor()
        case .openDetail:
            if selectedPerson != nil { focus = .detail }
        case .backToList:
            focus = .list
            followCursor()
        case .toggleMark:
            toggleMark(into: &effects)
        case .clearMarksOrSearch:
            if !marks.isEmpty {
                say("Cleared \(NumberText.grouped(marks.count)) mark\(marks.count == 1 ? "" : "s")")
                marks = []
            } else if search.appliedText != nil || localMatches != nil {
                applySearch(nil, into: &effects)
            }
        case .search:
            openSearch()
        case .cycleStatusFilter:
            filters.cycleStatus()
            say("Status: \(filters.statusLabel)")
            reload(keepRows: false, into: &effects)
        case .cycleTypeFilter:
            filters.cycleType()
            say("Type: \(filters.typeLabel)")
            reload(keepRows: false, into: &effects)
        case .cycleSort:
            filters.cycleSort()
            say("Sort: \(filters.sortLabel)")
            reload(keepRows: false, into: &effects)
        case .reverseSort:
            filters.reverse()
            say("Sort: \(filters.sortLabel)")
            reload(keepRows: false, into: &effects)
        case .refresh:
            reload(keepRows: true, into: &effects)
            reloadDetail(into: &effects)
        case .help:
            helpScroll = 0
        case .commandLine:
            commandLine = ""
        case .quit:
            requestQuit(into: &effects)
        case .change(let kind):
            openConfirmation(kind, into: &effects)
        case .undo:
            undoLastTerminate(into: &effects)
        case .switchProfile, .toggleReadOnly, .export, .copyEmail, .copyID:
            performViewAction(action, into: &effects)
        case .changeType:
            openTypeChoice(into: &effects)
        case .addToGroup:
            openGroupPicker(adding: true, into: &effects)
        case .removeFromGroup:
            openGroupPicker(adding: false, into: &effects)
        case .offboard:
            openOffboard(into: &effects)
        case .showRooms:
            showRooms(into: &effects)
        case .toggleGuests:
            showGuests(filters.area != .guests, into: &effects)
        case .pickInviterFilter:
            filterByInviterOfSelected(into: &effects)
        case .copyShareLink:
            copyShareLink(into: &effects)
        case .addPerson:
            openAddPersonForm(into: &effects)
        case .invite:
            openInviteForm(into: &effects)
        case .markRange:
            markRange()
        case .markAllMatching:
            startMarkAll(into: &effects)
        case .clearMarks:
            clearMarks()
        case .openGroups:
            openGroupsView(into: &effects)
        case .pickGroupFilter:
            openGroupPicker(.filter, into: &effects)
        case .clearFilters:
            clearFilters(into: &effects)
        case .chooseColumns:
            openColumnChooser()
        case .pickView:
            openViewPicker()
        case .showGroupPeople:
            // The Groups view's Enter (`performInGroups`).
            break
        case .showLastSignIn:
            showLastSignIn(into: &effects)
        case .filterInactive:
            startInactiveFilter(.days(InactiveFilter.defaultDays), into: &effects)
        case .showAPIKeys:
            showAPIKeys(into: &effects)
        case .closeHelp, .saveResults, .handOver, .loseData, .pickReceiver, .cancelTask, .edit:
            // Keys of a dialog, an overlay or a field: never run from the list.
            break
        case .cycleAccountFilter, .cyclePaymentsFilter, .cycleQuotaFilter:
            cycleServerFilter(action, into: &effects)
        case .setQuota:
            askQuotaSettings(then: .openSizeField, into: &effects)
        }
    }

    mutating func requestQuit(into effects: inout [Effect]) {
        if isChangeInFlight {
            askBeforeQuitting(into: &effects)
            return
        }
        quit(into: &effects)
    }

    /// Ctrl-C: like `q` while a change is on its way (the question says a second Ctrl-C
    /// quits); otherwise, or when the question is already asked, the app ends.
    mutating func interrupt(into effects: inout [Effect]) {
        if isChangeInFlight, dialog != .quitWhileBusy {
            askBeforeQuitting(into: &effects)
            say("A change is on its way: y or Ctrl-C again quits, n stays", .warning)
            return
        }
        quit(into: &effects)
    }

    private mutating func askBeforeQuitting(into effects: inout [Effect]) {
        if dialog != .quitWhileBusy { dialogBeforeQuit = dialog }
        dialog = .quitWhileBusy
        effects.append(.flushTypeAhead)
    }

    /// `n` (Enter, Esc) to the quit question: back to what was on screen.
    mutating func stayAfterQuitQuestion() {
        dialog = dialogBeforeQuit
        dialogBeforeQuit = nil
    }

    /// Ends the app. Whatever was sent and not answered is written to the audit log as
    /// sent with its outcome unknown (`recordOutcomesUnknown`) before the front end exits.
    mutating func quit(into effects: inout [Effect]) {
        let pending = inFlight.keys.sorted()
        recordOutcomesUnknown(into: &effects)
        if !pending.isEmpty { effects.append(.cancel(pending)) }
        hasQuit = true
        effects.append(.quit)
    }

    // MARK: Help

    mutating func handleHelpKey(_ key: Key) {
        guard let binding = keys.binding(for: key, in: .help), let scroll = helpScroll else { return }
        let size = layout.size
        let page = max(1, HelpPage.visibleRows(height: size.height) - 1)
        // Bounded by what the overlay draws at this size, so ↑ answers at once after ↓ at the end.
        let last = HelpPage(table: keys, readOnly: session.readOnly, width: size.width).maxScroll(height: size.height)
        let current = min(scroll, last)
        switch binding.action {
        case .moveUp: helpScroll = max(0, current - 1)
        case .moveDown: helpScroll = min(last, current + 1)
        case .pageUp: helpScroll = max(0, current - page)
        case .pageDown: helpScroll = min(last, current + page)
        case .top: helpScroll = 0
        case .bottom: helpScroll = last
        case .closeHelp: helpScroll = nil
        default: break
        }
    }

    // MARK: Detail scrolling

    mutating func scrollDetail(_ action: UserAction) {
        guard detail != nil else { return }
        let page = layout.detailRows
        var scroll = detail?.scroll ?? 0
        switch action {
        case .moveUp: scroll -= 1
        case .moveDown: scroll += 1
        case .pageUp: scroll -= page
        case .pageDown: scroll += page
        case .top: scroll = 0
        case .bottom: scroll = Int.max / 2
        default: break
        }
        detail?.scroll = scroll
        clampDetailScroll()
    }

    mutating func clampDetailScroll() {
        guard var detail else { return }
        let maxScroll = max(0, (detailLineCount ?? Int.max / 2) - layout.detailRows)
        detail.scroll = min(max(0, detail.scroll), maxScroll)
        self.detail = detail
    }
}
