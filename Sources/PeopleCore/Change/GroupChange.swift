import DocSpaceAPI

/// A change of a group itself — create, rename, set the head, move every member, delete —
/// described once: its words, the rule checked before sending, the request in the server's
/// words and how its outcome is proven (the group read back).
///
/// Why a sibling of `ChangeKind` and not more of its cases: a `ChangeKind` is a change of
/// *people*, in batches of up to 100, with a rule per person (`refusal(for:me:)`), a re-read
/// per person and a row per person. These target one group with one request; every person
/// rule, batch size and per-person proof of `ChangeKind` would mean nothing for them, and each
/// of its switches would grow cases that only say so. They share the outcome words
/// (`TargetOutcome`: done / skipped / failed / not sent) and the audit line (`AuditEntry`,
/// one target: the group) instead. Adding people to a group and taking them out *are* changes
/// of people: those are `ChangeKind.addToGroup` and `.removeFromGroup`.
public enum GroupChange: Sendable, Hashable {
    /// `POST group`: the name, the head and the first members (the head joins too).
    case create(name: String, head: Person?, members: [Person])
    case rename(GroupRef, to: String)
    /// `PUT group/{id}/manager`: the head becomes a member too.
    case setHead(GroupRef, Person)
    /// `PUT group/{fromId}/members/{toId}`: every listed member of `from` joins `to` and
    /// leaves `from`.
    case move(from: GroupRef, to: GroupRef)
    /// `DELETE group/{id}`: the group goes, its people stay.
    case delete(GroupRef)

    /// The longest name the server takes (`[StringLength(128)]`, UTF-16 units).
    public static let maxNameLength = 128

    // MARK: Words

    /// The word of the audit log and the command line's summary.
    public var auditWord: String {
        switch self {
        case .create: "group-create"
        case .rename: "group-rename"
        case .setHead: "group-set-head"
        case .move: "group-move"
        case .delete: "group-delete"
        }
    }

    /// The group as the rows and the audit line name it before it exists or is found.
    public var groupName: String {
        switch self {
        case .create(let name, _, _): name
        case .rename(let group, _), .setHead(let group, _), .delete(let group): group.name
        case .move(let from, _): from.name
        }
    }

    /// The group's id, once there is one.
    public var groupID: String? {
        switch self {
        case .create: nil
        case .rename(let group, _), .setHead(let group, _), .delete(let group): group.id
        case .move(let from, _): from.id
        }
    }

    /// What it does, as "would …" of a dry run and the question before a delete.
    public var description: String {
        switch self {
        case .create(let name, let head, let members):
            "create the group \(name)"
                + (head.map { " headed by \($0.displayName)" } ?? "")
                + (members.isEmpty ? "" : " with \(PeopleCount(members.count).text)")
        case .rename(let group, let name): "rename \(group.name) to \(name)"
        case .setHead(let group, let person): "make \(person.displayName) the head of \(group.name)"
        case .move(let from, let to): "move every member of \(from.name) to \(to.name)"
        case .delete(let group): "delete the group \(group.name) (its people stay)"
        }
    }

    /// What happens, in one sentence, before it is confirmed.
    public var consequence: String {
        switch self {
        case .create: "Creates a new group; the head becomes a member too."
        case .rename: "Changes the group's name; its members and head stay."
        case .setHead: "Makes them the group's head and a member of it."
        case .move(let from, let to):
            "Every active and pending member of \(from.name) joins \(to.name) (guests are not added) and leaves \(from.name); disabled members stay."
        case .delete:
            "Deletes the group. This cannot be undone. Its people stay in the portal and in their other groups."
        }
    }

    /// The request, in the server's words.
    public var serverCall: String {
        switch self {
        case .create: "POST /api/2.0/group"
        case .rename(let group, _): "PUT /api/2.0/group/\(group.id)"
        case .setHead(let group, _): "PUT /api/2.0/group/\(group.id)/manager"
        case .move(let from, let to): "PUT /api/2.0/group/\(from.id)/members/\(to.id)"
        case .delete(let group): "DELETE /api/2.0/group/\(group.id)"
        }
    }

    /// Needs the typed confirmation: a deleted group cannot be brought back.
    public var isIrreversible: Bool {
        switch self {
        case .delete: true
        case .create, .rename, .setHead, .move: false
        }
    }

    // MARK: Who it applies to

    /// `nil` when the change may be sent; otherwise why not, decided before sending where the
    /// server's rule is known: it refuses a whole create when the head or a member is disabled
    /// or a guest (400 "The user could not be found"), skips such a head without a word,
    /// takes an empty name on a rename (`[StringLength(128)]` only: this tool refuses it, a
    /// group without a name cannot be told apart), and groups are changed by DocSpace admins.
    public func refusal(me: Person) -> String? {
        if me.type != .docSpaceAdmin && !me.isOwner { return "DocSpace admins only" }
        switch self {
        case .create(let name, let head, let members):
            if let problem = Self.nameProblem(name) { return problem }
            for person in [head].compactMap({ $0 }) + members {
                if let why = Self.mayNotJoin(person) { return "\(person.displayName): \(why)" }
            }
        case .rename(_, let name):
            if let problem = Self.nameProblem(name) { return problem }
        case .setHead(_, let person):
            if let why = Self.mayNotJoin(person) { return "\(person.displayName): \(why)" }
        case .move(let from, let to):
            if from.id.lowercased() == to.id.lowercased() { return "the same group twice" }
        case .delete:
            break
        }
        return nil
    }

    /// The server's `ValidateUserAsync`: disabled people and guests may not join a group.
    static func mayNotJoin(_ person: Person) -> String? {
        if person.status == .terminated { return "disabled: the portal does not put disabled people in groups" }
        if person.type == .guest { return "a guest: the portal does not put guests in groups" }
        return nil
    }

    static func nameProblem(_ name: String) -> String? {
        if name.allSatisfy(\.isWhitespace) { return "a group needs a name" }
        if name.utf16.count > maxNameLength { return "a group's name is at most \(maxNameLength) characters" }
        return nil
    }
}
