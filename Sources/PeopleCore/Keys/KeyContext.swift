/// Where a key binding applies. The order here is the order of keymap.md and the help overlay.
public enum KeyContext: String, Sendable, CaseIterable {
    /// The first answers from the portal are on their way ("Connecting to PORTAL…").
    case connecting
    /// The list or the detail, whichever has the focus.
    case panes
    case list
    case detail
    case search
    case commandLine
    case confirmation
    case typedConfirmation
    case report
    /// The short result boxes that only close: invitations sent again, a type change.
    case summary
    case signIn
    case help
    /// The latest messages, whole (`:messages`).
    case messages
    case profilePicker
    case export
    case typeChoice
    case receiverChoice
    /// Choosing a group: for the group filter, or to add people to it or remove them from it.
    case groupPicker
    case handover
    case taskProgress
    case personForm
    case inviteForm
    case discardConfirmation
    // The progress of a change in batches, and the results view's file name field.
    case progress
    case saveResults
    // The Groups view and its search field.
    case groups
    case groupSearch
    /// The storage quota's size field (`z`).
    case quotaSize
    // The column chooser and the saved-view picker.
    case columnChooser
    case viewPicker

    public var title: String {
        switch self {
        case .connecting: "Connecting (the first answers from the portal are on their way; other keys are dropped)"
        case .panes: "List and detail"
        case .list: "List"
        case .detail: "Detail"
        case .search: "Search field (/)"
        case .commandLine: "Command line (:)"
        case .confirmation: "Confirmation dialog"
        case .typedConfirmation:
            "Typed confirmation (deleting several people; terminating, re-activating or retyping more than \(ChangeKind.typedCountThreshold))"
        case .report: "Results view (after a change of several people, or one that failed)"
        case .summary: "Short results (invitations, type changes): the audit log keeps them"
        case .signIn: "Sign-in dialog (the portal stopped accepting the session: 401)"
        case .help: "Help overlay (?)"
        case .messages: "Messages (:messages): the latest status messages, whole, newest first"
        case .profilePicker: "Profile picker (P)"
        case .export: "Export dialog (e)"
        case .typeChoice: "Type dialog (T)"
        case .receiverChoice: "Receiver picker (who gets the rooms and files)"
        case .groupPicker:
            "Group picker (M or :group: the group filter; > and <: adding people to a group, removing them from one): type to narrow the groups"
        case .handover: "Hand-over dialog (deleting people who own rooms or shared files)"
        case .taskProgress: "Task progress (a demotion or a hand-over running at the portal)"
        case .personForm: "Add-person form (n)"
        case .inviteForm: "Invite dialog (i)"
        case .discardConfirmation: "Discard what was typed? (Esc in a form with text in it)"
        case .progress: "Progress (a change of more than 100 people on its way, batch by batch)"
        case .saveResults: "Saving the results (s in the results view)"
        case .groups: "Groups view (m or :groups): the portal's groups; Esc or :people goes back"
        case .groupSearch: "Groups view search field (/ in the Groups view)"
        case .quotaSize: "Storage quota size field (z): 500 MB, 2 GB, no limit"
        case .columnChooser: "Column chooser (# or :columns): which columns the list shows, in order"
        case .viewPicker: "Saved views (v or :view): the config file's [views.NAME] tables"
        }
    }
}

extension KeyContext {
    /// A text field has the keyboard here: characters type into it, and its keys are the line
    /// editor's. Your keys (`[keys]`) leave these contexts as they are, so a letter bound to an
    /// action never stops typing.
    public var hasTextField: Bool {
        switch self {
        case .search, .commandLine, .typedConfirmation, .signIn, .export, .personForm, .inviteForm, .saveResults,
            .groupSearch, .groupPicker:
            true
        case .connecting, .panes, .list, .detail, .confirmation, .report, .summary, .help, .messages, .profilePicker,
            .typeChoice, .receiverChoice, .handover, .taskProgress, .discardConfirmation, .progress, .groups,
            .columnChooser, .viewPicker:
            false
        case .quotaSize:
            true
        }
    }

    /// The contexts a key is looked up in together with this one: the list and the detail
    /// are each asked before the keys of both panes, so a key in one shadows it in the other.
    public var lookedUpWith: [KeyContext] {
        switch self {
        case .panes: [.panes, .list, .detail]
        case .list, .detail: [self, .panes]
        case .connecting, .search, .commandLine, .confirmation, .typedConfirmation, .report, .summary, .signIn, .help,
            .messages, .profilePicker, .export, .typeChoice, .receiverChoice, .handover, .taskProgress, .personForm,
            .inviteForm, .discardConfirmation, .progress, .saveResults, .groups, .groupSearch, .groupPicker,
            .quotaSize, .columnChooser, .viewPicker:
            [self]
        }
    }
}
