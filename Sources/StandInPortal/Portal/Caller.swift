/// The authenticated person making a request, with the role questions the rules ask.
struct Caller: Sendable {
    var person: PortalPerson

    var id: String { person.id }
    var isOwner: Bool { person.isOwner }
    /// A DocSpace admin, the owner included.
    var isAdmin: Bool { person.type == .docSpaceAdmin }
    var isRoomAdmin: Bool { person.type == .roomAdmin }
    /// Users and guests: no listings, no management at all.
    var isUserOrGuest: Bool { person.type == .user || person.type == .guest }

    /// The visibility part of every listing this caller makes.
    var visibility: PeopleFilter.Visibility {
        isAdmin ? .everyone : .roomAdmin(callerID: id)
    }

    /// Whether the caller may read `target` (`GET people/{id}`): admins see everyone, room
    /// admins see all but terminated people and guests not theirs (no relation), users and guests
    /// see only themselves.
    func canSee(_ target: PortalPerson) -> Bool {
        if target.id == id || isAdmin { return true }
        guard isRoomAdmin else { return false }
        if target.status == .terminated { return false }
        return target.type != .guest || target.hasRelation(from: id)
    }
}
