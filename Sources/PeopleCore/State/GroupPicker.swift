import DocSpaceAPI

/// A small picker of one of the portal's groups: type to filter by name, ↑/↓, Enter. The
/// groups arrive after it opens (`GET group`, every page); until then, or when listing
/// failed, it says so. What the choice is for is `Purpose`, so other flows can reuse it.
public struct GroupPicker: Sendable, Equatable {
    /// What happens once a group is chosen.
    public enum Purpose: Sendable, Equatable {
        /// The confirmation of adding these people to it.
        case addTo([Person])
        /// The confirmation of removing these people from it.
        case removeFrom([Person])
    }

    public var purpose: Purpose
    /// Every group of the portal, sorted by name.
    public private(set) var groups: [Group] = []
    public var filter = LineEditor(limit: GroupChange.maxNameLength)
    /// A position in `visible`.
    public private(set) var cursor = 0
    public var isLoading = true
    /// Why the list is empty when listing failed.
    public var problem: String?

    public init(purpose: Purpose) {
        self.purpose = purpose
    }

    /// "Add 3 people to which group?"
    public var title: String {
        switch purpose {
        case .addTo(let people): "Add \(Self.who(people)) to which group?"
        case .removeFrom(let people): "Remove \(Self.who(people)) from which group?"
        }
    }

    private static func who(_ people: [Person]) -> String {
        people.count == 1 ? people[0].displayName : PeopleCount(people.count).text
    }

    /// The groups whose name holds every word typed, in any case and without accents.
    public var visible: [Group] {
        let words = SearchKey.fold(filter.text).split(separator: " ")
        guard !words.isEmpty else { return groups }
        return groups.filter { group in
            let name = SearchKey.fold(group.name)
            return words.allSatisfy { name.contains($0) }
        }
    }

    public var chosen: Group? {
        let shown = visible
        return shown.indices.contains(cursor) ? shown[cursor] : nil
    }

    /// The portal's groups have arrived.
    public mutating func load(_ groups: [Group]) {
        self.groups = groups.sorted { $0.name.lowercased() < $1.name.lowercased() }
        isLoading = false
        cursor = 0
    }

    public mutating func move(_ step: Int) {
        cursor = min(max(0, cursor + step), max(0, visible.count - 1))
    }

    /// The filter changed: back to the first group it shows.
    public mutating func filterChanged() {
        cursor = 0
    }
}
