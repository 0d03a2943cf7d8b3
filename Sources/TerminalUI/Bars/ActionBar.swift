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
            drawField(
                prompt: "/", line: state.search.line,
                hint: hint(for: .search) + (state.search.dueAt != nil ? " · searching…" : ""),
                into: &frame, in: rect)
        case .groupSearch:
            drawField(
                prompt: "/", line: state.groupsView?.searchField ?? LineEditor(), hint: hint(for: .groupSearch),
                into: &frame, in: rect)
        case .commandLine:
            drawField(
                prompt: ":", line: state.commandLineEditor ?? LineEditor(), hint: hint(for: .commandLine), into: &frame,
                in: rect)
        case .confirmation, .typedConfirmation, .report, .summary, .signIn, .help, .messages,
            .profilePicker, .export,  // views
            .typeChoice, .receiverChoice, .groupPicker, .handover, .taskProgress,  // the dialogs' keys
            .personForm, .inviteForm, .discardConfirmation,  // forms
            .progress, .saveResults,  // bulk
            .groups,  // groups
            .columnChooser, .viewPicker,  // columns and saved views
            .connecting, .quotaSize:
            frame.put(
                " " + hint(for: state.inputContext, width: rect.width - 1), y: rect.y, x: rect.x, maxWidth: rect.width,
                style: .muted)
        case .list, .detail, .panes:
            drawActions(into: &frame, in: rect)
        }
    }

    /// "Enter keep · Esc cancel". When they do not all fit in `width`, whole items are left
    /// out (never one cut in the middle), and the way out (cancel, close) always stays.
    private func hint(for context: KeyContext, width: Int = .max) -> String {
        let items = state.keys.bindings(in: context).compactMap { binding in
            binding.barLabel.map {
                (
                    text: "\(binding.keys.map(\.displayName).joined(separator: "/")) \($0)",
                    isWayOut: binding.action == .cancel
                )
            }
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

    private func drawField(prompt: String, line: LineEditor, hint: String, into frame: inout Frame, in rect: Rect) {
        let hintWidth = min(TerminalText.width(hint) + 1, rect.width / 2)
        let hintX = frame.putRight(hint + " ", y: rect.y, maxX: rect.maxX, maxWidth: hintWidth, style: .muted)
        var x = rect.x
        x += frame.put(prompt, y: rect.y, x: x, style: Style(.accent, bold: true))
        let room = max(1, hintX - x - 2)
        // Scrolled sideways so that the cursor stays in view; the cursor in reverse video.
        FieldText(line, width: room + 1).draw(into: &frame, y: rect.y, x: x)
    }

    private struct Item {
        var key: String
        var label: String
        var reason: Refusal? = nil
        var rank: Int
    }

    /// The bar's items by rank (the key table's `barRank`; keys of one rank in the table's
    /// order), and whether each applies now.
    private func items() -> [Item] {
        let contexts: [KeyContext] = state.focus == .list ? [.panes, .list] : [.panes, .detail]
        var items: [Item] = []
        for binding in contexts.flatMap({ state.keys.bindings(in: $0) }) {
            guard let label = binding.barLabel, let key = binding.keys.first?.displayName else { continue }
            let refusal = state.refusal(of: binding.action)
            if binding.action == .undo {
                // Only while it can be used: what it would do (how many it re-activates) and
                // the time left, "u re-activate 7 · 17 s".
                guard refusal == nil, let undo = state.undo else { continue }
                let seconds = max(0, Int(undo.expiresAt - state.now))
                items.append(
                    Item(
                        key: key, label: "\(label) \(NumberText.grouped(undo.people.count)) · \(seconds) s",
                        rank: binding.barRank))
            } else {
                items.append(Item(key: key, label: label, reason: refusal, rank: binding.barRank))
            }
        }
        return items.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
    }

    /// Which items the bar shows, and how: first the keys that apply now, by rank, as many as
    /// fit; then the keys that do not, by rank, with the short reason ("d delete: t first");
    /// then, where room is left, their reasons whole ("d delete: terminate first (t)"). A
    /// reason never pushes out a key that applies, and shortens before it is left out. The
    /// chosen items are drawn in rank order.
    private func chosen(_ items: [Item], width: Int) -> [(item: Item, short: Bool)] {
        var used = 0
        var picked = Set<Int>()
        func take(_ i: Int) {
            let w = self.width(of: items[i], short: true) + (picked.isEmpty ? 0 : 2)
            if used + w <= width {
                picked.insert(i)
                used += w
            }
        }
        for i in items.indices where items[i].reason == nil { take(i) }
        for i in items.indices where items[i].reason != nil { take(i) }
        var short = Set(picked.filter { items[$0].reason != nil })
        for i in items.indices where short.contains(i) {
            let extra = self.width(of: items[i], short: false) - self.width(of: items[i], short: true)
            if used + extra <= width {
                short.remove(i)
                used += extra
            }
        }
        return picked.sorted().map { (items[$0], short.contains($0)) }
    }

    private func drawActions(into frame: inout Frame, in rect: Rect) {
        var x = rect.x + 1
        for (item, short) in chosen(items(), width: rect.width - 1) {
            draw(item, short: short, into: &frame, y: rect.y, x: x)
            x += width(of: item, short: short) + 2
        }
    }

    private func width(of item: Item, short: Bool) -> Int {
        TerminalText.width(text(of: item, short: short))
    }

    private func text(of item: Item, short: Bool) -> String {
        item.key + " " + item.label + (item.reason.map { ": " + (short ? $0.short : $0.text) } ?? "")
    }

    private func draw(_ item: Item, short: Bool, into frame: inout Frame, y: Int, x: Int) {
        if item.reason != nil {
            frame.put(text(of: item, short: short), y: y, x: x, style: .muted)
            return
        }
        let keyWidth = frame.put(item.key, y: y, x: x, style: Style(.accent, bold: true))
        frame.put(" " + item.label, y: y, x: x + keyWidth)
    }
}
