import ArgumentParser

/// `keys`: two kinds of key share the word. Plain `keys` (and `keys bindings`) prints the
/// terminal UI's keyboard keys, as it always has; `keys list`, `keys disable` and
/// `keys delete` are about people's API keys on the portal.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Keyboard keys of the terminal UI (the default), or people's API keys on the portal.",
        discussion: """
            Two different things share the word. `keys` alone (or `keys bindings`) prints the \
            keyboard keys of the terminal UI with the config file's [keys]; it asks nothing of \
            the portal.

            `keys list PERSON`, `keys disable KEY…` and `keys delete KEY…` are about people's \
            API keys on the portal: list them, turn them off (they stop signing anyone in), \
            delete them (cannot be undone). The portal lets only DocSpace admins (the owner \
            included) list, turn off or delete other people's API keys: to anyone else it \
            shows and changes only their own.
            """,
        subcommands: [KeyBindings.self, ListAPIKeys.self, DisableAPIKeys.self, DeleteAPIKeys.self],
        defaultSubcommand: KeyBindings.self)
}
