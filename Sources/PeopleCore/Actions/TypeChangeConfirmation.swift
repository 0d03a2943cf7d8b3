import DocSpaceAPI

/// The confirmation of a type change, with the policy of every confirmation (`Question`):
/// only y confirms, Enter, Esc and n cancel, every other key — `T` included — is
/// swallowed; the targets are re-read before anything is sent. A change of more than
/// `ChangeKind.typedCountThreshold` people asks for their number, typed.
public struct TypeChangeConfirmation: Question {
    public var plan: TypeChangePlan
    public var portal: String
    /// The number to type, or `nil` when `y` confirms.
    public var typedAnswer: TypedAnswer?

    public init(plan: TypeChangePlan, portal: String) {
        self.plan = plan
        self.portal = portal
        self.typedAnswer = ChangeKind.setType(plan.type).typedAnswer(count: plan.targets.count)
    }
}
