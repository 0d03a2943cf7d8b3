/// "1 person", "7 people", "91,837 people": counts of people, grouped the same way everywhere.
public struct PeopleCount: Sendable, Equatable {
    public var count: Int
    public init(_ count: Int) { self.count = count }
    public var text: String { count == 1 ? "1 person" : "\(NumberText.grouped(count)) people" }
}
