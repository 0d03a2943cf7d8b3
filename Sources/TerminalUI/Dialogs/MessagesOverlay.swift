import PeopleCore

/// `:messages`: the latest status messages, newest first, each whole — wrapped at words over
/// as many rows as it needs, where the status line had one row and cut it with "…".
struct MessagesOverlay {
    let state: AppState

    func draw(into frame: inout Frame) {
        let size = frame.size
        let rect = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        frame.fill(rect)
        frame.box(
            rect, title: "Messages, newest first (↑↓ PgUp PgDn scroll · Esc closes)", style: Style(.accent, bold: true))
        let entries = Array(state.messageLog.entries.reversed())
        let first = min(state.messagesScroll ?? 0, max(0, entries.count - 1))
        let inner = rect.width - 4
        let stamp = 9  // "14:03:27 "
        var y = rect.y + 1
        var shown = first
        for entry in entries[first...] {
            let rows = TerminalText.wrapped(Self.symbol(entry.level) + entry.text, toWidth: max(1, inner - stamp))
            guard y + rows.count <= rect.maxY - 1 || y == rect.y + 1 else { break }
            frame.put(entry.time, y: y, x: rect.x + 2, maxWidth: stamp - 1, style: .muted)
            for row in rows where y < rect.maxY - 1 {
                frame.put(row, y: y, x: rect.x + 2 + stamp, maxWidth: inner - stamp, style: Self.style(entry.level))
                y += 1
            }
            shown += 1
        }
        if first > 0 {
            frame.putRight(" ↑ newer ", y: rect.y, maxX: rect.maxX - 2, maxWidth: 10, style: Style(.accent, bold: true))
        }
        if shown < entries.count {
            frame.putRight(
                " ↓ older ", y: rect.maxY - 1, maxX: rect.maxX - 2, maxWidth: 10, style: Style(.accent, bold: true))
        }
    }

    static func symbol(_ level: StatusMessage.Level) -> String {
        switch level {
        case .info: ""
        case .success: "✓ "
        case .warning: "! "
        case .error: "✗ "
        }
    }

    static func style(_ level: StatusMessage.Level) -> Style {
        switch level {
        case .info: .plain
        case .success: Style(.success)
        case .warning: Style(.warning)
        case .error: Style(.danger, bold: true)
        }
    }
}
