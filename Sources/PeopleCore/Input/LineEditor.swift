/// The text of a field and where its cursor is: the one editor behind every field (the search,
/// the command line, the forms, the sign-in, the typed confirmation, the file names), so each
/// edits like a shell line. A pure value: a key goes in, the text and cursor change.
///
/// The cursor counts grapheme clusters (Swift `Character`s), never bytes or scalars: `←` steps
/// over "山", "é" written as e plus a combining accent, or a family emoji joined by ZWJ, whole.
/// How wide each is on screen is the drawing's business (`TerminalUI`'s cell widths).
public struct LineEditor: Sendable, Equatable {
    /// The characters, one per grapheme cluster.
    public private(set) var characters: [Character]
    /// Where the next character goes: 0 before the first, `characters.count` after the last.
    public private(set) var cursor: Int
    /// Characters shown highlighted (the previous search when `/` opens): typing or a paste
    /// replaces them, Backspace and Delete remove them, any other key keeps them, deselects
    /// and then does what it does without a selection.
    public private(set) var selection: Range<Int>?
    /// The most characters the field holds: typing stops there, a paste is cut there.
    public let limit: Int

    public init(_ text: String = "", limit: Int = .max, selected: Bool = false) {
        self.limit = limit
        characters = Array(text.prefix(limit))
        cursor = characters.count
        selection = selected && !characters.isEmpty ? 0..<characters.count : nil
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }
    public var count: Int { characters.count }

    /// The characters before the cursor, for drawing.
    public var textBeforeCursor: String { String(characters[..<cursor]) }

    /// A key as it came from the keyboard, when the field's own keys (Enter, Esc, Tab…) did not
    /// take it: a line-editing key (`FieldKey.lineEditing`), a character to type, or a paste
    /// (already cleaned of control characters by the caller). Returns whether the text changed.
    @discardableResult
    public mutating func edit(_ key: Key) -> Bool {
        if case .paste(let pasted) = key { return insert(pasted) }
        if let fieldKey = FieldKey.lineEditing(key) { return apply(fieldKey) }
        if let character = key.typedCharacter { return insert(String(character)) }
        return false
    }

    /// A key in a field whose context's key table gave it `action`: a field key (Backspace,
    /// Ctrl-U) is applied, anything else edits as it came. Returns whether the text changed.
    @discardableResult
    public mutating func edit(_ key: Key, as action: UserAction?) -> Bool {
        if case .edit(let fieldKey) = action { return apply(fieldKey) }
        return edit(key)
    }

    /// Applies a field key; keys that are not about the text (Enter, Esc, Tab…) do nothing.
    /// Returns whether the text changed (a move of the cursor alone is not a change).
    @discardableResult
    public mutating func apply(_ key: FieldKey) -> Bool {
        if let selected = selection {
            selection = nil
            switch key {
            case .deleteBackward, .deleteForward:
                return remove(selected)
            // The rest act from the cursor (after the selection, where `/` leaves it): ← after
            // `/` steps into the previous search to edit it.
            case .cursorLeft, .cursorRight, .lineStart, .lineEnd, .wordBackward, .wordForward, .deleteWordBackward,
                .killToEnd,
                .clearField, .submit, .cancel, .complete, .nextField, .previousField, .nextChoice,
                .previousChoice, .send, .confirm, .olderEntry, .newerEntry:
                break
            }
        }
        switch key {
        case .cursorLeft:
            cursor = max(0, cursor - 1)
        case .cursorRight:
            cursor = min(characters.count, cursor + 1)
        case .lineStart:
            cursor = lineStart
        case .lineEnd:
            cursor = lineEnd
        case .wordBackward:
            cursor = wordStart(before: cursor)
        case .wordForward:
            cursor = wordEnd(after: cursor)
        case .deleteBackward:
            return cursor > 0 && remove((cursor - 1)..<cursor)
        case .deleteForward:
            return cursor < characters.count && remove(cursor..<(cursor + 1))
        case .deleteWordBackward:
            // Back to the previous blank, as the shell's Ctrl-W does: an address goes whole.
            var start = cursor
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            return remove(start..<cursor)
        case .killToEnd:
            return remove(cursor..<lineEnd)
        case .clearField:
            return remove(0..<characters.count)
        case .submit, .cancel, .complete, .nextField, .previousField, .nextChoice, .previousChoice, .send,
            .confirm, .olderEntry, .newerEntry:
            break
        }
        return false
    }

    /// Types or pastes text at the cursor, over the selection if there is one, as much of it
    /// as the limit leaves room for. Returns whether the text changed.
    @discardableResult
    public mutating func insert(_ typed: String) -> Bool {
        var changed = false
        if let selected = selection {
            selection = nil
            changed = remove(selected)
        }
        let room = limit - characters.count
        guard room > 0, !typed.isEmpty else { return changed }
        let before = String(characters[..<cursor]) + typed.prefix(room)
        let after = characters[cursor...]
        let joined = Array(before + String(after))
        // A combining mark typed after a letter joins it: the cursor stays after the cluster.
        cursor = min(joined.count, Array(before).count)
        characters = joined
        return true
    }

    private mutating func remove(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        characters.removeSubrange(range)
        cursor = range.lowerBound
        return true
    }

    /// The start of the cursor's line: the field's start, or just after the line break before
    /// the cursor in the invite list, which holds several lines.
    private var lineStart: Int {
        var index = cursor
        while index > 0, characters[index - 1] != "\n" { index -= 1 }
        return index
    }

    private var lineEnd: Int {
        var index = cursor
        while index < characters.count, characters[index] != "\n" { index += 1 }
        return index
    }

    /// Words for Alt-B/Alt-F are runs of letters and digits, as in readline: `.` and `@` stop
    /// them, so Alt-B walks back through "jane.smith@example.com" part by part.
    private func isWordCharacter(_ index: Int) -> Bool {
        characters[index].isLetter || characters[index].isNumber
    }

    private func wordStart(before position: Int) -> Int {
        var index = position
        while index > 0, !isWordCharacter(index - 1) { index -= 1 }
        while index > 0, isWordCharacter(index - 1) { index -= 1 }
        return index
    }

    private func wordEnd(after position: Int) -> Int {
        var index = position
        while index < characters.count, !isWordCharacter(index) { index += 1 }
        while index < characters.count, isWordCharacter(index) { index += 1 }
        return index
    }
}
