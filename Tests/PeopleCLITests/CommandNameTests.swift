import ArgumentParser
import Testing

@testable import PeopleCLI

/// Every command in the tree names itself in its configuration. Without `commandName`,
/// ArgumentParser makes the name from `String(describing:)` of the type when it walks the
/// tree, and each such description searches the binary's protocol conformances: about a
/// millisecond of `--help` (measured), less for a subcommand such as `list`.
struct CommandNameTests {
    @Test func everyCommandInTheTreeHasItsNameInItsConfiguration() {
        var unnamed: [String] = []
        var visited = 0
        func visit(_ command: any ParsableCommand.Type, path: String) {
            visited += 1
            let name = command.configuration.commandName
            if name == nil { unnamed.append(path + "?") }
            for subcommand in command.configuration.subcommands {
                visit(subcommand, path: path + " " + (subcommand.configuration.commandName ?? "?"))
            }
        }
        visit(DocSpacePeople.self, path: "docspace-people")
        #expect(unnamed == [])
        // The walk reached the subcommands' own subcommands (`groups list`, …).
        #expect(visited > DocSpacePeople.configuration.subcommands.count + 1)
    }
}
