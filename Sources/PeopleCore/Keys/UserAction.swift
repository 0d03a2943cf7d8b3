/// Everything a key can ask for. One value per intent, so the key table, the `:` command
/// line, the action bar and the help overlay all speak about the same things.
public enum UserAction: String, Sendable, CaseIterable {
    // Moving around (in the list they move the cursor, in the detail they scroll).
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case switchPane, openDetail, backToList
    // Marks.
    case toggleMark, clearMarksOrSearch
    // Finding and ordering.
    case search, cycleStatusFilter, cycleTypeFilter, cycleSort, reverseSort, refresh
    // Screens.
    case help, commandLine, quit
    // Changes (dangerous: hidden in read-only sessions).
    case terminate, reactivate, delete, undo
    // Text fields (search, command line, typed confirmation, sign-in).
    case submit, cancel, deleteBackward, clearField, complete, nextField
    // Confirmation dialog.
    case confirm
    // Help overlay.
    case closeHelp
    // Portals, read-only, export and copying (none of them changes data).
    case switchProfile, toggleReadOnly, export, copyEmail, copyID
    // Change type; the hand-over dialog before a delete.
    case changeType, handOver, loseData, pickReceiver, cancelTask
    // Opening the add form, the invite dialog and the resend; moving in a form.
    case addPerson, invite, resendInvitations
    case previousField, nextChoice, previousChoice, send
    // Marks, saving the results.
    case markRange, markAllMatching, clearMarks, saveResults

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
        case .terminate: "terminate"
        case .reactivate: "reactivate"
        case .delete: "delete"
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
        case .resendInvitations: "resend"
        case .previousField, .nextChoice, .previousChoice, .send: nil
        case .markRange: "markrange"
        case .markAllMatching: "markall"
        case .clearMarks: "unmarkall"
        case .saveResults: nil
        case .commandLine, .submit, .cancel, .deleteBackward, .clearField, .complete, .nextField,
            .confirm, .closeHelp:
            nil
        }
    }
}
