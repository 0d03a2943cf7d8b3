/// Text from the portal made safe and measurable for a terminal.
///
/// Every control character (C0, DEL, C1 — and with them ESC, so no CSI/OSC/DCS sequence can
/// start), bidi override/isolate and zero-width format character is replaced by a visible
/// placeholder, so a profile cannot move the cursor, set the window title or the clipboard,
/// or reorder what the admin reads.
enum TerminalSafeText {
    static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F:
                // Control Pictures: ␛ for ESC, ␊ for LF, …; DEL → ␡.
                out.append(Unicode.Scalar(scalar.value == 0x7F ? 0x2421 : 0x2400 + scalar.value)!)
            case 0x80...0x9F:
                out.append("\u{FFFD}")
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0x061C:
                out.append("\u{FFFD}")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Width in terminal cells: East Asian wide/fullwidth and emoji 2, combining marks 0.
    static func cellWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + scalarWidth($1) }
    }

    static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// Cuts `text` to at most `cells` cells, ending with "…" when cut; never splits a character.
    static func truncate(_ text: String, toCells cells: Int) -> String {
        guard cellWidth(text) > cells else { return text }
        guard cells > 0 else { return "" }
        var result = ""
        var used = 0
        for character in text {
            let width = cellWidth(String(character))
            if used + width > cells - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }
}
