/// The names config.toml's `[keys]` binds (`terminate = "t"`, `page_down = ["PgDn", "Ctrl-D"]`).
extension UserAction {
    /// The action's name in `[keys]`; `nil` for the keys of a field or a question (`edit`),
    /// which cannot be bound: the y/N rule and the line editor own them.
    public var bindingName: String? {
        switch self {
        case .moveUp: "move_up"
        case .moveDown: "move_down"
        case .pageUp: "page_up"
        case .pageDown: "page_down"
        case .top: "top"
        case .bottom: "bottom"
        case .switchPane: "switch_pane"
        case .openDetail: "open_detail"
        case .backToList: "back_to_list"
        case .toggleMark: "mark"
        case .clearMarksOrSearch: "clear"
        case .search: "search"
        case .cycleStatusFilter: "status_filter"
        case .cycleTypeFilter: "type_filter"
        case .cycleSort: "sort"
        case .reverseSort: "reverse_sort"
        case .refresh: "refresh"
        case .help: "help"
        case .commandLine: "command_line"
        case .quit: "quit"
        case .change(let kind): kind.commandName.replacingOccurrences(of: "-", with: "_")
        case .undo: "undo"
        case .closeHelp: "close_help"
        case .switchProfile: "switch_profile"
        case .toggleReadOnly: "read_only"
        case .export: "export"
        case .copyEmail: "copy_email"
        case .copyID: "copy_id"
        case .changeType: "set_type"
        case .handOver: "hand_over"
        case .loseData: "lose_data"
        case .pickReceiver: "pick_receiver"
        case .cancelTask: "cancel_task"
        case .addPerson: "add_person"
        case .invite: "invite"
        case .markRange: "mark_range"
        case .markAllMatching: "mark_all"
        case .clearMarks: "unmark_all"
        case .saveResults: "save_results"
        case .openGroups: "groups_view"
        case .showGroupPeople: "group_people"
        case .pickGroupFilter: "group_filter"
        case .clearFilters: "clear_filters"
        case .addToGroup: "add_to_group"
        case .removeFromGroup: "remove_from_group"
        case .offboard: "offboard"
        case .showRooms: "show_rooms"
        case .showLastSignIn: "last_sign_in"
        case .filterInactive: "filter_inactive"
        case .showAPIKeys: "api_keys"
        case .cycleAccountFilter: "account_filter"
        case .cyclePaymentsFilter: "seats_filter"
        case .cycleQuotaFilter: "quota_filter"
        case .setQuota: "set_quota"
        case .toggleGuests: "guests_view"
        case .pickInviterFilter: "inviter_filter"
        case .copyShareLink: "copy_share_link"
        case .chooseColumns: "choose_columns"
        case .pickView: "pick_view"
        case .edit: nil
        }
    }

    /// The action `[keys]` calls `name`, if any.
    public init?(bindingName name: String) {
        guard let action = UserAction.allCases.first(where: { $0.bindingName == name }) else { return nil }
        self = action
    }

    /// Asks y/N before it acts (a change of people, `W` to read-write, `q` while a change
    /// runs). Its keys can be neither `y`/`Y`, which would answer the question it opens on a
    /// second press, nor Enter, which means No in every question.
    public var asksYesNo: Bool {
        switch self {
        case .toggleReadOnly, .quit: true
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .switchPane, .openDetail, .backToList, .toggleMark,
            .clearMarksOrSearch, .search, .cycleStatusFilter, .cycleTypeFilter, .cycleSort, .reverseSort, .refresh,
            .help, .commandLine, .change, .undo, .closeHelp, .switchProfile, .export, .copyEmail, .copyID, .changeType,
            .handOver, .loseData, .pickReceiver, .cancelTask, .addPerson, .invite, .markRange, .markAllMatching,
            .clearMarks, .saveResults, .edit, .openGroups, .showGroupPeople, .pickGroupFilter, .clearFilters,
            .addToGroup, .removeFromGroup, .offboard, .showRooms, .showLastSignIn, .filterInactive, .showAPIKeys,
            .cycleAccountFilter, .cyclePaymentsFilter, .cycleQuotaFilter, .setQuota, .toggleGuests, .pickInviterFilter,
            .copyShareLink, .chooseColumns, .pickView:
            changesPeople
        }
    }
}
