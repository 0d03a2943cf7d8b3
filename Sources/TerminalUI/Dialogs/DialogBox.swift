import PeopleCore

/// A centred box with a title and lines, sized to its content and the screen.
struct DialogBox {
    struct Line {
        var text: String
        var style: Style = .plain
        init(_ text: String, _ style: Style = .plain) { self.text = text; self.style = style }
    }

    var title: String
    var lines: [Line]
    var style: Style
    var preferredWidth = 72

    /// Draws the box and returns its rectangle.
    @discardableResult
    func draw(into frame: inout Frame) -> Rect {
        let size = frame.size
        let width = min(preferredWidth, size.width - 2)
        let inner = width - 4
        var wrapped: [Line] = []
        for line in lines {
            if line.text.isEmpty { wrapped.append(line); continue }
            for part in TerminalText.wrapped(line.text, toWidth: inner) { wrapped.append(Line(part, line.style)) }
        }
        let height = min(wrapped.count + 2, size.height - 2)
        let rect = Rect(x: (size.width - width) / 2, y: max(0, (size.height - height) / 2), width: width, height: height)
        frame.fill(rect)
        frame.box(rect, title: title, style: style)
        for (i, line) in wrapped.prefix(height - 2).enumerated() {
            frame.put(line.text, y: rect.y + 1 + i, x: rect.x + 2, maxWidth: inner, style: line.style)
        }
        return rect
    }
}
