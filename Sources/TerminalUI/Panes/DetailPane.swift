import DocSpaceAPI
import Foundation
import PeopleCore

/// The selected person, everything the API says, loaded fresh without blocking the list.
struct DetailPane {
    let state: AppState
    let timeZone: TimeZone

    /// Lines the detail has at this width, so scrolling stops at the end.
    func lineCount(width: Int) -> Int? {
        state.detailPerson.map { sheet(of: $0, width: width).count }
    }

    /// Draws the pane; returns the detail's line count (`lineCount(width: rect.width - 1)`),
    /// `nil` when no person is shown.
    @discardableResult
    func draw(into frame: inout Frame, in rect: Rect) -> Int? {
        let focused = state.focus == .detail && state.dialog == nil
        let headingStyle = Style(focused ? .accent : .muted, bold: true, underline: true)
        frame.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: headingStyle)
        guard let person = state.detailPerson, let detail = state.detail else {
            frame.put("Detail", y: rect.y, x: rect.x + 1, maxWidth: rect.width - 1, style: headingStyle)
            frame.put("No person selected", y: rect.y + 1, x: rect.x + 1, maxWidth: rect.width - 1, style: .muted)
            return nil
        }
        let phase: (String, Style)
        switch detail.phase {
        case .loading:
            phase = state.showsBusy ? ("loading…", Style(.muted, underline: true, dim: true)) : ("", headingStyle)
        case .loaded: phase = ("", headingStyle)
        case .failed(let reason): phase = ("not refreshed: \(reason)", Style(.danger, bold: true, underline: true))
        }
        var phaseX = rect.maxX
        if !phase.0.isEmpty {
            phaseX = frame.putRight(phase.0 + " ", y: rect.y, maxX: rect.maxX, maxWidth: rect.width / 2, style: phase.1)
        }
        frame.put(
            "Detail: " + person.displayName, y: rect.y, x: rect.x + 1,
            maxWidth: max(0, phaseX - rect.x - 2), style: headingStyle)

        let lines = sheet(of: person, width: rect.width - 1)
        let rows = rect.height - 1
        let maxScroll = max(0, lines.count - rows)
        let scroll = min(max(0, detail.scroll), maxScroll)
        for i in 0..<rows {
            let index = scroll + i
            guard index < lines.count else { break }
            let line = lines[index]
            let y = rect.y + 1 + i
            frame.put(line.label, y: y, x: rect.x + 1, maxWidth: DetailSheet.labelWidth - 1, style: .muted)
            frame.put(
                line.value, y: y, x: rect.x + 1 + DetailSheet.labelWidth,
                maxWidth: rect.width - 1 - DetailSheet.labelWidth, style: line.style)
        }
        if lines.count > rows {
            let more = scroll < maxScroll ? "↓ more" : "end"
            frame.putRight(more, y: rect.maxY - 1, maxX: rect.maxX, maxWidth: 8, style: .muted)
        }
        return lines.count
    }

    /// The person's fields, then what was read on demand: last sign-in and API keys, then
    /// their rooms (`h`).
    private func sheet(of person: Person, width: Int) -> [DetailSheet.Line] {
        DetailSheet.lines(of: person, width: width, timeZone: timeZone)
            + DetailSheet.accountLines(state: state, person: person, width: width, timeZone: timeZone)
            + RoomsSheet.lines(state.holdings, personID: person.id, width: width)
    }
}
