/// Everything a key can ask for. One value per intent, so the key table, the `:` command
/// line, the action bar and the help overlay all speak about the same things.
public enum UserAction: Sendable, Hashable, CaseIterable {
    // Moving around (in the list they move the cursor, in the detail they scroll).
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case switchPane, openDetail, backToList
    // Marks.
    case toggleMark, clearMarksOrSearch
    // Finding and ordering.
    case search, cycleStatusFilter, cycleTypeFilter, cycleSort, reverseSort, refresh
    // Screens.
    case help, commandLine, quit
    /// A change of the selected or marked people, through the one change path (dangerous:
    /// hidden in read-only sessions). A new change is a `ChangeKind`, not a new case here.
    case change(ChangeKind)
    case undo
    /// A key that edits or answers what is on screen (a text field, a form, a question):
    /// no command name, no danger and no availability of its own.
    case edit(FieldKey)
    // Help overlay.
    case closeHelp
    // Portals, read-only, export and copying (none of them changes data).
    case switchProfile, toggleReadOnly, export, copyEmail, copyID
    // Change type; the hand-over dialog before a delete.
    case changeType, handOver, loseData, pickReceiver, cancelTask
    // Opening the add form and the invite dialog.
    case addPerson, invite
    // Marks, saving the results.
    case markRange, markAllMatching, clearMarks, saveResults
    // Groups: the Groups view, a group's people from it, the group filter, clearing the filters.
    case openGroups, showGroupPeople, pickGroupFilter, clearFilters
    /// The marked or selected people into a group, or out of one: each opens the group
    /// picker (`GroupPicker`, the group filter's too), then the confirmation of
    /// `ChangeKind.addToGroup` / `.removeFromGroup` — the group is chosen after the key, so it
    /// is not `.change`.
    case addToGroup, removeFromGroup
    /// Off-boarding the marked or selected people in one step: a plan of existing changes
    /// (`OffboardPlan`), so not one `ChangeKind` — its question lists every step.
    case offboard
    /// The selected person's rooms in the detail pane, read when asked (never for every row).
    case showRooms
    /// The selected person's last sign-in in the detail pane, from the login history read once.
    case showLastSignIn
    /// The list narrowed to the people with no sign-in for 90 days (`:inactive N`, `:never-signed-in`).
    case filterInactive
    /// The selected person's API keys in the detail pane, read on demand.
    case showAPIKeys
    // The portal's other filters: account type, paid or free seats, storage quota.
    case cycleAccountFilter, cyclePaymentsFilter, cycleQuotaFilter
    /// The storage quota of the marked or selected people: the portal's quota settings read
    /// first (per-user quotas off: said, nothing opens), then a size field, then the
    /// confirmation of `ChangeKind.setQuota` — the size is typed after the key, so it is not
    /// `.change`.
    case setQuota
    /// Guests: the Guests view and back, the inviter filter, a guest's share link copied.
    case toggleGuests, pickInviterFilter, copyShareLink
    /// `#`: the column chooser; `v`: the saved views.
    case chooseColumns, pickView

