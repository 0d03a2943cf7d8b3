import DocSpaceAPI

/// The open confirmation dialog and its policy (tui-anchors.md §3):
///
/// 1. the key that opened it never confirms, nor does a second press of it;
/// 2. Enter on a fresh dialog means No;
/// 3. it is modal: every key that is not yes or no is swallowed;
/// 4. keys typed ahead are flushed when it opens (the `.flushTypeAhead` effect);
/// 5. the targets are pinned by id and re-checked before the request;
/// 6. it says what will happen: the people, how many, the portal, the server call, and
///    marked people the current filter hides;
/// 7. deleting more than one person takes the typed word `DELETE`; terminating or
///    re-activating (an undo too) more than `typedCountThreshold` people takes their number.
public struct Confirmation: Sendable, Equatable {
    public var action: PendingAction
    /// Marked people the action leaves out, with the reason.
    public var skipped: [SkippedTarget]
    /// How many of the targets the current filter or search hides from the list.
    public var hiddenByFilter: Int
    public var portal: String
    /// What must be typed, or `nil` when `y` confirms.
    public var typedAnswer: TypedAnswer?

    /// The word to type before a delete of several people.
    public static let deleteWord = "DELETE"
    /// Above this many people a terminate, re-activation or type change asks for the number
    /// of people to be typed: one `y` must not reach a whole portal. Twenty is the largest
    /// group an admin can still read name by name in the dialog.
    public static let typedCountThreshold = 20

    public init(
        action: PendingAction, skipped: [SkippedTarget] = [], hiddenByFilter: Int = 0,
        portal: String
    ) {
        self.action = action
        self.skipped = skipped
        self.hiddenByFilter = hiddenByFilter
        self.portal = portal
        self.typedAnswer = Self.typedAnswer(for: action)
    }

    /// What a change of these people must have typed: `DELETE` for a delete of several (it
    /// cannot be undone), the number for anything of more than `typedCountThreshold`.
    public static func typedAnswer(for action: PendingAction) -> TypedAnswer? {
        let n = action.targets.count
        switch action.kind {
        case .delete: return n > 1 ? TypedAnswer(word: deleteWord) : nil
        case .terminate, .reactivate: return typedAnswer(count: n)
        }
    }

    /// The number of people to type, for a change of more than `typedCountThreshold`.
    public static func typedAnswer(count: Int) -> TypedAnswer? {
        count > typedCountThreshold ? TypedAnswer(count: count) : nil
    }

    public var context: KeyContext { typedAnswer == nil ? .confirmation : .typedConfirmation }

    /// The dialog's answer to a key.
    public enum Reply: Sendable, Equatable {
        case confirm
        case cancel
        /// Ignored: the dialog stays as it is.
        case swallow
        /// The typed field changed.
        case edit
    }

    /// Applies the policy to one key; mutates only the typed field and hint.
    public mutating func reply(to key: Key, table: KeyTable = .standard) -> Reply {
        guard var answer = typedAnswer else {
            switch table.binding(for: key, in: .confirmation)?.action {
            case .confirm: return .confirm
            case .cancel: return .cancel
            default: return .swallow
            }
        }
        let reply = answer.reply(to: key, table: table)
        typedAnswer = answer
        return reply
    }

    /// The title line: "Terminate 1 person?", "Undo: re-activate 7 people?", with grouped
    /// digits ("Terminate 91,837 people?").
    public var title: String {
        let count = PeopleCount(action.targets.count).text
        if action.isUndo { return "Undo: re-activate \(count)?" }
        return "\(action.kind.verb) \(count)?"
    }
}
