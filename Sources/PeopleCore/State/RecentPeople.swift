import DocSpaceAPI

/// Full copies of the people loaded or refreshed last, a few pages' worth: the rows around the
/// cursor, and the detail pane until its own fresh copy arrives, show everything the server
/// said while the rest of a big listing is kept as compact rows (`PersonRow`).
struct RecentPeople: Sendable, Equatable {
    let capacity: Int
    private var people: [String: Person] = [:]
    /// Ids, oldest first.
    private var order: [String] = []

    init(capacity: Int) {
        self.capacity = capacity
    }

    subscript(id: String) -> Person? { people[id] }

    /// Keeps a person as the newest; the oldest beyond the capacity are forgotten.
    mutating func add(_ person: Person) {
        if people.updateValue(person, forKey: person.id) != nil {
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
}
