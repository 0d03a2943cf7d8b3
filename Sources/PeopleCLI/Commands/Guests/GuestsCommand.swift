import ArgumentParser

/// `guests remove PERSON…` and `guests share-link PERSON`: your guests, as the portal's
/// `people/guests` routes have them. Listing them is `list --guests`.
struct GuestsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guests",
        abstract: "Remove guests from your guests, or get a guest's share link.",
        discussion: """
            A guest is someone's guest: the person who invited them, or who was given them with \
            a share link. DocSpace admins see every guest; room admins only their own. List them \
            with `list --guests` (`--invited-by-me`, `--inviter PERSON`).
            """,
        subcommands: [RemoveGuests.self, GuestShareLink.self])
}
