import PeopleCore

/// One complete picture of the screen, built from the state on every update and compared
/// with the previous one, so only the cells that changed are sent to the terminal.
public struct Frame: Equatable, Sendable {
    public struct Cell: Equatable, Sendable {
        /// The character starting here; `""` for the second cell of a wide character.
        public var glyph: String
        public var style: Style
        public static let blank = Cell(glyph: " ", style: .plain)
    }

    /// A cell of the frame, by row and column.
    public struct Position: Equatable, Sendable {
        public var y: Int
        public var x: Int
    }

    public let size: TerminalSize
    public private(set) var cells: [Cell]
    /// The text field's cursor cell, if a field has the keyboard: the terminal's own (hidden)
    /// cursor is put there, so an input method opens its window by what is being typed.
    public var cursor: Position?

    public init(size: TerminalSize) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.width * size.height))
    }

    public subscript(y: Int, x: Int) -> Cell {
        cells[y * size.width + x]
    }

    private func contains(y: Int, x: Int) -> Bool {
        y >= 0 && y < size.height && x >= 0 && x < size.width
    }

    /// Writes text (sanitised here, whatever its origin) from `x`, at most `maxWidth` cells and
    /// never past the frame's edge; a character that does not fit whole is not drawn.
    /// Returns the cells used.
    @discardableResult
    public mutating func put(_ text: String, y: Int, x: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(maxWidth ?? Int.max, size.width - x)
        var used = 0
        if PlainText.isPlain(text) {
            // Most of a screen: one scalar, one character, its width known, nothing to sanitise.
            for scalar in text.unicodeScalars {
                let w = PlainText.width(of: scalar) ?? 1
                if used + w > limit { break }
                setCell(y: y, x: x + used, glyph: Self.glyph(scalar), width: w, style: style)
                used += w
            }
            return used
        }
        for character in TerminalText.sanitized(text) {
            let w = TerminalText.width(of: character)
            if used + w > limit { break }
            setCell(y: y, x: x + used, glyph: String(character), width: w, style: style)
            used += w
        }
        return used
    }

    /// Writes text cut to `width` cells (with an ellipsis) and pads the rest with spaces:
    /// `put(TerminalText.fitted(text, toWidth: width), …)` in one pass over the characters,
    /// which matters when every row of the list is fitted on every frame.
    public mutating func putFitted(_ text: String, y: Int, x: Int, width: Int, style: Style = .plain) {
        guard width > 0, y >= 0, y < size.height, x < size.width else { return }
        if PlainText.isPlain(text) {
            putFitted(
                text.unicodeScalars.lazy.map { (Self.glyph($0), PlainText.width(of: $0) ?? 1) },
                y: y, x: x, width: width, style: style)
        } else {
            putFitted(
                TerminalText.sanitized(text).lazy.map { (String($0), TerminalText.width(of: $0)) },
                y: y, x: x, width: width, style: style)
        }
    }

    /// `putFitted` over characters already sanitised and measured, as glyphs and widths.
    private mutating func putFitted(
        _ characters: some Collection<(String, Int)>, y: Int, x: Int, width: Int,
        style: Style
    ) {
        // Where the text is cut: the characters that fit, less the last one if the ellipsis
        // needs its cell (as `TerminalText.truncated` does it).
        var used = 0
        var kept = 0
        var lastWidth = 0
        var cut = false
        for (_, w) in characters {
            if used + w > width {
                cut = true
                break
            }
            used += w
            kept += 1
            lastWidth = w
        }
        if cut && used + 1 > width && kept > 0 {
            kept -= 1
            used -= lastWidth
        }
        let limit = min(width, size.width - x)
        var column = 0
        for (glyph, w) in characters.prefix(kept) {
            if column + w > limit { return }
            setCell(y: y, x: x + column, glyph: glyph, width: w, style: style)
            column += w
        }
        if cut {
            guard column + 1 <= limit else { return }
            setCell(y: y, x: x + column, glyph: "…", width: 1, style: style)
            column += 1
        }
        while column < limit {
            setCell(y: y, x: x + column, glyph: " ", width: 1, style: style)
            column += 1
        }
    }

    /// Right-aligns text so that it ends at `maxX`; returns the column it starts at.
    @discardableResult
    public mutating func putRight(_ text: String, y: Int, maxX: Int, maxWidth: Int, style: Style = .plain) -> Int {
        if PlainText.isPlain(text) {
            let width = text.unicodeScalars.reduce(0) { $0 + (PlainText.width(of: $1) ?? 1) }
            if width <= maxWidth {
                // It fits as it is: nothing to cut, its width known without measuring.
                put(text, y: y, x: maxX - width, style: style)
                return maxX - width
            }
        }
        let cut = TerminalText.truncated(text, toWidth: maxWidth)
        let x = maxX - TerminalText.width(cut)
        put(cut, y: y, x: x, style: style)
        return x
    }

    /// Fills a region with spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) {
                setCell(y: y, x: x, glyph: " ", width: 1, style: style)
            }
        }
    }

    /// Restyles a region without changing its text (the cursor row's highlight).
    public mutating func restyle(_ rect: Rect, _ change: (Style) -> Style) {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) {
                cells[y * size.width + x].style = change(cells[y * size.width + x].style)
            }
        }
    }

    /// A box outline with an optional title in the top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = .plain) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let top = "┌" + String(repeating: "─", count: rect.width - 2) + "┐"
        let bottom = "└" + String(repeating: "─", count: rect.width - 2) + "┘"
        put(top, y: rect.y, x: rect.x, style: style)
        put(bottom, y: rect.maxY - 1, x: rect.x, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put("│", y: y, x: rect.x, style: style)
            put("│", y: y, x: rect.maxX - 1, style: style)
        }
        if let title, rect.width > 6 {
            put(
                " " + TerminalText.truncated(title, toWidth: rect.width - 6) + " ",
                y: rect.y, x: rect.x + 2, style: style.with(bold: true))
        }
    }

    /// Row `y` as text, for tests and debugging.
    public func line(_ y: Int) -> String {
        (0..<size.width).map { self[y, $0].glyph }.joined()
    }

    /// One string per printable ASCII character, made once: most cells hold one of these,
    /// and making a string per cell per frame showed in the profile.
    private static let asciiGlyphs: [String] = (0x20..<0x7F).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// The glyph of a plain scalar.
    private static func glyph(_ scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        return v >= 0x20 && v < 0x7F ? asciiGlyphs[Int(v) - 0x20] : String(Character(scalar))
    }

    private mutating func setCell(y: Int, x: Int, glyph: String, width: Int, style: Style) {
        guard contains(y: y, x: x), width == 1 || contains(y: y, x: x + 1) else { return }
        let i = y * size.width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[i].glyph.isEmpty, x > 0 { cells[i - 1] = Cell(glyph: " ", style: cells[i - 1].style) }
        let end = i + width - 1
        if x + width < size.width, cells[end + 1].glyph.isEmpty {
            cells[end + 1] = Cell(glyph: " ", style: cells[end + 1].style)
        }
        cells[i] = Cell(glyph: glyph, style: style)
        if width == 2 { cells[i + 1] = Cell(glyph: "", style: style) }
    }
}
