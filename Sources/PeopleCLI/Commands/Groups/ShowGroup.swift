import ArgumentParser
import DocSpaceAPI

/// `groups show GROUP`: the group and its members.
struct ShowGroup: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one group and its members.",
        discussion:
            "--json prints the group with its members; --csv prints the members as `list --csv` does. Disabled members are not listed: the portal leaves them out."
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The group's id or exact name.", valueName: "group"))
    var group: String

    func run(on session: PortalSession) async throws(CLIFailure) {
        let found = try await GroupLookup.find(group, client: session.client)
        let client = session.client
        let full = try await CommandRunner.call { try await client.group(id: found.id, includeMembers: true) }
        switch output.format {
        case .json: Console.json(GroupFormatter.json(full))
        case .csv: Console.csv(PersonFormatter.csv(full.members ?? []))
        case .table: Console.out(lines: GroupFormatter.detail(full))
        }
    }
}
