/// The keys of a text field, a form or a question, apart from the commands (`UserAction`'s
/// other cases): they edit the field or answer the question on screen. They have no name on
/// the `:` command line, no danger of their own and no availability: the form or question
/// they answer carries those (a confirmation's danger is the change it confirms).
public enum FieldKey: Sendable, Hashable, CaseIterable {
    /// Enter: ends the field (runs the search, the command; a line break in a list of addresses).
    case submit
    /// Esc: leaves the field or answers No.
    case cancel
    case deleteBackward, clearField
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
}
