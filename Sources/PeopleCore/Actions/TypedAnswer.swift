/// What a typed confirmation asks for and what has been typed: `DELETE` for a delete of
/// several people, the number of people for a terminate, re-activation or type change of more
/// than `ChangeKind.typedCountThreshold`. `y` alone cannot confirm it; Enter confirms only
/// when the field holds the answer exactly (an empty field cancels).
public struct TypedAnswer: Sendable, Equatable {
    /// What must be typed: "DELETE", or the count's digits ("91837").
    public var expected: String
    /// How the dialog writes it: "DELETE", "91,837".
    public var shown: String
    /// The field: what has been typed and the cursor.
    public var line = LineEditor(limit: 32)
    /// What has been typed; setting it puts the cursor at its end.
    public var typed: String {
        get { line.text }
        set { line = LineEditor(newValue, limit: line.limit) }
    }
    /// A nudge shown after a wrong Enter.
    public var hint: String?

    public init(word: String) {
        expected = word
        shown = word
    }

    /// The number of people, written with grouped digits; typed with or without the commas.
    public init(count: Int) {
        expected = String(count)
        shown = NumberText.grouped(count)
    }

    /// Whether the field holds the answer: the grouping commas of a number do not count.
    public var isAnswered: Bool {
        let isNumber = !expected.isEmpty && expected.allSatisfy(\.isNumber)
        return (isNumber ? typed.filter { $0 != "," } : typed) == expected
    }

    /// The policy for one key of the typed-confirmation context.
    public mutating func reply(to key: Key, table: KeyTable) -> Reply {
        switch table.binding(for: key, in: .typedConfirmation)?.action {
        case .cancel:
            return .cancel
        case .submit:
            if isAnswered { return .confirm }
            if typed.isEmpty { return .cancel }
            hint = "type \(shown) exactly, or Esc to cancel"
            return .swallow
        case .edit(let fieldKey):
            guard line.apply(fieldKey) else { return .swallow }
            hint = nil
            return .edit
        default:
            guard line.edit(key) else { return .swallow }
            hint = nil
            return .edit
        }
    }
}
