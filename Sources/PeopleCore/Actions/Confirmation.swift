import DocSpaceAPI

/// The open confirmation dialog of a change, and the policy every y/N question follows:
///
/// 1. the key that opened it never confirms, nor does a second press of it;
/// 2. Enter on a fresh dialog means No;
/// 3. it is modal: every key that is not yes or no is swallowed;
/// 4. keys typed ahead are flushed when it opens (the `.flushTypeAhead` effect);
/// 5. the targets are pinned by id and re-checked before the request;
/// 6. it says what will happen: the people, how many, the portal, the server call, and
///    marked people the current filter hides;
/// 7. deleting more than one person takes the typed word `DELETE`; any other change of more
///    than `ChangeKind.typedCountThreshold` people takes their number (`ChangeKind.typedAnswer`).
public struct Confirmation: Question {
    public var action: PendingAction
    /// Marked people the action leaves out, with the reason.
    public var skipped: [SkippedTarget]
    /// How many of the targets the current filter or search hides from the list.
    public var hiddenByFilter: Int
    public var portal: String
    /// What must be typed, or `nil` when `y` confirms.
    public var typedAnswer: TypedAnswer?
    /// A type change's plan: its raises and lowerings and who receives the rooms of those
    /// lowered. The action is then `setType` for the same people.
    public var typePlan: TypeChangePlan?

    public init(
        action: PendingAction, skipped: [SkippedTarget] = [], hiddenByFilter: Int = 0,
        portal: String
    ) {
        self.action = action
        self.skipped = skipped
        self.hiddenByFilter = hiddenByFilter
        self.portal = portal
        self.typedAnswer = action.kind.typedAnswer(count: action.targets.count)
    }

    /// The confirmation of a type change: the same question, rule and drawer as every change.
    public init(typeChange plan: TypeChangePlan, portal: String) {
        self.init(
            action: PendingAction(kind: .setType(plan.type), targets: plan.targets), skipped: plan.skipped,
            hiddenByFilter: plan.hiddenByFilter, portal: portal)
        typePlan = plan
    }

    /// The title line: "Terminate 1 person?", "Undo: re-activate 7 people?", with grouped
    /// digits ("Terminate 91,837 people?").
    public var title: String {
        let count = PeopleCount(action.targets.count).text
        if action.isUndo { return "Undo: re-activate \(count)?" }
        if let typePlan { return typePlan.title }
        return action.kind.question(count)
    }
}

/// A y/N question, with the one reply rule every confirmation follows:
///
/// 1. the key that opened it never confirms, nor does a second press of it;
/// 2. only `y` confirms — or, where a typed answer is asked, the typed word or number and
///    Enter; Enter on a fresh question means No, and Enter, Esc and `n` cancel;
/// 3. it is modal: every other key is swallowed;
/// 4. keys typed ahead are flushed when it opens (the `.flushTypeAhead` effect).
public protocol Question: Sendable, Equatable {
    /// What must be typed, or `nil` when `y` confirms.
    var typedAnswer: TypedAnswer? { get set }
}

extension Question {
    public var context: KeyContext { typedAnswer == nil ? .confirmation : .typedConfirmation }

    /// Applies the rule to one key; mutates only the typed field and its hint.
    public mutating func reply(to key: Key, table: KeyTable = .standard) -> Reply {
        guard var answer = typedAnswer else { return Reply.yesNo(key, table: table) }
        let reply = answer.reply(to: key, table: table)
        typedAnswer = answer
        return reply
    }
}

/// A question's answer to a key.
public enum Reply: Sendable, Equatable {
    case confirm
    case cancel
    /// Ignored: the question stays as it is.
    case swallow
    /// The typed field changed.
    case edit

    /// The rule without a typed answer: the confirm key (`y`) confirms, the cancel keys
    /// (Enter, Esc, `n`) cancel, anything else is swallowed. Quitting while a change runs,
    /// making the session read-write and throwing a form away ask this way too.
    public static func yesNo(_ key: Key, table: KeyTable = .standard, in context: KeyContext = .confirmation) -> Reply {
        switch table.binding(for: key, in: context)?.action {
        case .confirm: .confirm
        case .cancel: .cancel
        case nil, .some: .swallow
        }
    }
}
