import PeopleCore

/// "Connecting to PORTAL…", drawn from the first frame while the first answers are on their
/// way (who is signed in, then the first page), so a slow portal never leaves an empty
/// terminal; it names the keys that give up, read from the key table's connecting context.
struct ConnectingScreen {
    var portal: String
    /// Whole seconds waited so far; shown from the first one, so a quick answer draws no count.
    var seconds: Int
    var keys: KeyTable

    func draw(into frame: inout Frame) {
        let size = frame.size
        let giveUp = keys.bindings(in: .connecting).flatMap(\.keys).map(\.displayName)
        var lines = [
            "Connecting to \(TerminalText.sanitized(portal))…",
            seconds >= 1 ? "waiting \(seconds) s for the portal" : "",
        ]
        if !giveUp.isEmpty { lines.append("\(giveUp.joined(separator: " or ")): give up") }
        let top = max(0, size.height / 2 - 1)
        for (i, line) in lines.enumerated() where top + i < size.height && !line.isEmpty {
            let cut = TerminalText.truncated(line, toWidth: size.width)
            let x = max(0, (size.width - TerminalText.width(cut)) / 2)
            frame.put(cut, y: top + i, x: x, style: i == 0 ? Style(.accent, bold: true) : .muted)
        }
    }
}
