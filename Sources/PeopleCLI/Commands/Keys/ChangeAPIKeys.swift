import ArgumentParser

/// `keys disable KEY…`: turn API keys off on the portal.
struct DisableAPIKeys: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable",
        abstract: "Turn off people's API keys: they stop signing anyone in (keys list PERSON shows them).",
        discussion: """
            PUT /api/2.0/keys/{keyId} {isActive: false}, one per key; a listing afterwards decides \
            the outcome. A KEY is its id, or the last four characters the portal shows \
            (sk-***77aa) when only one key ends so. The portal lets only DocSpace admins turn off \
            another person's keys (to anyone else it answers "false"), and never changes an \
            expired key (it signs nobody in anyway). Results are per owner of the keys.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Flag(name: .long, help: "Print per-person results as JSON.") var json = false
    @Flag(name: .long, help: "Show what would be done; change nothing.") var dryRun = false
    @Argument(help: ArgumentHelp("API keys by id or last four characters.", valueName: "key")) var keys: [String]

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await APIKeyChange(deleting: false).perform(
            keys, json: json, dryRun: dryRun, yes: true, session: session)
    }
}

/// `keys delete KEY…`: delete API keys on the portal; irreversible, so it asks.
struct DeleteAPIKeys: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete people's API keys (cannot be undone).",
        discussion: """
            DELETE /api/2.0/keys/{keyId}, one per key; a listing afterwards decides the outcome. \
            Asks for confirmation on a terminal; without a terminal --yes is required. The portal \
            lets only DocSpace admins delete another person's keys (to anyone else it answers \
            "false"). Results are per owner of the keys.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Flag(name: .long, help: "Do not ask for confirmation.") var yes = false
    @Flag(name: .long, help: "Print per-person results as JSON.") var json = false
    @Flag(name: .long, help: "Show what would be done; change nothing.") var dryRun = false
    @Argument(help: ArgumentHelp("API keys by id or last four characters.", valueName: "key")) var keys: [String]

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await APIKeyChange(deleting: true).perform(
            keys, json: json, dryRun: dryRun, yes: yes, session: session)
    }
}
