import ArgumentParser
import DocSpaceAPI
import Foundation
import StandInPortal
import Testing

@testable import PeopleCLI

/// Read-only refuses every subcommand that changes data, by flag and by profile — and the
/// list of subcommands comes from the root command itself, so a new one must be classified
/// here before this test passes: it cannot slip by unchecked. (The end-to-end
/// `readOnlyRefusesEveryChange` runs the binary for the same commands.)
@Suite("Read-only CLI: every mutating subcommand is refused")
struct ReadOnlyCommandTests {
    /// Subcommands that do not change the portal's people; `groups`'s own subcommands are
    /// named with it ("groups list") and classified one by one.
    static let reading: Set<String> = [
        "login", "whoami", "list", "show", "groups", "groups list", "groups show", "audit", "keys", "demo-server",
        "quota", "rooms", "guests", "guests share-link",
    ]

    /// Every subcommand that changes data, with arguments that would make it act.
    static let changing: [String: [String]] = [
        "add": ["--first-name", "Ro", "--last-name", "Only", "--email", "ro.new@example.org"],
        "invite": ["ro.invited@example.org"],
        // Refused before the file is read: it need not exist.
        "import": ["/nonexistent/ro-people.csv"],
        "terminate": ["ro.active@example.org"],
        "activate": ["ro.disabled@example.org"],
        "set-type": ["room-admin", "ro.active@example.org"],
        "delete": ["ro.disabled@example.org", "--yes"],
        "resend": ["ro.active@example.org"],
        "sign-out": ["ro.active@example.org"],
        "reset-2fa": ["ro.active@example.org"],
        "send-password-reset": ["ro.active@example.org"],
        "set-email": ["ro.active@example.org", "ro.moved@example.org"],
        "groups create": ["Read only", "ro.active@example.org"],
        "groups rename": ["Sales", "Read only"],
        "groups set-head": ["Sales", "ro.active@example.org"],
        "groups add": ["Sales", "ro.active@example.org"],
        "groups remove": ["Sales", "ro.active@example.org"],
        "groups move": ["Sales", "Marketing"],
        "groups delete": ["Sales", "--yes"],
        "offboard": ["ro.active@example.org", "--keep-rooms", "--yes"],
        "quota set": ["2GB", "ro.active@example.org"],
        "quota reset": ["ro.active@example.org"],
        "guests remove": ["ro.active@example.org"],
    ]

    /// The root's subcommands and `groups`'s, named "groups add".
    static var allNames: [String] {
        DocSpacePeople.configuration.subcommands.map(name)
            + GroupsCommand.configuration.subcommands.map { "groups " + name(of: $0) }
            + QuotaCommand.configuration.subcommands.map { "quota " + name(of: $0) }
            + GuestsCommand.configuration.subcommands.map { "guests " + name(of: $0) }
    }

    static func name(of command: any ParsableCommand.Type) -> String {
        command.configuration.commandName ?? command._commandName
    }

    @Test("Each subcommand of the root is either reading or listed here with arguments")
    func everySubcommandIsClassified() {
        let names = Self.allNames
        #expect(!names.isEmpty)
        for name in names {
            #expect(
                Self.reading.contains(name) || Self.changing[name] != nil,
                "subcommand \(name) is new: add it to `reading` or, with arguments, to `changing`")
        }
        for name in Self.changing.keys { #expect(names.contains(name), "\(name) is no longer a subcommand") }
    }

    @Test(
        "--read-only and read_only = true refuse every changing subcommand with exit 3, and nothing reaches the portal")
    func everyChangeIsRefused() async throws {
        let apiKey = "sk-readonly-cli-5e6f7a8b"
        let server = PortalServer(options: PortalOptions(users: 10, apiKey: apiKey))
        let url = try await server.start(host: "127.0.0.1", port: 0)
        defer { Task { await server.stop() } }
        _ = await server.addPerson(
            PortalPersonSeed(
                email: "ro.active@example.org", firstName: "Ro", lastName: "Active",
                type: .user, status: .active))
        _ = await server.addPerson(
            PortalPersonSeed(
                email: "ro.disabled@example.org", firstName: "Ro", lastName: "Disabled",
                type: .user, status: .terminated))
        let home = NSTemporaryDirectory() + "ro-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let token = home + "/token"
        try SecretFile.write(apiKey, to: token)
        let config = home + "/config.toml"
        try "[profiles.ro]\nurl = \"\(url.absoluteString)\"\ntoken_file = \"\(token)\"\nread_only = true\n"
            .write(toFile: config, atomically: true, encoding: .utf8)
        let before = await server.stats().perRoute

        let modes: [[String]] = [
            ["--read-only", "--url", url.absoluteString, "--token-file", token],
            ["--profile", "ro", "--config", config],
        ]
        let names = Self.allNames.filter { !Self.reading.contains($0) }
        #expect(names.count >= 6)
        for name in names {
            guard let arguments = Self.changing[name] else { continue }  // reported by the test above
            for mode in modes {
                let path = name.split(separator: " ").map(String.init)
                var command = try DocSpacePeople.parseAsRoot(path + arguments + mode)
                do {
                    if var async = command as? any AsyncParsableCommand {
                        try await async.run()
                    } else {
                        try command.run()
                    }
                    Issue.record("\(name) \(mode.first!) ran in a read-only session")
                } catch let exit as ExitCode {
                    #expect(exit == ExitCode(3), "\(name) \(mode.first!): exit \(exit.rawValue)")
                } catch {
                    Issue.record("\(name) \(mode.first!): \(error)")
                }
            }
        }
        let after = await server.stats().perRoute
        for (route, count) in after where count != (before[route] ?? 0) {
            #expect(route.hasPrefix("GET "), "a change reached the portal: \(route)")
        }
    }
}
