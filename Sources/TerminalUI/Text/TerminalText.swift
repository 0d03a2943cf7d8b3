import PeopleCore

/// Makes untrusted text safe to draw and measures it in terminal cells.
///
/// Server text (names, notes, departments) could carry escape sequences that move the cursor,
/// retitle the window or rewrite the screen, bidi overrides that reverse what an admin reads,
/// and invisible characters that make two names look the same. Every string goes through
/// `sanitized` before it reaches the screen, so none of that can happen:
///
/// - Control characters (PeopleCore's `ControlCharacters`, shared with the clipboard and the
///   CLI): C0 controls and DEL become their visible Control Pictures (ESC → `␛`), so an
///   escape sequence shows as harmless text (`␛[2J`); tab becomes a space; C1 controls
///   (U+0080–U+009F, including the one-byte CSI U+009B) become `�`.
/// - Bidi overrides, embeddings and isolates become `�`; invisible spacing tricks (zero-width
///   space, word joiner, BOM, invisible operators, interlinear annotations) become `�`.
/// - Joiners, direction marks, variation selectors and emoji skin tones are dropped: they are
///   harmless, and without them every terminal agrees on the width.
/// - A combining mark with nothing to combine with gets a dotted circle (◌́).
public enum TerminalText {
    /// What replaces a character that must not reach the terminal as it is.
    public static let replacement: Character = "\u{FFFD}"

    public static func sanitized(_ text: String) -> String {
        // Fast paths: printable ASCII only, or nothing the rules below would change (a
        // table row of names around a `●`); only then is a new string built.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) || isUnchangedBySanitizing(text) { return text }
        var scalars = String.UnicodeScalarView()
        // Whether a kept scalar takes no cell: only then can a character start with one.
        var keptZeroWidth = false
        for scalar in text.unicodeScalars {
            switch rule(for: scalar) {
            case .keep:
                scalars.append(scalar)
                if !keptZeroWidth && scalar.value >= 0x300 && CellWidth.of(scalar) == 0 { keptZeroWidth = true }
            case .visible: scalars.append(ControlCharacters.visible(scalar))
            case .replace: scalars.append("\u{FFFD}")
            case .drop: continue
            }
        }
        guard keptZeroWidth else { return String(scalars) }
        var out = ""
        out.reserveCapacity(scalars.count)
        for character in String(scalars) {
            if let first = character.unicodeScalars.first, CellWidth.of(first) == 0 {
                // A mark (or jamo) without a base: give it one so it cannot combine with
                // whatever the screen shows to its left.
                out.append("\u{25CC}")
            }
            out.append(character)
        }
        return out
    }

    /// What `sanitized` does with one scalar.
    enum ScalarRule { case keep, visible, replace, drop }

