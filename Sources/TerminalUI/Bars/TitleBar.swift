import PeopleCore

/// Row 0: the app, the filters, the search and marks in force, and where the view is.
struct TitleBar {
    let state: AppState

    func draw(into frame: inout Frame, in rect: Rect) {
        let base = Style(.normal, reverse: true)
        frame.fill(rect, style: base)
        let position = " " + state.positionText + " "
        let right = frame.putRight(
            position, y: rect.y, maxX: rect.maxX, maxWidth: rect.width / 2, style: base.with(bold: true))
        var x = rect.x
        x += frame.put(
            " DocSpace People ", y: rect.y, x: x, maxWidth: right - x, style: Style(.accent, bold: true, reverse: true))
        // What narrows or selects comes first: it is what a cut title must not hide.
        var parts: [String] = []
        if let groups = state.groupsView {
            parts.append("Groups")
            if let text = groups.appliedText { parts.append("Search: \(text)") }
            parts.append("Sort: \(groups.sortLabel)")
            let room = max(0, right - x - 1)
            frame.put(
                TerminalText.truncated("│ " + parts.joined(separator: " │ "), toWidth: room), y: rect.y, x: x,
                maxWidth: room, style: base)
            return
        }
        // The Guests view names itself first, as the web's Guests tab; its inviter next.
        if state.filters.area == .guests { parts.append("Guests") }
        if let inviter = state.filters.inviter { parts.append("Invited by: \(inviter.label)") }
        // A group narrows most: it comes before the search, named (the other filters say "All").
        if state.filters.group != nil { parts.append("Group: \(state.filters.groupLabel)") }
        // Named only when in force, like the group: account type, seat, quota.
        parts += state.filters.serverFilterLabels
        if let text = state.search.appliedText { parts.append("Search: \(text)") }
        if let inactive = state.signIns.filter { parts.insert("Inactive: \(inactive.label)", at: 0) }
        if !state.marks.isEmpty { parts.append("\(NumberText.grouped(state.marks.count)) marked") }
        parts += [
            "Status: \(state.filters.statusLabel)", "Type: \(state.filters.typeLabel)",
            "Sort: \(state.signIns.filter.map { $0.newestFirst ? "last sign-in ↓ (here)" : "last sign-in ↑ (here)" } ?? state.filters.sortLabel)",
        ]
        let room = max(0, right - x - 1)
        frame.put(
            TerminalText.truncated("│ " + parts.joined(separator: " │ "), toWidth: room), y: rect.y, x: x,
            maxWidth: room, style: base)
    }
}
