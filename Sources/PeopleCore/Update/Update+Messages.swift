extension AppState {
    /// `:messages`: the latest messages whole, newest first, in an overlay that scrolls a
    /// message at a time (so ↑ after the end answers at once) and closes with Esc or q.
    mutating func openMessages() {
        guard !messageLog.entries.isEmpty else {
            say("No messages yet")
            return
        }
        messagesScroll = 0
    }

    mutating func handleMessagesKey(_ key: Key) {
        guard let scroll = messagesScroll else { return }
        let last = max(0, messageLog.entries.count - 1)
        let page = max(1, size.height / 4)
        switch keys.binding(for: key, in: .messages)?.action {
        case .moveUp: messagesScroll = max(0, scroll - 1)
        case .moveDown: messagesScroll = min(last, scroll + 1)
        case .pageUp: messagesScroll = max(0, scroll - page)
        case .pageDown: messagesScroll = min(last, scroll + page)
        case .top: messagesScroll = 0
        case .bottom: messagesScroll = last
        case .cancel: messagesScroll = nil
        case nil, .switchPane, .openDetail, .backToList, .toggleMark, .clearMarksOrSearch, .search, .cycleStatusFilter,
            .cycleTypeFilter, .cycleSort, .reverseSort, .refresh, .help, .commandLine, .quit, .change, .undo,
            .closeHelp, .switchProfile, .toggleReadOnly, .export, .copyEmail, .copyID, .changeType, .handOver,
            .loseData, .pickReceiver, .cancelTask, .addPerson, .invite, .markRange, .markAllMatching, .clearMarks,
            .saveResults, .edit, .openGroups, .showGroupPeople, .pickGroupFilter, .clearFilters, .addToGroup,
            .removeFromGroup, .offboard, .showRooms, .showLastSignIn, .filterInactive, .showAPIKeys,
            .cycleAccountFilter, .cyclePaymentsFilter, .cycleQuotaFilter, .setQuota, .toggleGuests, .pickInviterFilter,
            .copyShareLink, .chooseColumns, .pickView:
            break
        }
    }
}
