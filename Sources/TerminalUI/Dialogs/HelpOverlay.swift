import PeopleCore

/// `?`: every key by context, generated from the key table in force (so a read-only session's
/// help has no dangerous keys), laid out by `HelpPage` so the help wraps instead of being cut.
struct HelpOverlay {
    let state: AppState

    /// The bindings before layout (what the read-only tests compare with the key table).
    static func lines(for table: KeyTable, readOnly: Bool) -> [HelpPage.Entry] {
        HelpPage.entries(for: table, readOnly: readOnly)
    }

    func draw(into frame: inout Frame) {
        let size = frame.size
        let rect = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        frame.fill(rect)
        frame.box(rect, title: "Keys (↑↓ PgUp PgDn scroll · Esc closes)", style: Style(.accent, bold: true))
        let page = HelpPage(table: state.keys, readOnly: state.session.readOnly, width: size.width)
        let rows = rect.height - 2
        let scroll = min(state.helpScroll ?? 0, page.maxScroll(height: size.height))
        let inner = rect.width - 4
        for i in 0..<rows {
            let index = scroll + i
            guard index < page.lines.count else { break }
            let y = rect.y + 1 + i
            let helpX = rect.x + 3 + page.keyWidth
            let helpWidth = inner - page.keyWidth - 1
            switch page.lines[index] {
            case .heading(let title):
                frame.put(
                    title, y: y, x: rect.x + 2, maxWidth: inner, style: Style(.accent, bold: true, underline: true))
            case .note(let text):
                frame.put(text, y: y, x: rect.x + 2, maxWidth: inner)
            case .binding(let keys, let help):
                frame.put(keys, y: y, x: rect.x + 2, maxWidth: page.keyWidth, style: .bold)
                frame.put(help, y: y, x: helpX, maxWidth: helpWidth)
            case .keysAlone(let keys):
                frame.put(keys, y: y, x: rect.x + 2, maxWidth: inner, style: .bold)
            case .continuation(let help):
                frame.put(help, y: y, x: helpX, maxWidth: helpWidth)
            }
        }
        if scroll > 0 {
            frame.putRight(" ↑ more ", y: rect.y, maxX: rect.maxX - 2, maxWidth: 10, style: Style(.accent, bold: true))
        }
        if page.lines.count > rows + scroll {
            frame.putRight(
                " ↓ more ", y: rect.maxY - 1, maxX: rect.maxX - 2, maxWidth: 10, style: Style(.accent, bold: true))
        }
    }
}
