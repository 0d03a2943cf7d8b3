import DocSpaceAPI

/// The rooms the people of a terminate, delete or demotion confirmation own, so the hand-over
/// decision is made with the facts on screen.
///
/// The rule: when the confirmation opens, the rooms of the first `peopleChecked` people in
/// question are read (one request each, the count and the first `titlesShown` titles); the
/// others are said to be not checked. The question never waits for it: until the answer comes
/// the dialog says "checking rooms…", and y/N answers as always.
public struct ConfirmationRooms: Sendable, Equatable {
    public static let peopleChecked = 5
    public static let titlesShown = 3

    /// The people checked, in the order of the question.
    public var people: [Person]
    /// How many people in question are beyond `peopleChecked`, not checked.
    public var unchecked: Int
    /// `nil` while checking.
    public var answers: [OwnedRooms]?
    var request: RequestID?
    /// The question these rooms were read for: another question never shows them.
    var question: PendingAction?

    public init(people: [Person], unchecked: Int, answers: [OwnedRooms]? = nil) {
        self.people = people
        self.unchecked = unchecked
        self.answers = answers
    }

    /// The people of `targets` to check, and how many are left unchecked.
    public init(checking targets: [Person]) {
        self.init(
            people: Array(targets.prefix(Self.peopleChecked)), unchecked: max(0, targets.count - Self.peopleChecked))
    }

    /// What the confirmation says about rooms, one line each.
    public var lines: [String] {
        guard let answers else { return ["Rooms: checking rooms…"] }
        var lines: [String] = []
        var withoutRooms = 0
        for person in people {
            guard let answer = answers.first(where: { $0.id == person.id }) else { continue }
            switch answer {
            case .known(_, let total, let first) where total > 0:
                let titles = first.prefix(Self.titlesShown).map(\.title)
                let more = total > titles.count ? " and \(total - titles.count) more" : ""
                lines.append(
                    "\(person.displayName) owns \(total) room\(total == 1 ? "" : "s"): \(titles.joined(separator: ", "))\(more)"
                )
            case .known:
                withoutRooms += 1
            case .failed(_, let error):
                lines.append("\(person.displayName): rooms not known (\(ErrorText.explain(error)))")
            }
        }
        if withoutRooms > 0 {
            lines.append(
                lines.isEmpty
                    ? (people.count == 1 ? "\(people[0].displayName) owns no rooms." : "None of them owns rooms.")
                    : "\(withoutRooms) other\(withoutRooms == 1 ? "" : "s") own no rooms.")
        }
        if unchecked > 0 {
            lines.append(
                "Rooms of the other \(NumberText.grouped(unchecked)) not checked (the first \(Self.peopleChecked) are)."
            )
        }
        return lines
    }
}
