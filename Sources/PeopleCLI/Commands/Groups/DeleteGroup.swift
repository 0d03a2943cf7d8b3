import ArgumentParser
import DocSpaceAPI
import PeopleCore
import TerminalUI

/// `groups delete GROUP`: irreversible, so it asks for `DELETE` to be typed, as `delete` asks
/// before deleting several people; the people stay.
struct DeleteGroup: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a group (irreversible; its people stay).",
        discussion: """
            DELETE /api/2.0/group/{id}. The group cannot be brought back; its people stay in the \
            portal and in their other groups. Asks for DELETE to be typed on a terminal; without \
            a terminal --yes is required.
            """)
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: GroupChangeOptions
    @Flag(name: .long, help: "Do not ask for confirmation.") var yes = false
    @Argument(help: ArgumentHelp("The group's id or exact name.", valueName: "group")) var group: String

    func run(on session: PortalSession) async throws(CLIFailure) {
        if !options.dryRun { try session.requireWritable("group-delete") }
        let command = GroupChangeCommand(session: session)
        let found = try await GroupLookup.find(group, client: session.client)
        let members = found.memberCount
        let portal = session.connection.portalName
        let yes = yes
        try await command.perform(.delete(GroupRef(found)), me: try await command.me(), options: options) {
            () throws(CLIFailure) in
            if yes { return }
            guard Console.inputIsTerminal else {
                throw .usage("groups delete needs confirmation: run it on a terminal, or pass --yes")
            }
            Console.error(
                "Delete the group \(TerminalText.sanitized(found.name)) from \(portal)? This cannot be undone. Its \(PeopleCount(members).text) stay in the portal."
            )
            let answer = Console.ask("Type \(ChangeKind.deleteWord) to delete it, anything else cancels: ")
            guard answer?.trimmingCharacters(in: .whitespaces) == ChangeKind.deleteWord else {
                throw .refused("cancelled: nothing deleted")
            }
        }
    }
}