    /// The name the `:` command line accepts for this action, if it has one.
    public var commandName: String? {
        switch self {
        case .moveUp: "up"
        case .moveDown: "down"
        case .pageUp: "pageup"
        case .pageDown: "pagedown"
        case .top: "top"
        case .bottom: "bottom"
        case .switchPane: "pane"
        case .openDetail: "detail"
        case .backToList: "list"
        case .toggleMark: "mark"
        case .clearMarksOrSearch: "clear"
        case .search: "search"
        case .cycleStatusFilter: "status"
        case .cycleTypeFilter: "type"
        case .cycleSort: "sort"
        case .reverseSort: "reverse"
        case .refresh: "refresh"
        case .help: "help"
        case .quit: "quit"
        case .change(let kind): kind.commandName
        case .undo: "undo"
        case .switchProfile: "profile"
        case .toggleReadOnly: "readonly"
        case .export: "export"
        case .copyEmail: "copy-email"
        case .copyID: "copy-id"
        case .changeType: "settype"
        case .handOver, .loseData, .pickReceiver, .cancelTask: nil
        case .addPerson: "add"
        case .invite: "invite"
        case .markRange: "markrange"
        case .markAllMatching: "markall"
        case .clearMarks: "unmarkall"
        case .saveResults: nil
        case .openGroups: "groups"
        case .showGroupPeople: nil
        case .pickGroupFilter: "group"
        case .clearFilters: "nofilter"
        case .addToGroup: "group-add"
        case .removeFromGroup: "group-remove"
        case .offboard: "offboard"
        case .showRooms: "rooms"
        case .showLastSignIn: "last-sign-in"
        case .filterInactive: "inactive"
        case .showAPIKeys: "keys"
        case .cycleAccountFilter: "account"
        case .cyclePaymentsFilter: "seats"
        case .cycleQuotaFilter: "quota"
        case .setQuota: nil  // `:quota-set` without a size opens the field
        case .toggleGuests: "guests-view"
        case .pickInviterFilter: "inviter-of-selected"
        case .copyShareLink: "share-link"
        case .chooseColumns: "columns"
        case .pickView: "view"
        case .commandLine, .edit, .closeHelp:
            nil
        }
    }
}

extension UserAction {
    /// Every action, the changes among them (`ChangeKind.keyed`) in their order.
    public static var allCases: [UserAction] {
        [
            .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .switchPane, .openDetail, .backToList,
            .toggleMark, .clearMarksOrSearch, .search, .cycleStatusFilter, .cycleTypeFilter, .cycleSort,
            .reverseSort, .refresh, .help, .commandLine, .quit,
        ] + ChangeKind.keyed.map(UserAction.change)
            + [
                .undo, .closeHelp, .switchProfile, .toggleReadOnly, .export, .copyEmail, .copyID, .changeType,
                .handOver, .loseData, .pickReceiver, .cancelTask, .addPerson, .invite, .markRange, .markAllMatching,
                .clearMarks, .saveResults, .openGroups, .showGroupPeople, .pickGroupFilter, .clearFilters, .addToGroup,
                .removeFromGroup, .offboard, .showRooms, .showLastSignIn, .filterInactive, .showAPIKeys,
                .cycleAccountFilter, .cyclePaymentsFilter, .cycleQuotaFilter, .setQuota, .toggleGuests,
                .pickInviterFilter, .copyShareLink, .chooseColumns, .pickView,
            ] + FieldKey.allCases.map(UserAction.edit)
    }

    /// Changes data on the portal: read-only sessions refuse it whatever path asks (a key,
    /// the command line), and the key table marks its keys dangerous. A new action must say.
    public var changesPeople: Bool {
        switch self {
        case .change, .undo, .changeType, .addPerson, .invite, .handOver, .loseData, .cancelTask, .addToGroup,
            .removeFromGroup, .offboard, .setQuota:
            true
        case .toggleGuests, .pickInviterFilter, .copyShareLink:
            false
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .switchPane, .openDetail, .backToList, .toggleMark,
            .clearMarksOrSearch, .search, .cycleStatusFilter, .cycleTypeFilter, .cycleSort, .reverseSort, .refresh,
            .help, .commandLine, .quit, .closeHelp, .switchProfile, .toggleReadOnly, .export, .copyEmail, .copyID,
            .pickReceiver, .markRange, .markAllMatching, .clearMarks, .saveResults, .edit, .openGroups,
            .showGroupPeople, .pickGroupFilter, .clearFilters, .showRooms, .showLastSignIn, .filterInactive,
            .showAPIKeys, .cycleAccountFilter, .cyclePaymentsFilter, .cycleQuotaFilter, .chooseColumns, .pickView:
            false
        }
    }

    /// The name of the action in messages: its command name, or its Swift name.
    public var name: String {
        if case .edit(let key) = self { return "\(key)" }
        return commandName ?? "\(self)"
    }
}
