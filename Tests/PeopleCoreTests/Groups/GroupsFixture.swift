import DocSpaceAPI

@testable import PeopleCore

/// A small portal with groups: Sales (Ann, Ben), Engineering (Ben, Cid), Support (nobody
/// listed), and Dee in no group; or many numbered groups for paging.
enum GroupsFixture {
    static let sales = PersonGroup(id: "g-sales", name: "Sales")
    static let engineering = PersonGroup(id: "g-eng", name: "Engineering")

    static let people: [Person] = [
        member(1, "Ann Archer", [sales]),
        member(2, "Ben Baker", [sales, engineering]),
        member(3, "Cid Cooper", [engineering]),
        member(4, "Dee Dalton", []),
    ]

    static let groups: [Group] = [
        Group(id: "g-sales", name: "Sales", head: people[0], memberCount: 2),
        Group(id: "g-eng", name: "Engineering", head: people[2], memberCount: 2),
        Group(id: "g-support", name: "Support", memberCount: 0),
    ]

    static func member(_ n: Int, _ name: String, _ groups: [PersonGroup]) -> Person {
        var person = People.person(n, name: name)
        person.groups = groups
        return person
    }

    /// "Group 001" … with `count` groups, for paging.
    static func numbered(_ count: Int) -> [Group] {
        (1...count).map { Group(id: "g-\($0)", name: "Group \(String(format: "%03d", $0))", memberCount: $0 % 7) }
    }

    static func groupQueries(_ effects: [Effect]) -> [GroupQuery] {
        Harness.requests(effects).compactMap { if case .loadGroups(let q) = $0 { q } else { nil } }
    }
}
