import DocSpaceAPI

/// The confirmation of a type change, with the policy of every confirmation (tui-anchors
/// §3): only y confirms, Enter, Esc and n cancel, every other key — `T` included — is
/// swallowed; the targets are re-read before anything is sent. A change of more than
/// `Confirmation.typedCountThreshold` people asks for their number, typed.
public struct TypeChangeConfirmation: Sendable, Equatable {
    public var plan: TypeChangePlan
    public var portal: String
    /// The number to type, or `nil` when `y` confirms.
    public var typedAnswer: TypedAnswer?

    public init(plan: TypeChangePlan, portal: String) {
        self.plan = plan
        self.portal = portal
        self.typedAnswer = Confirmation.typedAnswer(count: plan.targets.count)
    }

    public var context: KeyContext { typedAnswer == nil ? .confirmation : .typedConfirmation }

    public mutating func reply(to key: Key, table: KeyTable) -> Confirmation.Reply {
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
}
