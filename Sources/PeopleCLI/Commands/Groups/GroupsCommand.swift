import ArgumentParser

/// `groups`: the portal's groups (`/api/2.0/group`). Reading only, for now.
struct GroupsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "List the portal's groups, or show one with its members.",
        discussion:
            "DocSpace admins and room admins may read groups; the portal refuses users and guests. A GROUP is its id or its exact name.",
        subcommands: [ListGroups.self, ShowGroup.self]
    )
}