    /// The rules listed above, for one scalar; printable ASCII needs no look-up (a table row
    /// is mostly that, around a `●`).
    static func rule(for scalar: Unicode.Scalar) -> ScalarRule {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return .keep }
        if ControlCharacters.isControl(scalar) { return .visible }
        switch v {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200B, 0x2060...0x2064, 0xFEFF, 0x180E, 0xFFF9...0xFFFB:
            return .replace
        case 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x00AD, 0x034F, 0xFE00...0xFE0F, 0xE0100...0xE01EF,
            0x1F3FB...0x1F3FF, 0xE0000...0xE007F:
            return .drop
        default:
            let category = scalar.properties.generalCategory
            let hidden = category == .format || category == .surrogate || category == .unassigned && v >= 0xE0000
            return hidden ? .replace : .keep
        }
    }

    /// Whether `sanitized` would return `text` as it is: every scalar kept, none taking no
    /// cell (it might start a character and get a base).
    static func isUnchangedBySanitizing(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            rule(for: scalar) == .keep && (scalar.value < 0x300 || CellWidth.of(scalar) != 0)
        }
    }

    /// Cells a string takes that is already sanitised (`sanitized`'s result).
    public static func width(ofSanitized text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + width(of: $1) }
    }

    /// Cells a character takes; at least 1 for anything that survives `sanitized`.
    public static func width(of character: Character) -> Int {
        max(1, CellWidth.of(character))
    }

    /// Cells a string takes once sanitised.
    public static func width(_ text: String) -> Int {
        width(ofSanitized: sanitized(text))
    }

    /// The longest prefix that fits in `width` cells, never splitting a character; when text
    /// is cut, the last cell becomes `ellipsis` (if it is not empty).
    public static func truncated(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let safe = sanitized(text)
        var used = 0
        var out = ""
        var cut = false
        for character in safe {
            let w = Self.width(of: character)
            if used + w > width {
                cut = true
                break
            }
            out.append(character)
            used += w
        }
        guard cut, !ellipsis.isEmpty else { return out }
        let ellipsisWidth = Self.width(ellipsis)
        while used + ellipsisWidth > width, let last = out.popLast() {
            used -= Self.width(of: last)
        }
        return out + ellipsis
    }

    /// A message cut for one row: whole when it fits, else as many whole words as fit
    /// followed by "…" — never a word cut in the middle. Two exceptions keep the cut useful: a
    /// path that does not fit keeps its end, the file's name ("Saved to …/work/a.csv"), and a
    /// first word wider than the row is cut, with "…".
    public static func truncatedAtWord(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        let safe = sanitized(text)
        guard Self.width(safe) > width else { return safe }
        var kept = ""
        for word in safe.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = kept.isEmpty ? String(word) : kept + " " + word
            // Room is left for the "…" that ends the cut.
            if Self.width(candidate) + 1 > width {
                if word.contains("/") {
                    let prefix = kept.isEmpty ? "…" : kept + " …"
                    let room = width - Self.width(prefix)
                    if room >= 8 { return prefix + tail(of: String(word), toWidth: room) }
                }
                break
            }
            kept = candidate
        }
        while let last = kept.last, last == " " || last == "," || last == ";" || last == ":" { kept.removeLast() }
        return kept.isEmpty ? truncated(safe, toWidth: width) : kept + "…"
    }

    /// The longest end of `text` that fits in `width` cells.
    private static func tail(of text: String, toWidth width: Int) -> String {
        var out = ""
        var used = 0
        for character in text.reversed() {
            let w = Self.width(of: character)
            if used + w > width { break }
            out.insert(character, at: out.startIndex)
            used += w
        }
        return out
    }

    /// `truncated`, then padded with spaces to exactly `width` cells.
    public static func fitted(_ text: String, toWidth width: Int) -> String {
        let cut = truncated(text, toWidth: width)
        let w = Self.width(cut)
        return w < width ? cut + String(repeating: " ", count: width - w) : cut
    }

    /// `wrapped`, in at most `maxLines` rows: when there is more, the last row is the rest
    /// cut at a word with "…" (`truncatedAtWord`: a path keeps its end), never inside a word
    /// that had room to end.
    public static func wrapped(_ text: String, toWidth width: Int, maxLines: Int) -> [String] {
        let rows = wrapped(text, toWidth: width)
        let limit = max(1, maxLines)
        guard rows.count > limit else { return rows }
        let rest = rows[(limit - 1)...].joined(separator: " ")
        return Array(rows.prefix(limit - 1)) + [truncatedAtWord(rest, toWidth: width)]
    }

    /// Splits text into lines of at most `width` cells, at spaces where possible.
    public static func wrapped(_ text: String, toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        let safe = sanitized(text)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var lastSpace: String.Index?
        for character in safe {
            let w = Self.width(of: character)
            if lineWidth + w > width && character == " " {
                // The space itself is where the line breaks.
                lines.append(line)
                line = ""
                lineWidth = 0
                lastSpace = nil
                continue
            }
            if lineWidth + w > width {
                if let space = lastSpace, space > line.startIndex {
                    let head = String(line[..<space])
                    let tail = String(line[line.index(after: space)...])
                    lines.append(head)
                    line = tail
                    lineWidth = Self.width(tail)
                } else {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                lastSpace = nil
            }
            if character == " " { lastSpace = line.endIndex }
            line.append(character)
            lineWidth += w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
