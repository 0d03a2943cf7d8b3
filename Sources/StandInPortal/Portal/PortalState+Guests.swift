/// A person's guests (`UserController.DeleteGuests`, `GetGuestSharingLink`): the relation
/// from a person to a guest decides who besides DocSpace admins sees the guest
/// (`DbUserService.GetUserQueryForFilter`, `area=2`).
extension PortalState {
    /// `DELETE people/guests {userIds}`: no `userIds` 400; a caller who is neither a DocSpace
    /// admin nor a room admin 403. Then every id is checked before anything changes: one that
    /// is unknown, terminated, not a guest or not the caller's guest (no relation from the
    /// caller — a DocSpace admin included) refuses the whole request with 403 "Access denied".
    /// Each guest then leaves the caller's guests (the relation goes) and the rooms the caller
    /// shared with them (`RemoveSecuritiesAsync`; the stand-in serves no rooms). The account
    /// stays: same status, same type, still listed for DocSpace admins. No response.
    func removeGuests(_ context: RequestContext) throws -> EndpointResult {
        guard let ids = try context.body().guids("userIds") else {
            throw PortalError.argumentNull(parameter: "UserIds")
        }
        let caller = try context.authenticated
        guard caller.isAdmin || caller.isRoomAdmin else { throw PortalError.accessDenied }
        let guests = ids.map { directory.person(id: $0) }
        for guest in guests {
            guard let guest, guest.status != .terminated, guest.type == .guest, guest.hasRelation(from: caller.id)
            else { throw PortalError.accessDenied }
        }
        for guest in guests.compactMap({ $0 }) {
            _ = directory.update(guest.id) { $0.creatorRelation = false }
        }
        return .void
    }

    /// `GET people/guests/{userid}/share`, in the server's order: an id that is not a GUID
    /// matches no route (404); no such person 404 "User not found"; a person who is not a guest
    /// 400 "User is not a guest"; a guest or user caller, or a room admin whose guest it is
    /// not, 403 "Access denied" (`CanUserViewAnotherUserAsync`). Answers a short link as a
    /// string, the same for the same caller and guest.
    func guestShareLink(_ context: RequestContext) throws -> EndpointResult {
        guard let id = GUID.normalize(context.parameter("userid")) else { throw PortalError.routeNotFound }
        guard let guest = directory.person(id: id) else { throw PortalError.notFound("User not found") }
        guard guest.type == .guest else { throw PortalError.argument("User is not a guest") }
        let caller = try context.authenticated
        let mayView = caller.isAdmin || (caller.isRoomAdmin && guest.hasRelation(from: caller.id))
        guard mayView else { throw PortalError.accessDenied }
        return .value(.string("\(context.request.origin)/s/\(Self.shareToken(caller: caller.id, guest: guest.id))"))
    }

    /// Eight letters and digits from the two ids (FNV-1a), standing in for the URL shortener's key.
    static func shareToken(caller: String, guest: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (caller + guest).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var token = ""
        for _ in 0..<8 {
            token.append(alphabet[Int(hash % UInt64(alphabet.count))])
            hash /= UInt64(alphabet.count)
        }
        return token
    }
}
