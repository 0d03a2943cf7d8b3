/// The rooms a person holds: those they own, and those they are only a member of.
public struct PersonRooms: Sendable, Hashable {
    public var owned: [Room]
    /// Rooms shared with the person that someone else owns.
    public var memberOf: [Room]

    public init(owned: [Room], memberOf: [Room]) {
        self.owned = owned
        self.memberOf = memberOf
    }
}
