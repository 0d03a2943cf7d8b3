import ArgumentParser
import DocSpaceAPI

/// `guests share-link PERSON`: the link that lets another room admin add the guest to their
/// guests. Reading it changes nothing.
struct GuestShareLink: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "share-link",
        abstract: "Print a guest's share link: it lets another room admin add the guest to their guests.",
        discussion: """
            GET /api/2.0/people/guests/{id}/share. DocSpace admins may get it for any guest, room \
            admins for their own guests only; the portal refuses people who are not guests.
            """)
    @OptionGroup var connection: ConnectionOptions
    @Flag(name: .long, help: "Print {id, email, link} as JSON.") var json = false
    @Argument(help: ArgumentHelp("The guest by id, user name or e-mail.", valueName: "person"))
    var person: String

    func run(on session: PortalSession) async throws(CLIFailure) {
        let who = person
        let client = session.client
        let guest = try await CommandRunner.call {
            who.contains("@") ? try await client.person(email: who) : try await client.person(id: who)
        }
        let link = try await CommandRunner.call { try await client.guestShareLink(userId: guest.id) }
        if json {
            Console.json(PersonFormatter.encoded(ShareLink(id: guest.id, email: guest.email, link: link)))
        } else {
            Console.out(link)
        }
    }
}

/// `guests share-link --json`: the guest and their link.
private struct ShareLink: Encodable {
    var id: String
    var email: String?
    var link: String
}
