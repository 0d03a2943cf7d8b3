import DocSpaceAPI

/// An invitation on its way: the addresses sent, as what, and the results already known
/// from the look-ups (members left out, disabled people refused).
public struct InvitePlan: Sendable, Equatable {
    public var type: EmployeeType
    public var sent: [String]
    public var known: [AddressResult]
    /// Every address as typed, for the results' order.
    public var order: [String]

    public init(type: EmployeeType, sent: [String], known: [AddressResult], order: [String]) {
        self.type = type
        self.sent = sent
        self.known = known
        self.order = order
    }

    public static let serverCall = "POST /api/2.0/people/invite"

    /// Results in the order the addresses were typed.
    func inOrder(_ results: [AddressResult]) -> [AddressResult] {
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return results.enumerated().sorted {
            (rank[$0.element.email] ?? .max, $0.offset) < (rank[$1.element.email] ?? .max, $1.offset)
        }.map(\.element)
    }
}
