import DocSpaceAPI

/// Who may give whom which type, as the portal decides it (`UserController.UpdateUserType`
/// for raises, `ChangeUserType` for lowerings, and the caller's type), so that `T` offers only the types that can work and says why the others cannot.
/// The portal stays the judge: its answer decides what is reported as done.
public enum TypeRules {
    /// How a type change reaches the portal, or why it cannot.
    public enum Verdict: Sendable, Equatable {
        /// `PUT people/type/{type}`: synchronous, in batches (upgrades, and the owner moving a
        /// DocSpace admin down to room admin).
        case upgrade
        /// `POST people/type` + progress polling: to User or Guest from a higher type; the
        /// person's rooms go to someone else.
        case demotion
        case refused(String)

        public var reason: String? {
            if case .refused(let reason) = self { return reason }
            return nil
        }
    }

    /// Reasons that hold whatever the new type: the person, the caller's own role.
    public static func reason(cannotRetype person: Person, me: Person) -> String? {
        if person.id == me.id { return "not on yourself" }
        if person.isOwner { return "not on the owner" }
        if person.status == .terminated { return "disabled: re-activate first" }
        if me.type == .user || me.type == .guest { return "needs an admin" }
        return nil
    }

    /// Whether `me` may move `person` to `type`, and by which route.
    public static func verdict(_ person: Person, to type: EmployeeType, me: Person) -> Verdict {
        if let reason = reason(cannotRetype: person, me: me) { return .refused(reason) }
        let current = person.type
        if current == type { return .refused("already \(type.displayName)") }
        let meIsAdmin = me.type == .docSpaceAdmin
        if type > current || (current == .docSpaceAdmin && type == .roomAdmin) {
            switch type {
            case .docSpaceAdmin:
                return me.isOwner ? .upgrade : .refused("owner only")
            case .roomAdmin:
                if current == .docSpaceAdmin { return me.isOwner ? .upgrade : .refused("admins: owner only") }
                return meIsAdmin ? .upgrade : .refused("needs a DocSpace admin")
            case .user:
                // A room admin may raise the guests related to them (those they invited). The
                // portal sends `createdBy` to admin callers only, so in a room admin's session it
                // is almost never known: then the portal decides, and a refusal is reported per
                // person with its words. Only a known other inviter is refused here.
                if meIsAdmin { return .upgrade }
                if me.type == .roomAdmin {
                    if let inviter = person.createdBy?.id, inviter != me.id {
                        return .refused("their inviter or an admin only")
                    }
                    return .upgrade
                }
                return .refused("their inviter or an admin only")
            case .guest:
                return .refused("never by upgrade")
            }
        }
        // Demotions (`POST people/type`, to User or Guest): the server checks the permission
        // for the new type, which DocSpace admins and room admins both pass, then refuses a
        // DocSpace admin as the target unless the owner asks ("Can not update type for
        // admin"). Guest also needs the portal to allow guests, which only the portal knows:
        // its refusal is reported with its words.
        if current == .docSpaceAdmin && !me.isOwner { return .refused("admins: owner only") }
        return .demotion
    }

    /// The four types in rank order, each with how many of `people` it applies to.
    public static func options(for people: [Person], me: Person) -> [TypeOption] {
        [EmployeeType.docSpaceAdmin, .roomAdmin, .user, .guest].map { type in
            var count = 0
            var firstReason: String?
            for person in people {
                let verdict = verdict(person, to: type, me: me)
                if let reason = verdict.reason {
                    firstReason = firstReason ?? reason
                } else {
                    count += 1
                }
            }
            return TypeOption(
                type: type, applicableCount: count,
                reason: count == 0 ? (firstReason ?? "nobody selected") : nil)
        }
    }

    /// Why no type at all can be offered for these people, in one phrase for the action bar.
    public static func reasonNoneApplies(to people: [Person], me: Person) -> String {
        if let first = people.first, let reason = reason(cannotRetype: first, me: me) { return reason }
        return "no other type allowed"
    }
}

/// One line of the type dialog: a type and whether it can be given.
public struct TypeOption: Sendable, Equatable {
    public var type: EmployeeType
    /// How many of the selected people can get this type.
    public var applicableCount: Int
    /// Why nobody can, when `applicableCount` is 0.
    public var reason: String?

    public var isAvailable: Bool { applicableCount > 0 }

    public init(type: EmployeeType, applicableCount: Int, reason: String?) {
        self.type = type
        self.applicableCount = applicableCount
        self.reason = reason
    }
}
