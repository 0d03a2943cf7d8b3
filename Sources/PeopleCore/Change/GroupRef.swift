import DocSpaceAPI

/// The group a change of membership is about: its id for the request and its name for the
/// words ("Add 3 people to Sales?").
public struct GroupRef: Sendable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    public init(_ group: Group) {
        self.init(id: group.id, name: group.name)
    }
}
