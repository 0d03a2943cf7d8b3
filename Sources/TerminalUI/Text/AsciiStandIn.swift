import Foundation

/// What the screen draws where the terminal's locale has no UTF-8 (none installed on the
/// host): ncursesw then cannot draw a character outside ASCII, and drew blanks and shifted
/// columns. Each character becomes ASCII of the same width in cells: a letter with accents
/// its base letter (`Ó` → `O`), frame and symbol glyphs a look-alike (`│` → `|`, `…` → `~`),
/// anything else `?` per cell (`李` → `??`). Only the drawing changes: the text in the state,
/// typed or sent by the portal, stays exactly as it is.
enum AsciiStandIn {
    static func text(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = ""
        for character in text { out += standIn(for: character) }
        return out
    }

    static func standIn(for character: Character) -> String {
        if character.isASCII { return String(character) }
        let width = CellWidth.of(character)
        if let symbol = symbols[character], width == 1 { return String(symbol) }
        let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
        if width == 1, base.count == 1, let scalar = base.first, scalar.value >= 0x20, scalar.value < 0x7F {
            return String(Character(scalar))
        }
        return String(repeating: "?", count: width)
    }

    private static let symbols: [Character: Character] = [
        "│": "|", "▏": "|", "─": "-", "┌": "+", "┐": "+", "└": "+", "┘": "+",
        "…": "~", "·": "-", "•": "*", "●": "*", "◌": "o", "✱": "*", "§": "S",
        "—": "-", "–": "-", "→": ">", "←": "<", "↑": "^", "↓": "v", "▸": ">", "›": ">", "⇄": "=",
        "×": "x", "✓": "+", "✗": "x", "⊘": "0", "█": "#", "░": ".",
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "\u{FFFD}": "?", "␛": "^", "␟": "_",
        "⠋": "|", "⠙": "/", "⠹": "-", "⠸": "\\", "⠼": "|", "⠴": "/", "⠦": "-", "⠧": "\\", "⠇": "|", "⠏": "/",
    ]
}
