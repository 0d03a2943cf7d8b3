import DocSpaceAPI

/// Invitations on their way again: the people sent, and the results known before sending.
public struct ResendPlan: Sendable, Equatable {
    public var targets: [Person]
    public var known: [AddressResult]
    public init(targets: [Person], known: [AddressResult]) {
        self.targets = targets
        self.known = known
    }
}
