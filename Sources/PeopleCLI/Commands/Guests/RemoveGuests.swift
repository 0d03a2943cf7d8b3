import ArgumentParser
import PeopleCore

/// `guests remove PERSON…`: the guests leave your guests, on the one change path.
struct RemoveGuests: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove guests from your guests (their accounts are not deleted).",
        discussion: """
            DELETE /api/2.0/people/guests, 100 guests a request. Each guest leaves your guests \
            and the rooms you shared with them; the account stays in the portal, and stays the \
            guest of anyone else who has them. DocSpace admins and room admins may do it, for \
            their own guests only: one guest that is not yours (or not a guest, or disabled) \
            makes the portal refuse the whole request, so such people are left out before \
            sending.
            """)
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: GroupChangeOptions
    @OptionGroup var targets: TargetOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        let kind = ChangeKind.removeGuest
        if !options.dryRun { try session.requireWritable(kind.auditWord) }
        let names = try targets.targets()
        try await ChangeCommand(kind: kind, session: session)
            .perform(names: names, format: options.format, dryRun: options.dryRun, session: session)
    }
}
