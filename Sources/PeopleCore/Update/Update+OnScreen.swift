/// Nothing acts unseen: a key acts only when what it acts on is drawn on the screen now.
///
/// The view-model knows what is drawn because the layout comes from the terminal size in the
/// state: below `Layout.minimumSize` the screen shows only the "terminal too small" notice,
/// so no dialog, row or field is drawn and no key but quit may act (in a 40×10 split over SSH,
/// `j t y` used to terminate a person no dialog had shown). On a screen that is drawn, a key
/// that starts a change from the list acts only when the people it starts on are drawn: the
/// marked ones (counted in the status line and named by the dialog that opens) or the cursor's
/// row in the list or its detail. Dialogs, fields and the help overlay are drawn whenever the
/// app is, so their keys (the `y` that confirms included) follow the same rule through the
/// first check.
extension AppState {
    /// Whether the screen draws the app, rather than the "terminal too small" notice alone.
    public var drawsApp: Bool { layout.mode != .tooSmall }

    /// Whether the person under the cursor is drawn: their row in the list pane's visible rows,
    /// or their detail in the detail pane.
    public var selectionIsDrawn: Bool {
        let layout = self.layout
        guard layout.mode != .tooSmall, let selected = listRow(at: cursor)?.id else { return false }
        if layout.list != nil, cursor >= scroll, cursor < scroll + layout.listRows { return true }
        return layout.detail != nil && detail?.id == selected
    }

    /// The changes a list key starts on the marked people or, with none marked, the person
    /// under the cursor. (`u` acts on the last terminate, which the action bar names.)
    static func actsOnSelection(_ action: UserAction) -> Bool {
        if case .change = action { return true }
        return action == .changeType
    }

    /// Applies the rule to one key: `true` when the key may go on to its usual handling.
    mutating func keyActsOnWhatIsDrawn(_ key: Key, into effects: inout [Effect]) -> Bool {
        guard drawsApp else {
            answerKeyOnTooSmallScreen(key, into: &effects)
            return false
        }
        guard [.list, .detail].contains(inputContext),
            let binding = keys.binding(for: key, in: [focus == .list ? .list : .detail, .panes]),
            Self.actsOnSelection(binding.action), marks.isEmpty,
            listRow(at: cursor) != nil, !selectionIsDrawn
        else { return true }
        say("\(binding.barLabel ?? binding.action.name): the person it acts on is not on screen", .warning)
        return false
    }

    /// The too-small notice says that keys are ignored and that `q` quits; it does, unless a
    /// change is on its way (its outcome is not on screen, and quitting would leave it unseen).
    private mutating func answerKeyOnTooSmallScreen(_ key: Key, into effects: inout [Effect]) {
        let quits = keys.binding(for: key, in: [.list, .panes])?.action == .quit
        if quits && !isChangeInFlight {
            quit(into: &effects)
        } else if quits {
            say("A change is on its way: enlarge the terminal to follow it", .warning)
        } else {
            say("Ignored \(key.displayName) (the terminal is too small)", .warning)
        }
    }
}
