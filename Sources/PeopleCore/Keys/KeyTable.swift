/// The app's keys. `standard` is the single source for dispatch, the action bar (which keys
/// it keeps when short of room: `barRank`), the help overlay and keymap.md.
public struct KeyTable: Sendable, Equatable {
    public var bindings: [KeyBinding]

    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    /// The same table without the keys that change data, for read-only sessions (k9s
    /// `ClearDanger`): such keys are not drawn in the bar nor listed in the help.
    public func readOnly() -> KeyTable {
        KeyTable(bindings.filter { !$0.isDangerous })
    }

    /// The binding for a key in a context, if any.
    public func binding(for key: Key, in context: KeyContext) -> KeyBinding? {
        bindings.first { $0.context == context && $0.keys.contains(key) }
    }

    /// The binding for a key in the first context of `contexts` that binds it.
    public func binding(for key: Key, in contexts: [KeyContext]) -> KeyBinding? {
        for context in contexts {
            if let binding = binding(for: key, in: context) { return binding }
        }
        return nil
    }

    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.context == context }
    }

    /// The first key bound to an action, as text ("t"), for hints such as "terminate first (t)".
    public func keyName(for action: UserAction) -> String? {
        bindings.first { $0.action == action }?.keys.first?.displayName
    }

    /// The defaults. Nothing here is on Ctrl-A or Ctrl-B, the prefixes of screen and tmux,
    /// which never reach an app running under them: paging is PgUp/PgDn and, as in vim,
    /// Ctrl-U/Ctrl-D.
    public static let standard = KeyTable([
        // List and detail
        KeyBinding([.tab, .backTab], .switchPane, in: .panes, help: "Move between the list and the detail"),
        KeyBinding(
            [.char("/")], .search, in: .panes, help: "Search by name or e-mail (loaded rows at once, then the server)",
            bar: "search", rank: 1),
        KeyBinding(
            [.char("f")], .cycleStatusFilter, in: .panes, help: "Filter by status: all, active, pending, disabled",
            bar: "status", rank: 2),
        KeyBinding(
            [.char("F")], .cycleTypeFilter, in: .panes,
            help: "Filter by type: all, DocSpace admin, room admin, user, guest", bar: "type", rank: 9),
        KeyBinding(
            [.char("o")], .cycleSort, in: .panes,
            help: "Sort by the next column: name, e-mail, type, registration date, used space", bar: "sort",
            rank: 10),
        KeyBinding([.char("O")], .reverseSort, in: .panes, help: "Reverse the sort order"),
        KeyBinding(
            [.char("r"), .control("r")], .refresh, in: .panes,
            help: "Reload from the server (the cursor stays on the same person)"),
        KeyBinding(
            [.char("t")], .change(.terminate), in: .panes,
            help: "Terminate (disable) the marked people or the selected person; asks y/N",
            bar: "terminate", rank: 4),
        KeyBinding(
            [.char("a")], .change(.reactivate), in: .panes,
            help: "Re-activate the marked or selected disabled people; asks y/N", bar: "re-activate", rank: 6),
        KeyBinding(
            [.char("d")], .change(.delete), in: .panes,
            help: "Delete disabled people for good; asks y/N, or a typed DELETE for more than one",
            bar: "delete", rank: 5),
        KeyBinding(
            [.char("u")], .undo, in: .panes,
            help: "Undo the last terminate for 60 s: asks first, naming who it re-activates",
            bar: "re-activate", rank: 4),
        KeyBinding(
            [.char(":")], .commandLine, in: .panes,
            help: "Command line: any action by name (:terminate, :sort email desc, :search jane)"),
        KeyBinding(
            [.char("?"), .function(1)], .help, in: .panes, help: "This help, generated from the key table", bar: "help",
            rank: 7),
        KeyBinding(
            [.char("q")], .quit, in: .panes, help: "Quit (asks when a change is still in flight)", bar: "quit", rank: 8),

        // List
        KeyBinding([.up, .char("k")], .moveUp, in: .list, help: "Previous person"),
        KeyBinding(
            [.down, .char("j")], .moveDown, in: .list, help: "Next person (loads the next page as you near the end)"),
        KeyBinding([.pageUp, .control("u")], .pageUp, in: .list, help: "Page up"),
        KeyBinding([.pageDown, .control("d")], .pageDown, in: .list, help: "Page down"),
        KeyBinding([.home, .char("g")], .top, in: .list, help: "First person"),
        KeyBinding([.end, .char("G")], .bottom, in: .list, help: "Last person (loads that page from the server)"),
        KeyBinding([.enter], .openDetail, in: .list, help: "Open the detail of the selected person"),
        KeyBinding(
            [.char(" ")], .toggleMark, in: .list,
            help: "Mark or unmark the person and move down; actions apply to marked people", bar: "mark", rank: 3),
        KeyBinding(
            [.escape], .clearMarksOrSearch, in: .list,
            help:
                "Stop a wait of a second or more (\"Esc stops\"); else clear the marks, else the search. A change already sent cannot be stopped"
        ),
        // Range, all matching, clear.
        KeyBinding(
            [.char("V")], .markRange, in: .list,
            help: "Mark every loaded row from the last row marked or unmarked (Space or V) to the cursor"),
        KeyBinding(
            [.char("*")], .markAllMatching, in: .list,
            help:
                "Mark everyone matching the search and filters, pages not loaded yet included (Esc stops, keeping what arrived)"
        ),
        KeyBinding([.char("-")], .clearMarks, in: .list, help: "Clear the marks"),

        // Detail
        KeyBinding([.up, .char("k")], .moveUp, in: .detail, help: "Scroll up"),
        KeyBinding([.down, .char("j")], .moveDown, in: .detail, help: "Scroll down"),
        KeyBinding([.pageUp, .control("u")], .pageUp, in: .detail, help: "Scroll a page up"),
        KeyBinding([.pageDown, .control("d")], .pageDown, in: .detail, help: "Scroll a page down"),
        KeyBinding([.home, .char("g")], .top, in: .detail, help: "Top of the detail"),
        KeyBinding([.end, .char("G")], .bottom, in: .detail, help: "Bottom of the detail"),
        KeyBinding(
            [.enter, .escape], .backToList, in: .detail,
            help: "Back to the list (Esc stops a wait of a second or more first)", bar: "list", rank: 1),

        // Search field
        KeyBinding([.enter], .submit, in: .search, help: "Keep the result and return to the list", bar: "keep"),
        KeyBinding(
            [.escape], .cancel, in: .search, help: "Cancel the search and restore the list as it was", bar: "cancel"),
        KeyBinding([.backspace], .deleteBackward, in: .search, help: "Delete the character before the cursor"),
        KeyBinding([.control("u")], .clearField, in: .search, help: "Clear the field"),
        KeyBinding([.up], .olderEntry, in: .search, help: "An earlier search of this session"),
        KeyBinding([.down], .newerEntry, in: .search, help: "A later search, then back to what was typed"),

        // Command line
        KeyBinding([.enter], .submit, in: .commandLine, help: "Run the command", bar: "run"),
        KeyBinding([.escape], .cancel, in: .commandLine, help: "Close the command line", bar: "cancel"),
        KeyBinding([.tab], .complete, in: .commandLine, help: "Complete the command name", bar: "complete"),
        KeyBinding([.backspace], .deleteBackward, in: .commandLine, help: "Delete the character before the cursor"),
        KeyBinding([.control("u")], .clearField, in: .commandLine, help: "Clear the line"),

        // Confirmation
        KeyBinding(
            [.char("y"), .char("Y")], .confirm, in: .confirmation,
            help: "Yes: do it (the key that opened the dialog never confirms)", bar: "yes"),
        KeyBinding(
            [.char("n"), .char("N"), .escape, .enter], .cancel, in: .confirmation,
            help: "No: Enter, Esc and n all cancel; every other key is ignored", bar: "no"),
        KeyBinding([.up], .moveUp, in: .confirmation, help: "Scroll the names up (never answers)"),
        KeyBinding([.down], .moveDown, in: .confirmation, help: "Scroll the names down (never answers)"),
        KeyBinding([.pageUp], .pageUp, in: .confirmation, help: "Scroll the names a page up"),
        KeyBinding([.pageDown], .pageDown, in: .confirmation, help: "Scroll the names a page down"),

        // Typed confirmation
        KeyBinding(
            [.enter], .submit, in: .typedConfirmation,
            help:
                "Confirm, if the field says exactly what the dialog asks: DELETE, or the number of people (an empty field cancels)",
            bar: "confirm"),
        KeyBinding([.escape], .cancel, in: .typedConfirmation, help: "Cancel", bar: "cancel"),
        KeyBinding(
            [.backspace], .deleteBackward, in: .typedConfirmation, help: "Delete the character before the cursor"),
        KeyBinding([.control("u")], .clearField, in: .typedConfirmation, help: "Clear the field"),
        KeyBinding([.up], .moveUp, in: .typedConfirmation, help: "Scroll the names up (never answers)"),
        KeyBinding([.down], .moveDown, in: .typedConfirmation, help: "Scroll the names down (never answers)"),
        KeyBinding([.pageUp], .pageUp, in: .typedConfirmation, help: "Scroll the names a page up"),
        KeyBinding([.pageDown], .pageDown, in: .typedConfirmation, help: "Scroll the names a page down"),

        // Results
        KeyBinding(
            [.enter, .escape, .char(" "), .char("q")], .cancel, in: .report, help: "Close the results", bar: "close"),
        // Scrolling and saving the results.
        KeyBinding([.up, .char("k")], .moveUp, in: .report, help: "Scroll up"),
        KeyBinding([.down, .char("j")], .moveDown, in: .report, help: "Scroll down"),
        KeyBinding([.pageUp], .pageUp, in: .report, help: "Scroll a page up"),
        KeyBinding([.pageDown], .pageDown, in: .report, help: "Scroll a page down"),
        KeyBinding(
            [.char("s")], .saveResults, in: .report,
            help: "Save the results as CSV (id, name, email, outcome, detail) to a new file", bar: "save CSV"),
        KeyBinding(
            [.enter, .escape, .char(" "), .char("q")], .cancel, in: .summary,
            help: "Close the results (each line is in the audit log too)", bar: "close"),

        // Sign-in (401 midway)
        KeyBinding(
            [.enter], .submit, in: .signIn, help: "Sign in again with the password typed (it is never shown)",
            bar: "sign in"),
        KeyBinding(
            [.escape], .cancel, in: .signIn, help: "Close; the view stays as it was, r retries later", bar: "close"),
        KeyBinding(
            [.tab, .backTab], .nextField, in: .signIn, help: "Move between the e-mail and the password",
            bar: "next field"),
        KeyBinding([.backspace], .deleteBackward, in: .signIn, help: "Delete the character before the cursor"),
        KeyBinding([.control("u")], .clearField, in: .signIn, help: "Clear the field"),

        // Help
        KeyBinding([.up, .char("k")], .moveUp, in: .help, help: "Scroll up"),
        KeyBinding([.down, .char("j")], .moveDown, in: .help, help: "Scroll down"),
        KeyBinding([.pageUp], .pageUp, in: .help, help: "Scroll a page up"),
        KeyBinding([.pageDown, .char(" ")], .pageDown, in: .help, help: "Scroll a page down"),
        KeyBinding([.home, .char("g")], .top, in: .help, help: "Top of the help"),
        KeyBinding([.end, .char("G")], .bottom, in: .help, help: "Bottom of the help"),
        KeyBinding(
            [.escape, .char("?"), .char("q"), .function(1)], .closeHelp, in: .help, help: "Close the help", bar: "close"
        ),

        // The latest messages (`:messages`).
        KeyBinding([.up, .char("k")], .moveUp, in: .messages, help: "Scroll to newer messages"),
        KeyBinding([.down, .char("j")], .moveDown, in: .messages, help: "Scroll to older messages"),
        KeyBinding([.pageUp], .pageUp, in: .messages, help: "Scroll a page up"),
        KeyBinding([.pageDown, .char(" ")], .pageDown, in: .messages, help: "Scroll a page down"),
        KeyBinding([.home, .char("g")], .top, in: .messages, help: "The newest message"),
        KeyBinding([.end, .char("G")], .bottom, in: .messages, help: "The oldest message kept"),
        KeyBinding([.escape, .char("q")], .cancel, in: .messages, help: "Close the messages", bar: "close"),

        // Portals, read-only, export, copy
        KeyBinding(
            [.char("P")], .switchProfile, in: .panes,
            help: "Switch to another portal profile of the config file (not while a change runs)"),
        KeyBinding(
            [.char("W")], .toggleReadOnly, in: .panes,
            help:
                "Switch between read-only and read-write: to read-write asks y/N naming the portal; to read-only at once"
        ),
        KeyBinding(
            [.char("e")], .export, in: .panes,
            help: "Export the current view (search, filters, sort; every page) to a CSV or JSON file"),
        KeyBinding(
            [.char("c")], .copyEmail, in: .panes, help: "Copy the selected person's e-mail to the clipboard (OSC 52)"),
        KeyBinding([.char("C")], .copyID, in: .panes, help: "Copy the selected person's id to the clipboard (OSC 52)"),
        KeyBinding([.up, .char("k")], .moveUp, in: .profilePicker, help: "Previous profile"),
        KeyBinding([.down, .char("j")], .moveDown, in: .profilePicker, help: "Next profile"),
        KeyBinding(
            [.enter], .submit, in: .profilePicker,
            help: "Sign in to the chosen profile with its token; the current session stays if that fails", bar: "switch"
        ),
        KeyBinding(
            [.escape, .char("q")], .cancel, in: .profilePicker, help: "Close; stay on this portal", bar: "close"),
        KeyBinding(
            [.tab, .backTab], .nextField, in: .export, help: "Switch between CSV and JSON", bar: "format"
        ),
        KeyBinding(
            [.enter], .submit, in: .export,
            help: "Fetch every page of the view and save the file (a new file, mode 0600; never overwrites)",
            bar: "export"),
        KeyBinding(
            [.escape], .cancel, in: .export, help: "Close, or stop the export while it fetches (nothing is written)",
            bar: "cancel"),
        KeyBinding([.backspace], .deleteBackward, in: .export, help: "Delete the character before the cursor"),
        KeyBinding([.control("u")], .clearField, in: .export, help: "Clear the path"),
        // Change type, and the hand-over before a delete.
        KeyBinding(
            [.char("T")], .changeType, in: .panes,
            help:
                "Change the type of the marked people or the selected person (upgrades at once; demotions hand their rooms to an admin); asks y/N",
            bar: "set type", rank: 11),
        KeyBinding([.up, .char("k")], .moveUp, in: .typeChoice, help: "Previous type"),
        KeyBinding([.down, .char("j")], .moveDown, in: .typeChoice, help: "Next type"),
        KeyBinding(
            [.enter], .submit, in: .typeChoice, help: "Choose this type (the confirmation follows)", bar: "choose"),
        KeyBinding([.escape], .cancel, in: .typeChoice, help: "Cancel: nothing is changed", bar: "cancel"),
        KeyBinding([.up, .char("k")], .moveUp, in: .receiverChoice, help: "Previous person"),
        KeyBinding([.down, .char("j")], .moveDown, in: .receiverChoice, help: "Next person"),
        KeyBinding(
            [.enter], .submit, in: .receiverChoice, help: "Give the rooms and files to this person", bar: "choose"),
        KeyBinding(
            [.escape], .cancel, in: .receiverChoice, help: "Cancel (back to the hand-over dialog when deleting)",
            bar: "cancel"),
        // Group membership: the group picker, then the confirmation.
        KeyBinding(
            [.char(">")], .addToGroup, in: .panes,
            help: "Add the marked people or the selected person to a group: pick the group (type to filter), then y/N"),
        KeyBinding(
            [.char("<")], .removeFromGroup, in: .panes,
            help:
                "Remove the marked people or the selected person from a group: pick the group (type to filter), then y/N"
        ),
        KeyBinding([.up], .moveUp, in: .groupPicker, help: "Previous choice"),
        KeyBinding([.down], .moveDown, in: .groupPicker, help: "Next choice"),
        KeyBinding([.pageUp], .pageUp, in: .groupPicker, help: "A page of choices up"),
        KeyBinding([.pageDown], .pageDown, in: .groupPicker, help: "A page of choices down"),
        KeyBinding(
            [.enter], .submit, in: .groupPicker,
            help: "Choose: the filter is set, or the confirmation of adding or removing follows", bar: "choose"),
        KeyBinding(
            [.escape], .cancel, in: .groupPicker, help: "Close: nothing is changed, the filter stays as it was",
            bar: "cancel"),
        KeyBinding([.backspace], .deleteBackward, in: .groupPicker, help: "Delete the character before the cursor"),
        KeyBinding([.control("u")], .clearField, in: .groupPicker, help: "Clear the field"),
        KeyBinding(
            [.char("h")], .handOver, in: .handover,
            help: "Hand their rooms and files to the receiver shown, then delete",
            bar: "hand over + delete"),
        KeyBinding(
            [.char("p")], .pickReceiver, in: .handover, help: "Pick another receiver (an active admin)",
            bar: "other receiver"),
        KeyBinding(
            [.char("L")], .loseData, in: .handover, help: "Delete without handing over: their rooms and files are lost",
            bar: "delete, lose data"),
        KeyBinding(
            [.escape], .cancel, in: .handover, help: "Cancel: nothing is sent, nobody is deleted", bar: "cancel"),
        KeyBinding([.up], .moveUp, in: .handover, help: "Scroll the names up (never answers)"),
        KeyBinding([.down], .moveDown, in: .handover, help: "Scroll the names down (never answers)"),
        KeyBinding([.pageUp], .pageUp, in: .handover, help: "Scroll the names a page up"),
        KeyBinding([.pageDown], .pageDown, in: .handover, help: "Scroll the names a page down"),
        KeyBinding(
            [.escape], .cancel, in: .taskProgress,
            help: "Stop watching (the portal's task goes on; people not started yet are left as they are)",
            bar: "stop watching"),
        KeyBinding(
            [.char("x")], .cancelTask, in: .taskProgress,
            help:
                "Cancel the portal's task for this person (PUT …/terminate) and start no more; what the portal then reports is what you are told",
            bar: "cancel task"),
        // Add, invite, resend.
        KeyBinding(
            [.char("n")], .addPerson, in: .panes,
            help: "Add a person: a form with first and last name, e-mail, type and an optional password"),
        KeyBinding(
            [.char("i")], .invite, in: .panes, help: "Invite one or many e-mails (typed or pasted) as a type"),
        KeyBinding(
            [.char("I")], .change(.resendInvitation), in: .panes,
            help: "Resend the invitation to the marked pending people or the selected one; asks y/N"),
        KeyBinding(
            [.char("S")], .change(.signOut), in: .panes,
            help: "Sign the marked or selected people out everywhere (every session ends); asks y/N"),
        KeyBinding(
            [.char("b")], .offboard, in: .panes,
            help:
                "Off-board the marked or selected people (b for bye): sign out everywhere, turn off API keys, terminate, hand over rooms; asks y/N"
        ),
        KeyBinding(
            [.char("A")], .change(.resetTwoFactor), in: .panes,
            help:
                "Reset two-factor authentication of the marked or selected people (the owner only); asks y/N"),
        KeyBinding(
            [.char("R")], .change(.sendPasswordReset), in: .panes,
            help: "Send the marked or selected people a password-reset e-mail (5 calls in 15 minutes); asks y/N"),
        KeyBinding(
            [.char("h")], .showRooms, in: .panes,
            help: "Holdings: the rooms the selected person owns and is a member of, in the detail (read now)"),
        // Last sign-in and API keys.
        KeyBinding(
            [.char("H")], .showLastSignIn, in: .panes,
            help:
                "The selected person's last sign-in in the detail (reads the portal's login history once; DocSpace admins, plans with Audit)"
        ),
        KeyBinding(
            [.char("D")], .filterInactive, in: .panes,
            help:
                "Only the people with no sign-in for 90 days (:inactive 30d, :never-signed-in); sorted by last sign-in; X shows everyone again"
        ),
        KeyBinding(
            [.char("K")], .showAPIKeys, in: .panes,
            help: "The selected person's API keys in the detail: name, created, last used, active"),
        KeyBinding(
            [.char("J")], .change(.turnOffKeys(.all)), in: .panes,
            help: "Turn off every API key of the marked or selected people (the keys stay, inactive); asks y/N"),

        KeyBinding([.tab, .down], .nextField, in: .personForm, help: "Next field", bar: "next"),
        KeyBinding([.backTab, .up], .previousField, in: .personForm, help: "Previous field"),
        KeyBinding(
            [.right, .char(" ")], .nextChoice, in: .personForm,
            help: "On the type: the next type (Space types a space in the names)"),
        KeyBinding([.left], .previousChoice, in: .personForm, help: "On the type: the previous type"),
        KeyBinding([.enter], .submit, in: .personForm, help: "Next field; on the last field, add the person"),
        KeyBinding([.control("s")], .send, in: .personForm, help: "Add the person now, from any field", bar: "add"),
        KeyBinding(
            [.escape], .cancel, in: .personForm, help: "Close the form (asks first when something was typed)",
            bar: "cancel"),
        KeyBinding([.backspace], .deleteBackward, in: .personForm, help: "Delete the character before the cursor"),
        KeyBinding([.control("u")], .clearField, in: .personForm, help: "Clear the field"),

        KeyBinding([.tab, .down], .nextField, in: .inviteForm, help: "Next field", bar: "next"),
        KeyBinding([.backTab, .up], .previousField, in: .inviteForm, help: "Previous field"),
        KeyBinding(
            [.right, .char(" ")], .nextChoice, in: .inviteForm,
            help: "On the type: the next type (Space separates addresses)"),
        KeyBinding([.left], .previousChoice, in: .inviteForm, help: "On the type: the previous type"),
        KeyBinding(
            [.enter], .submit, in: .inviteForm,
            help: "In the addresses: a new line (so a pasted column works); on the type: send the invitations"),
        KeyBinding(
            [.control("s")], .send, in: .inviteForm, help: "Send the invitations now, from any field", bar: "invite"),
        KeyBinding(
            [.escape], .cancel, in: .inviteForm, help: "Close the dialog (asks first when something was typed)",
            bar: "cancel"),
        KeyBinding([.backspace], .deleteBackward, in: .inviteForm, help: "Delete the character before the cursor"),
        KeyBinding([.control("u")], .clearField, in: .inviteForm, help: "Clear the addresses"),

        KeyBinding(
            [.char("y"), .char("Y")], .confirm, in: .discardConfirmation, help: "Yes: throw away what was typed",
            bar: "discard"),
        KeyBinding(
            [.char("n"), .char("N"), .escape, .enter], .cancel, in: .discardConfirmation,
            help: "No: back to the form, nothing lost", bar: "keep"),
        // Progress of a change in batches.
        KeyBinding(
            [.escape], .cancel, in: .progress,
            help: "Stop after the batch on its way (a batch sent cannot be called back); the rest are not sent",
            bar: "stop"),
        KeyBinding([.char("q")], .quit, in: .progress, help: "Quit (asks first: the change is still on its way)"),

        // The results file's name.
        KeyBinding(
            [.enter], .submit, in: .saveResults,
            help: "Save to this file (a new file, readable by you only; an existing file is never overwritten)",
            bar: "save"),
        KeyBinding([.escape], .cancel, in: .saveResults, help: "Back to the results without saving", bar: "cancel"),
        KeyBinding([.backspace], .deleteBackward, in: .saveResults, help: "Delete the character before the cursor"),
        KeyBinding([.control("u")], .clearField, in: .saveResults, help: "Clear the field"),

        // Groups: the Groups view, the group filter, clearing the filters.
        KeyBinding(
            [.char("m")], .openGroups, in: .panes,
            help: "Groups view: the portal's groups with head and member count; Enter shows a group's people"),
        KeyBinding(
            [.char("M")], .pickGroupFilter, in: .panes,
            help: "Filter by group: pick one of the portal's groups, or \"without a group\" (type to narrow)"),
        KeyBinding(
            [.char("X")], .clearFilters, in: .panes,
            help:
                "Clear every filter: status, type, group, account type, seat and quota (the search and the sort stay)"),
        KeyBinding([.up, .char("k")], .moveUp, in: .groups, help: "Previous group"),
        KeyBinding(
            [.down, .char("j")], .moveDown, in: .groups, help: "Next group (loads the next page as you near the end)"),
        KeyBinding([.pageUp, .control("u")], .pageUp, in: .groups, help: "Page up"),
        KeyBinding([.pageDown, .control("d")], .pageDown, in: .groups, help: "Page down"),
        KeyBinding([.home, .char("g")], .top, in: .groups, help: "First group"),
        KeyBinding([.end, .char("G")], .bottom, in: .groups, help: "Last group (loads that page from the server)"),
        KeyBinding(
            [.enter], .showGroupPeople, in: .groups,
            help: "Show the group's people in the People list (the group filter, named in the title bar)",
            bar: "people"),
        KeyBinding(
            [.char("/")], .search, in: .groups,
            help: "Search the groups by name (the server's match: the name contains it)",
            bar: "search"),
        KeyBinding(
            [.char("o")], .cycleSort, in: .groups, help: "Sort by the next column: name, head, member count",
            bar: "sort"),
        KeyBinding([.char("O")], .reverseSort, in: .groups, help: "Reverse the sort order"),
        KeyBinding([.char("r"), .control("r")], .refresh, in: .groups, help: "Reload the groups from the server"),
        KeyBinding(
            [.char(":")], .commandLine, in: .groups, help: "Command line (:people goes back to the People list)"),
        KeyBinding([.char("?"), .function(1)], .help, in: .groups, help: "The help"),
        KeyBinding(
            [.escape], .backToList, in: .groups, help: "Back to the People list as it was (Esc stops a wait first)",
            bar: "people list"),
        KeyBinding([.char("q")], .quit, in: .groups, help: "Quit"),
        KeyBinding([.enter], .submit, in: .groupSearch, help: "Keep the search and return to the groups", bar: "keep"),
        KeyBinding([.escape], .cancel, in: .groupSearch, help: "Clear the search: every group again", bar: "cancel"),
        KeyBinding([.backspace], .deleteBackward, in: .groupSearch, help: "Delete the character before the cursor"),
        KeyBinding([.control("u")], .clearField, in: .groupSearch, help: "Clear the field"),
        KeyBinding(
            [.char("#")], .chooseColumns, in: .panes,
            help: "Choose the list's columns and their order (:columns name,email,storage sets them at once)"),
        KeyBinding(
            [.char("v")], .pickView, in: .panes,
            help: "Open a saved view of the config file (:view NAME; :view-save NAME saves this one)"),
        KeyBinding([.up, .char("k")], .moveUp, in: .columnChooser, help: "Previous column"),
        KeyBinding([.down, .char("j")], .moveDown, in: .columnChooser, help: "Next column"),
        KeyBinding(
            [.char(" ")], .toggleMark, in: .columnChooser, help: "Show or hide the column (a shown one goes last)",
            bar: "toggle"),
        KeyBinding([.enter], .submit, in: .columnChooser, help: "Show these columns", bar: "apply"),
        KeyBinding([.escape], .cancel, in: .columnChooser, help: "Close; the columns stay as they were", bar: "cancel"),
        KeyBinding([.up, .char("k")], .moveUp, in: .viewPicker, help: "Previous view"),
        KeyBinding([.down, .char("j")], .moveDown, in: .viewPicker, help: "Next view"),
        KeyBinding(
            [.enter], .submit, in: .viewPicker, help: "Open the view: its filters, search, sort and columns",
            bar: "open"),
        KeyBinding([.escape], .cancel, in: .viewPicker, help: "Close; the list stays as it is", bar: "cancel"),

        // The portal's other filters, sorting by used space is `o`'s; the storage quota's size field.
        KeyBinding(
            [.char("L")], .cycleAccountFilter, in: .panes,
            help: "Filter by account type: all, SSO, LDAP, standard (the portal filters; shown in the title bar)"),
        KeyBinding(
            [.char("$")], .cyclePaymentsFilter, in: .panes,
            help: "Filter by seat: all, paid (DocSpace and room admins), free (users and guests)"),
        KeyBinding(
            [.char("Q")], .cycleQuotaFilter, in: .panes,
            help: "Filter by storage quota: all, the portal's default, custom (DocSpace admins only)"),
        KeyBinding(
            [.char("z")], .setQuota, in: .panes,
            help:
                "Set the storage quota of the marked people or the selected person: a size (500 MB, 2 GB, no limit), then y/N; says so when the portal has per-user quotas off"
        ),
        KeyBinding(
            [.enter], .submit, in: .quotaSize, help: "Ask to set this quota (y/N follows)", bar: "set"),
        KeyBinding([.escape], .cancel, in: .quotaSize, help: "Close; nothing is changed", bar: "cancel"),
        KeyBinding([.backspace], .deleteBackward, in: .quotaSize, help: "Delete the character before the cursor"),
        KeyBinding([.control("u")], .clearField, in: .quotaSize, help: "Clear the field"),
        // Guests: the Guests view, the inviter filter, removing guests, a guest's share link.
        KeyBinding(
            [.char("w")], .toggleGuests, in: .panes,
            help:
                "Guests view: the list holds guests only (all for a DocSpace admin, your own for a room admin); w again, or :people, goes back"
        ),
        KeyBinding(
            [.char("w")], .toggleGuests, in: .groups, help: "Guests view (leaves the Groups view)"),
        KeyBinding(
            [.char("E")], .change(.removeGuest), in: .panes,
            help:
                "Remove the marked or selected guests from your guests (their accounts stay: not a delete); asks y/N"),
        KeyBinding(
            [.char("p")], .copyShareLink, in: .panes,
            help: "Copy the selected guest's share link to the clipboard (OSC 52): another room admin adds them with it"
        ),

        // Connecting: last, so that the key named for "quit" in hints stays q.
        KeyBinding(
            [.escape, .char("q")], .quit, in: .connecting, help: "Give up connecting and quit (nothing was changed)",
            bar: "give up"),
    ])
}
