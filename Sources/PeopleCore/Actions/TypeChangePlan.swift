import DocSpaceAPI

/// A type change with its targets pinned when the type was chosen: who goes through the
/// synchronous upgrade route, who through the asynchronous demotion, who is left out and why,
/// and who receives the rooms of those demoted.
public struct TypeChangePlan: Sendable, Equatable {
    public var type: EmployeeType
    /// Sent with `PUT people/type/{type}`, in batches of at most 100.
    public var upgrades: [Person]
    /// Sent one by one with `POST people/type`, each followed until its task completes.
    public var demotions: [Person]
    public var skipped: [SkippedTarget]
    /// Who receives the rooms and files of the people demoted; `nil` until chosen.
    public var receiver: Person?
    /// How many of the targets the current filter or search hides.
    public var hiddenByFilter: Int

    public init(type: EmployeeType, targets: [Person], me: Person, hiddenByFilter: Int = 0) {
        self.type = type
        self.upgrades = []
        self.demotions = []
        self.skipped = []
        self.hiddenByFilter = hiddenByFilter
        for person in targets {
            switch TypeRules.verdict(person, to: type, me: me) {
            case .upgrade: upgrades.append(person)
            case .demotion: demotions.append(person)
            case .refused(let reason): skipped.append(SkippedTarget(person: person, reason: reason))
            }
        }
    }

    /// Everyone the change is sent for, upgrades first (the order they are sent in).
    public var targets: [Person] { upgrades + demotions }

    /// The request(s), in the server's words, for the dialog and the audit log.
    public var upgradeCall: String { "PUT /api/2.0/people/type/\(type.rawValue)" }
    public static let demotionCall = "POST /api/2.0/people/type"

    /// "Change the type of 3 people to Room admin?"
    public var title: String {
        let n = targets.count
        return "Change \(PeopleCount(n).text) to \(type.displayName)?"
    }
}
