import DocSpaceAPI
import PeopleCore

/// The people list: a header row, then one row per person with the mark and the chosen columns
/// (`AppState.columns`, placed by `ListColumnLayout`: name and e-mail keep their room, the
/// others give way when narrow); the cursor row in reverse video; "loading…" for rows whose page has not come yet,
/// "missing" for rows the portal counted but whose page came without them.
///
/// Only the rows on screen are formatted, from the list's compact rows: drawing costs the
/// screen's height whatever the number of people.
struct ListPane {
    let state: AppState

    func draw(into frame: inout Frame, in rect: Rect) {
        let columns = ListColumnLayout(
            columns: ListColumn.shown(
                chosen: state.columns, guests: state.filters.area == .guests,
                inactiveFilter: state.signIns.filter != nil),
            width: rect.width)
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

    private func drawHeader(into frame: inout Frame, at rect: Rect, _ layout: ListColumnLayout) {
        let style = Style(.muted, bold: true, underline: true)
        frame.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        let sort = state.filters
        // The inactive filter's list is sorted here by last sign-in, whatever the portal's sort.
        let inactive = state.signIns.filter
        for place in layout.placed {
            var title = place.column.title
            if let inactive {
                if place.column == .lastSignIn { title += inactive.newestFirst ? " ↓" : " ↑" }
            } else if let column = place.column.sort, sort.sortField == column {
                title += sort.sortOrder == .ascending ? " ↑" : " ↓"
            }
            frame.putFitted(title, y: rect.y, x: rect.x + place.x, width: layout.textWidth(place), style: style)
        }
    }

    private func drawRow(_ person: PersonRow, into frame: inout Frame, y: Int, x: Int, _ layout: ListColumnLayout) {
        if state.isMarked(person.id) {
            frame.put("✱", y: y, x: x, style: Style(.accent, bold: true))
        }
        for place in layout.placed {
            let width = layout.textWidth(place)
            let cell = ListCell(
                place.column, person, width: width + 1, shortTypes: layout.shortTypes,
                lastSignIn: place.column == .lastSignIn ? state.signIns.lastSignIn(of: person.id) : nil)
            frame.putFitted(cell.text, y: y, x: x + place.x, width: width, style: cell.style)
        }
    }
}
