/// Characters that act on a terminal, a shell or a pasted-into program instead of being
/// text: the C0 controls (tab and line breaks included), DEL, the C1 controls U+0080–U+009F
/// (U+009B is a one-byte CSI) and the Unicode line and paragraph separators.
///
/// This is the part of the terminal's text rule (`TerminalText.sanitized` in TerminalUI,
/// which also defuses bidi and invisible characters) that layers below the screen need too:
/// the clipboard refuses text holding any of them, and the CLI shows them with the same
/// visible stand-ins as the screen.
public enum ControlCharacters {
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Whether `text` holds any control character.
    public static func occur(in text: String) -> Bool {
        text.unicodeScalars.contains(where: isControl)
    }

    /// What a terminal shows instead of a control character: C0 as its Control Picture
    /// (ESC → `␛`, so `ESC[2J` reads `␛[2J`), tab as a space, DEL as `␡`, C1 as `�`, the line
    /// and paragraph separators as `␤`. Any other scalar is returned as it is.
    public static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        switch v {
        case 0x09: return " "
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + v)!
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F: return "\u{FFFD}"
        case 0x2028, 0x2029: return "\u{2424}"
        default: return scalar
        }
    }
}
