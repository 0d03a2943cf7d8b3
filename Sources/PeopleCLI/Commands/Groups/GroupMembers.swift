import ArgumentParser
import DocSpaceAPI
import PeopleCore

/// `groups add GROUP PERSON…`: people into a group, on the one change path.
struct AddToGroup: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add people to a group.",
        discussion: """
            PUT /api/2.0/group/{id}/members, 100 people a request. The portal skips guests and \
            disabled people without a word: they are reported skipped with that reason and not \
            sent; anyone else it skips shows when the group is read back.
            """)
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: GroupChangeOptions
    @Argument(help: ArgumentHelp("The group's id or exact name.", valueName: "group")) var group: String
    @OptionGroup var targets: TargetOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await GroupMembership(session: session, adding: true)
            .perform(group: group, targets: targets, options: options)
    }
}

/// `groups remove GROUP PERSON…`: people out of a group, on the one change path.
struct RemoveFromGroup: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove people from a group (they stay in the portal).",
        discussion: """
            DELETE /api/2.0/group/{id}/members, 100 people a request. A removed head stops being \
            the head. Disabled members are not sent: the group's member list hides them, so no \
            re-read could show them removed.
            """)
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: GroupChangeOptions
    @Argument(help: ArgumentHelp("The group's id or exact name.", valueName: "group")) var group: String
    @OptionGroup var targets: TargetOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await GroupMembership(session: session, adding: false)
            .perform(group: group, targets: targets, options: options)
    }
}

/// What `groups add` and `groups remove` share: the read-only refusal comes first, then the
/// group is found and the change goes through `ChangeCommand`.
private struct GroupMembership {
    let session: PortalSession
    let adding: Bool

    func perform(group: String, targets: TargetOptions, options: GroupChangeOptions) async throws(CLIFailure) {
        if !options.dryRun { try session.requireWritable(adding ? "group-add" : "group-remove") }
        let names = try targets.targets()
        let found = GroupRef(try await GroupLookup.find(group, client: session.client))
        let kind: ChangeKind = adding ? .addToGroup(found) : .removeFromGroup(found)
        try await ChangeCommand(kind: kind, session: session)
            .perform(names: names, format: options.format, dryRun: options.dryRun, session: session)
    }
}
