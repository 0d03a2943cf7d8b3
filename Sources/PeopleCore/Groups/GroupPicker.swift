import DocSpaceAPI

/// The one picker of one of the portal's groups: type to narrow them (the server's
/// `filterValue`, one page per change of what is typed, so a portal of thousands of groups
/// costs one request per change), ↑/↓ to choose, Enter. What the choice is for is `Purpose`:
/// the group filter (`M`, `:group`), or the confirmation of adding people to the group or
/// removing them from it (`>`, `<`).
public struct GroupPicker: Sendable, Equatable {
    /// What happens once a group is chosen.
    public enum Purpose: Sendable, Equatable {
        /// The People list is filtered by it.
        case filter
        /// The confirmation of adding these people to it (pinned when the picker opened).
        case addTo([Person])
        /// The confirmation of removing these people from it.
        case removeFrom([Person])
    }

    /// One line of the picker.
    public enum Choice: Sendable, Equatable {
        /// Every group: the filter goes.
        case everyGroup
        case withoutGroup
        case group(Group)

        public var label: String {
            switch self {
            case .everyGroup: "All groups (no group filter)"
            case .withoutGroup: "Without a group"
            case .group(let group): group.name
            }
        }
    }

    public let purpose: Purpose
    /// What is typed: the groups whose name contains it.
    public var field = LineEditor(limit: GroupChange.maxNameLength)
    /// The first page of groups matching `field`, as the server sent it.
    public private(set) var groups: [Group] = []
    /// How many groups match, when more than one page does.
    public private(set) var total: Int?
    public var cursor = 0
    /// The request for the groups now on its way.
    var request: RequestID?
    /// The groups could not be loaded: why.
    public var problem: String?

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        field = LineEditor(text, limit: GroupChange.maxNameLength)
    }

    /// "Add 3 people to which group?", "Filter by group".
    public var title: String {
        switch purpose {
        case .filter: "Filter by group"
        case .addTo(let people): "Add \(Self.who(people)) to which group?"
        case .removeFrom(let people): "Remove \(Self.who(people)) from which group?"
        }
    }

    private static func who(_ people: [Person]) -> String {
        people.count == 1 ? people[0].displayName : PeopleCount(people.count).text
    }

    /// The lines on offer. Only the filter has lines that are not a group ("all", "without a
    /// group"), first while nothing is typed: nobody is added to "without a group".
    public var choices: [Choice] {
        let fixed: [Choice] = purpose == .filter && field.text.isEmpty ? [.everyGroup, .withoutGroup] : []
        return fixed + groups.map(Choice.group)
    }

    public var isLoading: Bool { request != nil }

    /// The groups the server matched that one page does not show.
    public var moreCount: Int { max(0, (total ?? 0) - groups.count) }

    public var chosen: Choice? {
        let all = choices
        return all.indices.contains(cursor) ? all[cursor] : nil
    }

    /// The one request the picker makes for what is typed: its first page.
    var query: GroupQuery {
        let text = field.text.trimmingCharacters(in: .whitespaces)
        return GroupQuery(text: text.isEmpty ? nil : text, count: GroupQuery.maxCount)
    }

    /// The page for what is typed has arrived.
    mutating func show(_ page: GroupPage) {
        groups = page.groups
        total = page.total
        problem = nil
        cursor = min(cursor, max(0, choices.count - 1))
    }

    public mutating func move(by step: Int) {
        let count = choices.count
        guard count > 0 else { return }
        cursor = min(max(0, cursor + step), count - 1)
    }
}
