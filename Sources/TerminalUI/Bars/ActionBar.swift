import PeopleCore

/// The keys that apply now, from the key table; an action that does not apply says why
/// ("d delete: terminate first (t)"). In the search field and the command line it is the
/// field itself.
struct ActionBar {
    let state: AppState

    func draw(into frame: inout Frame, in rect: Rect) {
        frame.fill(rect)
        switch state.inputContext {
        case .search:
            drawField(prompt: "/", text: state.search.text,
                      hint: hint(for: .search) + (state.search.dueAt != nil ? " · searching…" : ""),
                      into: &frame, in: rect)
        case .commandLine:
            drawField(prompt: ":", text: state.commandLine ?? "", hint: hint(for: .commandLine), into: &frame, in: rect)
        case .confirmation, .typedConfirmation, .report, .summary, .signIn, .help,
             .profilePicker, .export,  // views
             .typeChoice, .heirChoice, .handover, .taskProgress, // types: the dialogs' keys
             .personForm, .inviteForm, .discardConfirmation, // forms
             .progress, .saveResults: // bulk
            frame.put(" " + hint(for: state.inputContext, width: rect.width - 1), y: rect.y, x: rect.x, maxWidth: rect.width, style: .muted)
        case .list, .detail, .panes:
            drawActions(into: &frame, in: rect)
        }
    }

    /// "Enter keep · Esc cancel". When they do not all fit in `width`, whole items are left
    /// out (never one cut in the middle), and the way out (cancel, close) always stays.
    private func hint(for context: KeyContext, width: Int = .max) -> String {
        let items = state.keys.bindings(in: context).compactMap { binding in
            binding.barLabel.map { (text: "\(binding.keys.map(\.displayName).joined(separator: "/")) \($0)",
                                    isWayOut: binding.action == .cancel) }
        }
        let all = items.map(\.text).joined(separator: " · ")
        guard TerminalText.width(all) > width else { return all }
        let wayOut = items.filter(\.isWayOut).map(\.text)
        var used = wayOut.reduce(0) { $0 + TerminalText.width($1) + 3 }
        var kept: [String] = []
        for item in items where !item.isWayOut {
            let w = TerminalText.width(item.text) + 3
            guard used + w <= width + 3 else { continue }
            kept.append(item.text)
            used += w
        }
        return (kept + wayOut).joined(separator: " · ")
    }

    private func drawField(prompt: String, text: String, hint: String, into frame: inout Frame, in rect: Rect) {
        let hintWidth = min(TerminalText.width(hint) + 1, rect.width / 2)
        let hintX = frame.putRight(hint + " ", y: rect.y, maxX: rect.maxX, maxWidth: hintWidth, style: .muted)
        var x = rect.x
        x += frame.put(prompt, y: rect.y, x: x, style: Style(.accent, bold: true))
        let room = max(1, hintX - x - 2)
        // Show the end of a long text: that is where the typing happens.
        var shown = TerminalText.sanitized(text)
        while TerminalText.width(shown) > room, !shown.isEmpty { shown.removeFirst() }
        x += frame.put(shown, y: rect.y, x: x, maxWidth: room)
        frame.put(" ", y: rect.y, x: x, style: Style(reverse: true))
    }

    private struct Item {
        var key: String
        var label: String
        var reason: String? = nil
    }

    /// The bar's items in priority order: the changes that apply, why delete does not (the
    /// reason people most need), search and the other keys, the remaining reasons, and help
    /// and quit last.
    private func items() -> (main: [Item], tail: [Item]) {
        let contexts: [KeyContext] = state.focus == .list ? [.panes, .list] : [.panes, .detail]
        let changeOrder: [UserAction] = [.terminate, .delete, .reactivate, .undo]
        var available: [Item] = []
        var unavailable: [Item] = []
        var others: [Item] = []
        var tail: [Item] = []
        let bindings = contexts.flatMap { state.keys.bindings(in: $0) }
        let sorted = bindings.filter { changeOrder.contains($0.action) }
            .sorted { changeOrder.firstIndex(of: $0.action)! < changeOrder.firstIndex(of: $1.action)! }
            + bindings.filter { !changeOrder.contains($0.action) }
        for binding in sorted {
            guard let label = binding.barLabel, let key = binding.keys.first?.displayName else { continue }
            let availability = state.availability(of: binding.action)
            if binding.action == .undo {
                // Only while it can be used: what it would do (how many it re-activates) and
                // the time left, "u re-activate 7 · 17 s".
                guard availability == .available, let undo = state.undo else { continue }
                let seconds = max(0, Int(undo.expiresAt - state.now))
                available.append(Item(key: key, label: "\(label) \(NumberText.grouped(undo.people.count)) · \(seconds) s"))
            } else if binding.action == .help || binding.action == .quit {
                tail.append(Item(key: key, label: label))
            } else if binding.isDangerous {
                if let reason = availability.reason {
                    unavailable.append(Item(key: key, label: label, reason: reason))
                } else {
                    available.append(Item(key: key, label: label))
                }
            } else {
                others.append(Item(key: key, label: label, reason: availability.reason))
            }
        }
        let deleteFirst = unavailable.filter { $0.label == "delete" }
        let laterReasons = unavailable.filter { $0.label != "delete" }
        return (available + deleteFirst + others + laterReasons, tail)
    }

    private func drawActions(into frame: inout Frame, in rect: Rect) {
        let (main, tail) = items()
        let tailWidth = tail.reduce(0) { $0 + width(of: $1) + 2 }
        var x = rect.x + 1
        // Greedy: an item that does not fit is skipped, a shorter one after it may still fit.
        for item in main {
            let w = width(of: item)
            guard x + w + tailWidth <= rect.maxX else { continue }
            draw(item, into: &frame, y: rect.y, x: x)
            x += w + 2
        }
        for item in tail {
            guard x + width(of: item) <= rect.maxX else { break }
            draw(item, into: &frame, y: rect.y, x: x)
            x += width(of: item) + 2
        }
    }

    private func width(of item: Item) -> Int {
        TerminalText.width(text(of: item))
    }

    private func text(of item: Item) -> String {
        item.key + " " + item.label + (item.reason.map { ": \($0)" } ?? "")
    }

    private func draw(_ item: Item, into frame: inout Frame, y: Int, x: Int) {
        if item.reason != nil {
            frame.put(text(of: item), y: y, x: x, style: .muted)
            return
        }
        let keyWidth = frame.put(item.key, y: y, x: x, style: Style(.accent, bold: true))
        frame.put(" " + item.label, y: y, x: x + keyWidth)
    }
}
