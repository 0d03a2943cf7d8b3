import DocSpaceAPI
import PeopleCore

/// The Groups view: a header row, then one row per group with its name, its head and its
/// member count; the cursor row in reverse video; "loading…" for rows whose page has not come.
struct GroupsPane {
    let state: AppState
    let view: GroupsView

    /// Column widths for a pane width: the count at the right, the head after the name.
    struct Columns {
        var name: Int
        var head: Int
        var members = 10  // "Members ↓" and a space

        init(width: Int) {
            let rest = max(10, width - 2 - members)
            name = rest * 55 / 100
            head = rest - name
        }
    }

    func draw(into frame: inout Frame, in rect: Rect) {
        let columns = Columns(width: rect.width)
        drawHeader(into: &frame, at: rect, columns)
        let rows = rect.height - 1
        guard rows > 0 else { return }
        if view.count == 0 {
            let text: String
            if let problem = view.problem {
                text = "✗ " + problem
            } else if !view.isLoaded {
                text = "Loading groups…"
            } else if let search = view.appliedText {
                text = "No group's name contains \"\(search)\"."
            } else {
                text = "This portal has no groups."
            }
            let lines = TerminalText.wrapped(text, toWidth: max(1, rect.width - 3), maxLines: rows)
            for (i, line) in lines.enumerated() {
                frame.put(
                    line, y: rect.y + 1 + i, x: rect.x + 2, maxWidth: rect.width - 2,
                    style: view.problem == nil ? .muted : Style(.danger, bold: true))
            }
            return
        }
        for i in 0..<rows {
            let index = view.scroll + i
            guard index < view.count else { break }
            let y = rect.y + 1 + i
            if let group = view.group(at: index) {
                drawRow(group, into: &frame, y: y, x: rect.x, columns)
            } else {
                let text = view.problem == nil ? "  loading…" : "  not loaded (r reloads)"
                frame.put(text, y: y, x: rect.x, maxWidth: rect.width, style: .muted)
            }
            if index == view.cursor {
                frame.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1)) {
                    $0.with(bold: state.dialog == nil ? true : $0.bold, reverse: true, dim: false)
                }
            }
        }
    }

    private func drawHeader(into frame: inout Frame, at rect: Rect, _ c: Columns) {
        let style = Style(.muted, bold: true, underline: true)
        frame.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        func label(_ text: String, _ field: GroupQuery.SortField) -> String {
            view.sortField == field ? text + (view.sortOrder == .ascending ? " ↑" : " ↓") : text
        }
        var x = rect.x + 2
        frame.putFitted(label("Group", .name), y: rect.y, x: x, width: c.name - 1, style: style)
        x += c.name
        frame.putFitted(label("Head", .head), y: rect.y, x: x, width: c.head - 1, style: style)
        x += c.head
        frame.putFitted(
            label("Members", .memberCount), y: rect.y, x: x, width: min(c.members, rect.maxX - x), style: style)
    }

    private func drawRow(_ group: Group, into frame: inout Frame, y: Int, x: Int, _ c: Columns) {
        var x = x + 2
        frame.putFitted(group.name + (group.isLDAP ? " (LDAP)" : ""), y: y, x: x, width: c.name - 1)
        x += c.name
        if let head = group.head {
            frame.putFitted(head.displayName, y: y, x: x, width: c.head - 1)
        } else {
            frame.putFitted("—", y: y, x: x, width: c.head - 1, style: .muted)
        }
        x += c.head
        let count = NumberText.grouped(group.memberCount)
        let pad = String(repeating: " ", count: max(0, c.members - 1 - count.count))
        frame.putFitted(pad + count, y: y, x: x, width: c.members - 1)
    }
}
