import PeopleCore

/// Sends a frame to a screen, writing only the cells that differ from the previous frame: no
/// `clear()` per frame, so a cursor move rewrites two rows, not the whole screen, which keeps
/// slow SSH links quiet and avoids flicker.
@MainActor
public final class Renderer {
    private var previous: Frame?

    public init() {}

    /// The next `draw` repaints everything (after a resize, or when the terminal was messed up).
    public func invalidate() { previous = nil }

    public func draw(_ frame: Frame, on screen: Screen) {
        let size = frame.size
        guard let previous, previous.size == size else {
            screen.erase(Rect(x: 0, y: 0, width: size.width, height: size.height))
            for y in 0..<size.height { writeRun(frame, y: y, from: 0, to: size.width, on: screen) }
            self.previous = frame
            if let cursor = frame.cursor { screen.placeCursor(y: cursor.y, x: cursor.x) }
            screen.refresh()
            return
        }
        var changed = false
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                guard frame[y, x] != previous[y, x] else {
                    x += 1
                    continue
                }
                var start = x
                // Start on the first cell of a wide character.
                while start > 0 && frame[y, start].glyph.isEmpty { start -= 1 }
                var end = x + 1
                while end < size.width && (frame[y, end] != previous[y, end] || frame[y, end].glyph.isEmpty) {
                    end += 1
                }
                writeRun(frame, y: y, from: start, to: end, on: screen)
                changed = true
                x = end
            }
        }
        // Writing moved the terminal's cursor: it goes back to the field's after every write.
        if let cursor = frame.cursor, changed || cursor != previous.cursor {
            screen.placeCursor(y: cursor.y, x: cursor.x)
            changed = true
        }
        self.previous = frame
        if changed { screen.refresh() }
    }

    /// Writes cells `from..<to` of a row, one `put` per stretch of equal style.
    private func writeRun(_ frame: Frame, y: Int, from: Int, to: Int, on screen: Screen) {
        var x = from
        while x < to {
            let style = frame[y, x].style
            var text = ""
            let start = x
            while x < to && (frame[y, x].style == style || frame[y, x].glyph.isEmpty) {
                text += frame[y, x].glyph
                x += 1
            }
            screen.put(text, style: style, y: y, x: start)
        }
    }
}
