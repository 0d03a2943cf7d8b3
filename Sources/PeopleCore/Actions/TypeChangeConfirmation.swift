import DocSpaceAPI

/// The y/N confirmation of a type change, with the policy of every confirmation (tui-anchors
/// §3): only y confirms, Enter, Esc and n cancel, every other key — `T` included — is
/// swallowed; the targets are re-read before anything is sent.
public struct TypeChangeConfirmation: Sendable, Equatable {
    public var plan: TypeChangePlan
    public var portal: String

    public init(plan: TypeChangePlan, portal: String) {
        self.plan = plan; self.portal = portal
    }

    public func reply(to key: Key, table: KeyTable) -> Confirmation.Reply {
        switch table.binding(for: key, in: .confirmation)?.action {
        case .confirm: .confirm
        case .cancel: .cancel
        default: .swallow
        }
    }
}
