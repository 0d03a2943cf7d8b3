/// The group routes (`GroupController`, `products/ASC.People/Server/Api/GroupsController.cs`).
extension Endpoint {
    /// `GET group`: enums by name (`sortBy` is parsed ignoring case), `sortOrder` as a number.
    static func groups(_ query: GroupQuery) -> Endpoint {
        var items = pageItems(
            count: query.count, startIndex: query.startIndex, sortBy: query.sortBy.rawValue,
            sortOrder: query.sortOrder.rawValue, text: query.text)
        if let member = query.memberID {
            items.append(QueryItem(name: "userId", value: member))
            if query.headOnly { items.append(QueryItem(name: "manager", value: "true")) }
        }
        return .get("group", query: items)
    }

    /// `GET group/{id}`; the server includes members unless told `includeMembers=false`.
    static func group(id: String, includeMembers: Bool) -> Endpoint {
        .get(
            "group/\(PercentEncoding.segment(id))",
            query: includeMembers ? [] : [QueryItem(name: "includeMembers", value: "false")])
    }

    static func createGroup(_ group: NewGroup) -> Endpoint {
        .post(
            "group",
            body: RequestBody.NewGroup(
                groupName: group.name, groupManager: group.headID,
                members: group.memberIDs.isEmpty ? nil : group.memberIDs))
    }

    static func updateGroup(id: String, _ update: GroupUpdate) -> Endpoint {
        .put(
            "group/\(PercentEncoding.segment(id))",
            body: RequestBody.GroupUpdate(
                groupName: update.name, groupManager: update.headID,
                membersToAdd: update.addIDs.isEmpty ? nil : update.addIDs,
                membersToRemove: update.removeIDs.isEmpty ? nil : update.removeIDs))
    }

    static func addMembers(groupID: String, ids: [String]) -> Endpoint {
        .put("group/\(PercentEncoding.segment(groupID))/members", body: RequestBody.Members(members: ids))
    }

    /// `DELETE` with a body: the server binds `MembersRequest` from it.
    static func removeMembers(groupID: String, ids: [String]) -> Endpoint {
        Endpoint(
            method: .delete, path: "group/\(PercentEncoding.segment(groupID))/members",
            body: JSONBody.encode(RequestBody.Members(members: ids)))
    }

    static func setHead(groupID: String, userID: String) -> Endpoint {
        .put("group/\(PercentEncoding.segment(groupID))/manager", body: RequestBody.UserID(userId: userID))
    }

    /// No body: both groups are in the path.
    static func moveMembers(from: String, to: String) -> Endpoint {
        Endpoint(
            method: .put, path: "group/\(PercentEncoding.segment(from))/members/\(PercentEncoding.segment(to))")
    }

    static func deleteGroup(id: String) -> Endpoint { .delete("group/\(PercentEncoding.segment(id))") }
}
