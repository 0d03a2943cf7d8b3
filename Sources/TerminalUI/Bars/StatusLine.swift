import PeopleCore

/// The bottom row: portal, signed-in admin, read-only badge, the latest message (fading) and
/// a spinner with "loading 3 s" while anything is on its way.
struct StatusLine {
    let state: AppState

    static let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")

    func draw(into frame: inout Frame, in rect: Rect) {
        let base = Style(.normal, reverse: true)
        frame.fill(rect, style: base)
        var right = rect.maxX
        if state.showsBusy, let verb = state.busyLabel {
            let frameIndex = Int(state.now * 10) % Self.spinner.count
            let seconds = state.busySeconds
            // After a second of waiting, say that Esc stops it (when it is a read).
            // `*` stops at Esc at once, and its count is long ("marking 3,400/100,000").
            let stop = state.markAll != nil || (state.escapeStopsWaiting && state.canStopLoading) ? " · Esc stops" : ""
            let text = " \(Self.spinner[frameIndex]) \(verb)\(seconds >= 1 ? " \(seconds) s" : "")\(stop) "
            right = frame.putRight(
                text, y: rect.y, maxX: right, maxWidth: min(state.markAll != nil ? 44 : 36, rect.width / 2),
                style: base.with(bold: true))
        }
        // How many are marked, and how many of them the filter or search hides.
        if !state.marks.isEmpty {
            var text = " \(NumberText.grouped(state.marks.count)) marked"
            if state.hiddenMarkCount > 0 {
                text += " (\(NumberText.grouped(state.hiddenMarkCount)) hidden by the filter)"
            }
            let style = state.hiddenMarkCount > 0 ? Style(.warning, bold: true, reverse: true) : base.with(bold: true)
            right = frame.putRight(
                text + " ", y: rect.y, maxX: right, maxWidth: max(0, min(48, (right - rect.x) / 2)), style: style)
        }
        var x = rect.x
        if state.session.readOnly {
            x += frame.put(" READ-ONLY ", y: rect.y, x: x, maxWidth: right - x, style: Style(.warning, bold: true))
        }
        let who = " \(state.session.portal) · \(state.session.me.displayName) "
        // A message is news: it may squeeze who and where down to a dozen cells.
        // "│ ✓ " before the text and a cell after it.
        let messageWidth = state.message.map { TerminalText.width($0.text) + 5 } ?? 0
        let room = right - x
        let whoWidth = min(TerminalText.width(who), max(12, room - messageWidth))
        x += frame.put(
            TerminalText.truncated(who, toWidth: whoWidth), y: rect.y, x: x, maxWidth: right - x, style: base)
        if let message = state.message {
            var style: Style
            switch message.level {
            case .info: style = base
            case .success: style = Style(.success, bold: true, reverse: true)
            case .warning: style = Style(.warning, bold: true, reverse: true)
            case .error: style = Style(.danger, bold: true, reverse: true)
            }
            if message.isFading(at: state.now) { style = style.with(bold: false, dim: true) }
            let symbol: String
            switch message.level {
            case .info: symbol = ""
            case .success: symbol = "✓ "
            case .warning: symbol = "! "
            case .error: symbol = "✗ "
            }
            // Cut at a word, ending in "…" (`:messages` shows it whole).
            let room = max(0, right - x - 1)
            let text = TerminalText.truncatedAtWord(message.text, toWidth: room - TerminalText.width("│ " + symbol))
            frame.put("│ " + symbol + text, y: rect.y, x: x, maxWidth: room, style: style)
        }
    }
}
