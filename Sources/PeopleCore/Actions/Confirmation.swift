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
/// 7. deleting more than one person takes a typed word.
public struct Confirmation: Sendable, Equatable {
    public var action: PendingAction
    /// Marked people the action leaves out, with the reason.
    public var skipped: [SkippedTarget]
    /// How many of the targets the current filter or search hides from the list.
    public var hiddenByFilter: Int
    public var portal: String
    /// The word to type, or `nil` when `y` confirms.
    public var requiredWord: String?
    /// What has been typed so far (typed confirmations only).
    public var typed: String = ""
    /// A nudge shown after a wrong Enter.
    public var hint: String?

    /// The word a typed confirmation asks for.
    public static let deleteWord = "DELETE"

    public init(action: PendingAction, skipped: [SkippedTarget] = [], hiddenByFilter: Int = 0,
                portal: String) {
        self.action = action
        self.skipped = skipped
        self.hiddenByFilter = hiddenByFilter
        self.portal = portal
        self.requiredWord = Self.requiresTypedWord(action) ? Self.deleteWord : nil
    }

    /// Irreversible and bulk: deleting more than one person must be typed out.
    public static func requiresTypedWord(_ action: PendingAction) -> Bool {
        action.kind == .delete && action.targets.count > 1
    }

    public var context: KeyContext { requiredWord == nil ? .confirmation : .typedConfirmation }

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
        let binding = table.binding(for: key, in: context)
        guard let word = requiredWord else {
            switch binding?.action {
            case .confirm: return .confirm
            case .cancel: return .cancel
            default: return .swallow
            }
        }
        switch binding?.action {
        case .cancel:
            return .cancel
        case .submit:
            if typed == word { return .confirm }
            if typed.isEmpty { return .cancel }
            hint = "type \(word) exactly, or Esc to cancel"
            return .swallow
        case .deleteBackward:
            if typed.isEmpty { return .swallow }
            typed.removeLast()
            hint = nil
            return .edit
        case .clearField:
            if typed.isEmpty { return .swallow }
            typed = ""
            hint = nil
            return .edit
        default:
            guard let c = key.typedCharacter, typed.count < 32 else { return .swallow }
            typed.append(c)
            hint = nil
            return .edit
        }
    }

    /// The title line: "Terminate 1 person?"
    public var title: String {
        let n = action.targets.count
        return "\(action.kind.verb) \(n) \(n == 1 ? "person" : "people")?"
    }
}
