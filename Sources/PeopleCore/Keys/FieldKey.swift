/// The keys of a text field, a form or a question, apart from the commands (`UserAction`'s
/// other cases): they edit the field or answer the question on screen. They have no name on
/// the `:` command line, no danger of their own and no availability: the form or question
/// they answer carries those (a confirmation's danger is the change it confirms).
public enum FieldKey: Sendable, Hashable, CaseIterable {
    /// Enter: ends the field (runs the search, the command; a line break in a list of addresses).
    case submit
    /// Esc: leaves the field or answers No.
    case cancel
    /// Backspace: the character before the cursor (or the selection).
    case deleteBackward
    /// Ctrl-U: the whole field.
    case clearField
    /// The keys that edit a line like a shell (`lineEditing`): the cursor by a character, to
    /// the line's start or end, by a word; Delete, Ctrl-W (the word before the cursor), Ctrl-K
    /// (the rest of the line).
    case cursorLeft, cursorRight, lineStart, lineEnd, wordBackward, wordForward
    case deleteForward, deleteWordBackward, killToEnd
    /// ↑/↓ in the search: an earlier search of this session, or back towards the newest.
    case olderEntry, newerEntry
    /// Tab on the command line: completes the name.
    case complete
    case nextField, previousField
    /// ←/→ on a choice (a type in a form).
    case nextChoice, previousChoice
    /// Ctrl-S: sends a form.
    case send
    /// `y`: answers Yes to a question.
    case confirm
}

// The field keys by their own names, so that the key table and the dialogs read `.submit`
// rather than `.edit(.submit)`; in a switch they match as values.
extension UserAction {
    public static let submit = UserAction.edit(.submit)
    public static let cancel = UserAction.edit(.cancel)
    public static let deleteBackward = UserAction.edit(.deleteBackward)
    public static let clearField = UserAction.edit(.clearField)
    public static let complete = UserAction.edit(.complete)
    public static let nextField = UserAction.edit(.nextField)
    public static let previousField = UserAction.edit(.previousField)
    public static let nextChoice = UserAction.edit(.nextChoice)
    public static let previousChoice = UserAction.edit(.previousChoice)
    public static let send = UserAction.edit(.send)
    public static let confirm = UserAction.edit(.confirm)
    public static let olderEntry = UserAction.edit(.olderEntry)
    public static let newerEntry = UserAction.edit(.newerEntry)
}

extension FieldKey {
    /// The keys every text field edits with, whatever its context in the key table: a field's
    /// own binding for the same key wins (← and → choose the type on a form's type row).
    /// Kept here rather than as rows of each field's context, so that every field has all of
    /// them and keymap.md lists them once. Ctrl-U keeps its meaning in the fields (clear).
    public static let lineEditingKeys: [(keys: [Key], key: FieldKey, help: String)] = [
        ([.left], .cursorLeft, "Move the cursor one character left"),
        ([.right], .cursorRight, "Move the cursor one character right"),
        ([.home, .control("a")], .lineStart, "To the start of the line"),
        ([.end, .control("e")], .lineEnd, "To the end of the line"),
        ([.alt(.char("b"))], .wordBackward, "Back one word (letters and digits: `.` and `@` stop it)"),
        ([.alt(.char("f"))], .wordForward, "Forward one word"),
        ([.delete], .deleteForward, "Delete the character under the cursor"),
        ([.control("w")], .deleteWordBackward, "Delete back to the previous space (a whole address)"),
        ([.control("k")], .killToEnd, "Delete from the cursor to the end of the line"),
    ]

    /// The heading of these keys in keymap.md and the help overlay.
    public static let lineEditingTitle =
        "Every text field (search, command line, forms, sign-in, typed answer, file names)"

    /// The line-editing key a key press is, if any.
    public static func lineEditing(_ key: Key) -> FieldKey? {
        lineEditingKeys.first { $0.keys.contains(key) }?.key
    }
}
