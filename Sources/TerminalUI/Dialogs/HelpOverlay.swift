import PeopleCore

/// `?`: every key by context, generated from the key table in force (so a read-only session's
/// help has no dangerous keys).
struct HelpOverlay {
    let state: AppState

    struct Line {
        var keys: String
        var help: String
        var isHeading: Bool
    }

    static func lines(for table: KeyTable, readOnly: Bool) -> [Line] {
        var out: [Line] = []
        if readOnly {
            out.append(Line(keys: "", help: "Read-only session: keys that change data are hidden.", isHeading: false))
        }
        for context in KeyContext.allCases {
            let bindings = table.bindings(in: context)
            guard !bindings.isEmpty else { continue }
            if !out.isEmpty { out.append(Line(keys: "", help: "", isHeading: false)) }
            out.append(Line(keys: context.title, help: "", isHeading: true))
            for binding in bindings {
                out.append(Line(keys: binding.keyNames, help: binding.help + (binding.isDangerous ? " [changes data]" : ""),
                                isHeading: false))
            }
        }
        return out
    }

    func draw(into frame: inout Frame) {
        let size = frame.size
        let rect = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        frame.fill(rect)
        frame.box(rect, title: "Keys (↑↓ PgUp PgDn scroll · Esc closes)", style: Style(.accent, bold: true))
        let lines = Self.lines(for: state.keys, readOnly: state.session.readOnly)
        let rows = rect.height - 2
        let scroll = min(state.helpScroll ?? 0, max(0, lines.count - rows))
        let keyWidth = min(24, rect.width / 3)
        for i in 0..<rows {
            let index = scroll + i
            guard index < lines.count else { break }
            let line = lines[index]
            let y = rect.y + 1 + i
            if line.isHeading {
                frame.put(line.keys, y: y, x: rect.x + 2, maxWidth: rect.width - 4, style: Style(.accent, bold: true, underline: true))
            } else {
                frame.put(line.keys, y: y, x: rect.x + 2, maxWidth: keyWidth, style: .bold)
                frame.put(line.help, y: y, x: rect.x + 3 + keyWidth, maxWidth: rect.width - keyWidth - 5)
            }
        }
        if lines.count > rows + scroll {
            frame.putRight(" ↓ more ", y: rect.maxY - 1, maxX: rect.maxX - 2, maxWidth: 10, style: Style(.accent, bold: true))
        }
    }
}
