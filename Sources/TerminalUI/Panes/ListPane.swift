import DocSpaceAPI
import PeopleCore

/// The people list: a header row, then one row per person with mark, name, e-mail, type and
/// status, and their groups when the pane is wide enough (`Columns.groupWidth`); the cursor row in reverse video; "loading…" for rows whose page has not come yet,
/// "missing" for rows the portal counted but whose page came without them.
///
/// Only the rows on screen are formatted, from the list's compact rows: drawing costs the
/// screen's height whatever the number of people.
struct ListPane {
    let state: AppState

    /// Column widths for a pane width.
    struct Columns {
        var mark = 2
        var name: Int
        var email: Int
        var type: Int
        var status = 11
        /// 0: no group column.
        var group: Int
        var shortTypes: Bool

        /// From this pane width on the list shows a group column: at 100 cells, with it, the
        /// name and the e-mail still get what an 80-column list gives them.
        static let groupColumnWidth = 100
        static let groupWidth = 20

        init(width: Int) {
            shortTypes = width < 76
            type = shortTypes ? 11 : 15
            group = width >= Self.groupColumnWidth ? Self.groupWidth : 0
            let rest = max(10, width - mark - type - status - group)
            name = rest * 45 / 100
            email = rest - name
        }
    }

    func draw(into frame: inout Frame, in rect: Rect) {
        let columns = Columns(width: rect.width)
        drawHeader(into: &frame, at: rect, columns)
        let rows = rect.height - 1
        guard rows > 0 else { return }
        if state.rowCount == 0 {
            let text: String
            if let problem = state.listProblem, !state.list.isLoaded && state.localMatches == nil {
                // Wrapped at words over the rows there are: the portal's words are the news.
                let lines = TerminalText.wrapped("✗ " + problem, toWidth: max(1, rect.width - 3), maxLines: rows)
                for (i, line) in lines.enumerated() {
                    frame.put(
                        line, y: rect.y + 1 + i, x: rect.x + 2, maxWidth: rect.width - 2,
                        style: Style(.danger, bold: true))
                }
                return
            } else if !state.list.isLoaded && state.localMatches == nil {
                text = "Loading people…"
            } else if state.localMatches != nil {
                text = "No loaded person matches; asking the server…"
            } else {
                text = "No people match the filters."
            }
            frame.put(text, y: rect.y + 1, x: rect.x + 2, maxWidth: rect.width - 2, style: .muted)
            return
        }
        for i in 0..<rows {
            let index = state.scroll + i
            guard index < state.rowCount else { break }
            let y = rect.y + 1 + i
            if let row = state.listRow(at: index) {
                drawRow(row, into: &frame, y: y, x: rect.x, columns)
            } else if state.isMissingRow(at: index) {
                frame.put(
                    "  missing: counted by the portal, not sent (r asks again)", y: y, x: rect.x,
                    maxWidth: rect.width, style: .muted)
            } else if state.listProblem != nil {
                frame.put("  not loaded (r reloads)", y: y, x: rect.x, maxWidth: rect.width, style: .muted)
            } else {
                frame.put("  loading…", y: y, x: rect.x, maxWidth: rect.width, style: .muted)
            }
            if index == state.cursor {
                let focused = state.focus == .list && state.dialog == nil
                frame.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1)) {
                    $0.with(bold: focused ? true : $0.bold, reverse: true, dim: false)
                }
            }
        }
    }

    private func drawHeader(into frame: inout Frame, at rect: Rect, _ c: Columns) {
        let style = Style(.muted, bold: true, underline: true)
        frame.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        let sort = state.filters
        func label(_ text: String, _ column: SortColumn) -> String {
            sort.sortField == column ? text + (sort.sortOrder == .ascending ? " ↑" : " ↓") : text
        }
        var x = rect.x + c.mark
        frame.putFitted(label("Name", .name), y: rect.y, x: x, width: c.name - 1, style: style)
        x += c.name
        frame.putFitted(label("E-mail", .email), y: rect.y, x: x, width: c.email - 1, style: style)
        x += c.email
        frame.putFitted(label("Type", .type), y: rect.y, x: x, width: c.type - 1, style: style)
        x += c.type
        if c.group > 0 {
            frame.putFitted("Group", y: rect.y, x: x, width: c.group - 1, style: style)
            x += c.group
        }
        frame.putFitted("Status", y: rect.y, x: x, width: min(c.status, rect.maxX - x), style: style)
    }

    private func drawRow(_ person: PersonRow, into frame: inout Frame, y: Int, x: Int, _ c: Columns) {
        var x = x
        if state.isMarked(person.id) {
            frame.put("✱", y: y, x: x, style: Style(.accent, bold: true))
        }
        x += c.mark
        frame.putFitted(person.displayName, y: y, x: x, width: c.name - 1)
        x += c.name
        frame.putFitted(person.email ?? "—", y: y, x: x, width: c.email - 1)
        x += c.email
        let type = c.shortTypes ? PersonText.shortType(person.type) : person.type.displayName
        frame.putFitted(type, y: y, x: x, width: c.type - 1)
        x += c.type
        if c.group > 0 {
            // The first group and how many more ("Sales +2"): the count stays when the name is cut.
            let more = person.groupCount > 1 ? " +\(person.groupCount - 1)" : ""
            if let first = person.firstGroup {
                let room = max(1, c.group - 1 - more.count)
                frame.putFitted(TerminalText.truncated(first, toWidth: room) + more, y: y, x: x, width: c.group - 1)
            } else {
                frame.putFitted("—", y: y, x: x, width: c.group - 1, style: .muted)
            }
            x += c.group
        }
        frame.putFitted(
            PersonText.status(person.status), y: y, x: x, width: c.status,
            style: PersonText.statusStyle(person.status))
    }
}
