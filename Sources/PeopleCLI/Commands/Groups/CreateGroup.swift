import ArgumentParser
import DocSpaceAPI
import PeopleCore

/// `groups create NAME [--head PERSON] [PERSON…]`.
struct CreateGroup: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a group, with a head and first members if named.",
        discussion: """
            POST /api/2.0/group. The portal refuses the whole group when the head or a member is \
            disabled or a guest; such a request is not sent. Names need not be unique.
            """)
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: GroupChangeOptions
    @Argument(help: ArgumentHelp("The new group's name (at most 128 characters).", valueName: "name"))
    var name: String
    @Option(name: .long, help: ArgumentHelp("The group's head (id, user name or e-mail).", valueName: "person"))
    var head: String?
    @Argument(help: ArgumentHelp("First members, by id, user name or e-mail.", valueName: "person"))
    var people: [String] = []
    @Option(
        name: .long,
        help: ArgumentHelp("Read more members from a file, one per line (- for standard input).", valueName: "file"))
    var from: String?

    func run(on session: PortalSession) async throws(CLIFailure) {
        if !options.dryRun { try session.requireWritable("group-create") }
        let command = GroupChangeCommand(session: session)
        let names = try TargetOptions.names(people, from: from, required: false)
        let me = try await command.me()
        var headPerson: Person?
        if let head { headPerson = try await command.people([head]).first }
        let members = names.isEmpty ? [] : try await command.people(names)
        try await command.perform(.create(name: name, head: headPerson, members: members), me: me, options: options)
    }
}

/// `groups rename GROUP NAME`.
struct RenameGroup: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Rename a group.", discussion: "PUT /api/2.0/group/{id} {groupName}.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: GroupChangeOptions
    @Argument(help: ArgumentHelp("The group's id or exact name.", valueName: "group")) var group: String
    @Argument(help: ArgumentHelp("The new name (at most 128 characters).", valueName: "name")) var name: String

    func run(on session: PortalSession) async throws(CLIFailure) {
        if !options.dryRun { try session.requireWritable("group-rename") }
        let command = GroupChangeCommand(session: session)
        let found = GroupRef(try await GroupLookup.find(group, client: session.client))
        try await command.perform(.rename(found, to: name), me: try await command.me(), options: options)
    }
}

/// `groups set-head GROUP PERSON`.
struct SetGroupHead: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-head", abstract: "Make a person the head of a group (and a member of it).",
        discussion:
            "PUT /api/2.0/group/{id}/manager. The portal skips a disabled person or a guest without a word; such a request is not sent."
    )
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: GroupChangeOptions
    @Argument(help: ArgumentHelp("The group's id or exact name.", valueName: "group")) var group: String
    @Argument(help: ArgumentHelp("The new head: id, user name or e-mail.", valueName: "person")) var person: String

    func run(on session: PortalSession) async throws(CLIFailure) {
        if !options.dryRun { try session.requireWritable("group-set-head") }
        let command = GroupChangeCommand(session: session)
        let found = GroupRef(try await GroupLookup.find(group, client: session.client))
        let head = try await command.people([person])[0]
        try await command.perform(.setHead(found, head), me: try await command.me(), options: options)
    }
}

/// `groups move FROM TO`.
struct MoveGroupMembers: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "move", abstract: "Move every member of one group to another.",
        discussion: """
            PUT /api/2.0/group/{fromId}/members/{toId}. Active and pending members join TO (guests \
            are not added there) and leave FROM; disabled members stay in FROM.
            """)
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: GroupChangeOptions
    @Argument(help: ArgumentHelp("The group to empty: id or exact name.", valueName: "from")) var source: String
    @Argument(help: ArgumentHelp("The group they join: id or exact name.", valueName: "to")) var destination: String

    func run(on session: PortalSession) async throws(CLIFailure) {
        if !options.dryRun { try session.requireWritable("group-move") }
        let command = GroupChangeCommand(session: session)
        let from = GroupRef(try await GroupLookup.find(source, client: session.client))
        let to = GroupRef(try await GroupLookup.find(destination, client: session.client))
        try await command.perform(.move(from: from, to: to), me: try await command.me(), options: options)
    }
}
