/// The guest routes of `UserController.cs` (`people/guests`) and the guest filters of
/// `people/filter` (`area`, `invitedByMe`, `inviterId`).
extension Endpoint {
    /// `area` as its number; `invitedByMe=true` wins over `inviterId` on the server
    /// (`UserQueryHelper.FilterByInviter`), so only one of them goes.
    static func guestItems(_ query: PeopleQuery) -> [QueryItem] {
        var items: [QueryItem] = []
        if let area = query.area {
            items.append(QueryItem(name: "area", value: String(area.rawValue)))
        }
        if query.invitedByMe {
            items.append(QueryItem(name: "invitedByMe", value: "true"))
        } else if let inviter = query.inviterID {
            items.append(QueryItem(name: "inviterId", value: inviter))
        }
        return items
    }

    /// `DELETE people/guests {userIds}` (`DeleteGuests`): the guests leave the caller's guests
    /// and the caller's rooms; their accounts stay.
    static func removeGuests(ids: [String]) -> Endpoint {
        Endpoint(method: .delete, path: "people/guests", body: JSONBody.encode(RequestBody.UserIDs(userIds: ids)))
    }

    /// `GET people/guests/{userid}/share` (`GetGuestSharingLink`): a short link as a string.
    static func guestShareLink(userId: String) -> Endpoint {
        .get("people/guests/\(PercentEncoding.segment(userId))/share")
    }
}
