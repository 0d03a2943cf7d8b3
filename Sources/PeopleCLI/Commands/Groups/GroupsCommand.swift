import ArgumentParser

/// `groups`: the portal's groups (`/api/2.0/group`): reading them, and changing them on the
/// change path (`ChangeKind.addToGroup`/`.removeFromGroup` for people, `GroupChange` for a
/// group itself).
struct GroupsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "List, show and change the portal's groups.",
        discussion:
            "DocSpace admins and room admins may read groups; only DocSpace admins change them. A GROUP is its id or its exact name; a name two groups share is refused, listing their ids.",
        subcommands: [
            ListGroups.self, ShowGroup.self, CreateGroup.self, RenameGroup.self, SetGroupHead.self, AddToGroup.self,
            RemoveFromGroup.self, MoveGroupMembers.self, DeleteGroup.self,
        ]
    )
}
