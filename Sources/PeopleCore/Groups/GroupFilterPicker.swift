import DocSpaceAPI

/// The group filter's picker: type to narrow the portal's groups (the server's `filterValue`,
/// one page of them), ↑/↓ to choose, Enter to filter the People list by the choice.
///
/// Named for the filter: the picker of a group to add people to is another dialog.
public struct GroupFilterPicker: Sendable, Equatable {
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

    /// What is typed: the groups whose name contains it.
    public var field = LineEditor()
    /// The first page of groups matching `field`, as the server sent it.
    public private(set) var groups: [Group] = []
    /// How many groups match, when more than one page does.
    public private(set) var total: Int?
    public var cursor = 0
    /// The request for the groups now on its way.
    var request: RequestID?
    /// The groups could not be loaded: why.
    public var problem: String?

    public init(text: String = "") { field = LineEditor(text) }

    /// The lines on offer: with nothing typed, "all" and "without a group" come first.
    public var choices: [Choice] {
        let fixed: [Choice] = field.text.isEmpty ? [.everyGroup, .withoutGroup] : []
        return fixed + groups.map(Choice.group)
    }

    public var isLoading: Bool { request != nil }

    /// The groups the server matched that one page does not show.
    public var moreCount: Int { max(0, (total ?? 0) - groups.count) }

    var chosen: Choice? {
        let all = choices
        return all.indices.contains(cursor) ? all[cursor] : nil
    }

    /// The one request the picker makes for what is typed: its first page.
    var query: GroupQuery {
        let text = field.text.trimmingCharacters(in: .whitespaces)
        return GroupQuery(text: text.isEmpty ? nil : text, count: GroupQuery.maxCount)
    }

    mutating func show(_ page: GroupPage) {
        groups = page.groups
        total = page.total
        problem = nil
        cursor = min(cursor, max(0, choices.count - 1))
    }

    mutating func move(by step: Int) {
        let count = choices.count
        guard count > 0 else { return }
        cursor = min(max(0, cursor + step), count - 1)
    }
}
