import ArgumentParser
import Foundation
import PeopleCore

/// `keys bindings` (and plain `keys`, its default): the keyboard keys in force, the config
/// file's `[keys]` applied; a file with a bad binding fails here as it fails every command,
/// naming the line. Not API keys: those are `keys list`, `keys disable`, `keys delete`.
struct KeyBindings: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bindings",
        abstract:
            "Keyboard keys of the terminal UI in force: the defaults with the config file's [keys] (* marks yours). The default of `keys`.",
        discussion:
            "Bind an action in the config file's [keys] table: terminate = \"x\", page_down = [\"PgDn\", \"Ctrl-D\"]. The action names are the second column. Keys of questions and text fields (y, n, Enter, Esc in a dialog) cannot be rebound."
    )

    // The shared options, for `--config` and `--trust-foreign-home` (the command line's
    // parser gives an option the root command also has to the root unless it is this group).
    @OptionGroup var connection: ConnectionOptions
    @Flag(name: .long, help: "Print JSON: context, action, keys, the config line that set them, help.") var json = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let resolver = ConnectionResolver(environment: environment)
        let table: KeyTable
        do {
            try ForeignHome.check(environment, trusted: connection.trustForeignHome)
            table = try resolver.loadConfig(connection.request).keys
        } catch {
            throw CommandRunner.report(error)
        }
        if json {
            Console.json(KeysListing.json(table))
        } else {
            let file = connection.config ?? environment["DOCSPACE_CONFIG"] ?? resolver.paths.configFile
            Console.out(lines: KeysListing.text(table, configFile: file))
        }
    }
}
