import DocSpaceAPI

/// Full copies of the people loaded or refreshed last, a few pages' worth: the rows around the
/// cursor, and the detail pane until its own fresh copy arrives, show everything the server
/// said while the rest of a big listing is kept as compact rows (`PersonRow`).
///
/// Each copy sits in a box: when the state has been copied (the terminal loop keeps the state
/// it drew) and then changes, copying the table retains one box per person, not the dozen
/// strings and arrays inside each `Person`.
struct RecentPeople: Sendable, Equatable {
    private final class Box: Sendable {
        let person: Person
        init(_ person: Person) { self.person = person }
    }

    let capacity: Int
    private var people: [String: Box] = [:]
    /// Ids, oldest first.
    private var order: [String] = []

    init(capacity: Int) {
        self.capacity = capacity
    }

    subscript(id: String) -> Person? { people[id]?.person }

    /// Keeps a person as the newest; the oldest beyond the capacity are forgotten.
    mutating func add(_ person: Person) {
        if people.updateValue(Box(person), forKey: person.id) != nil {
            if order.last != person.id {
                order.removeAll { $0 == person.id }
                order.append(person.id)
            }
        } else {
            order.append(person.id)
        }
        if order.count > capacity {
            let overflow = order.count - capacity
            for id in order.prefix(overflow) { people[id] = nil }
            order.removeFirst(overflow)
        }
    }

    mutating func remove(id: String) {
        guard people.removeValue(forKey: id) != nil else { return }
        order.removeAll { $0 == id }
    }

    static func == (a: RecentPeople, b: RecentPeople) -> Bool {
        a.capacity == b.capacity && a.order == b.order
            && a.people.allSatisfy { id, box in b.people[id].map { $0 === box || $0.person == box.person } ?? false }
    }
}
