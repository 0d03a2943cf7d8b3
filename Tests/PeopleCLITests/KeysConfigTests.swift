import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import PeopleCLI

/// `[keys]` in the config file: read with the rest of the file, refused with the file and
/// the line, applied to every command's connection, and printed by `docspace-people keys`.
@Suite("Config file: your keys")
struct KeysConfigTests {
    static let good = """
        default_profile = "work"

        [profiles.work]
        url = "https://work.example.com"

        [keys]
        terminate = "x"                     # t is too near r
        page_down = ["PgDn", "Ctrl-F", ]    # a trailing comma, as TOML allows
        search = "\\\\"
        mark_all = "#"
        choose_columns = "%"                # frees # (the column chooser's default)
        """

    @Test("A good file: one key, a list of keys, an escaped backslash and a # inside quotes")
    func goodFile() throws {
        let config = try ConfigFile.parse(Self.good)
        #expect(config.profiles["work"]?.url == "https://work.example.com")
        #expect(config.keys.binding(for: .char("x"), in: .panes)?.action == .change(.terminate))
        #expect(config.keys.binding(for: .char("x"), in: .panes)?.userLine == 7)
        #expect(config.keys.binding(for: .control("f"), in: .list)?.action == .pageDown)
        #expect(config.keys.binding(for: .pageDown, in: .list)?.userLine == 8)
        #expect(config.keys.binding(for: .char("\\"), in: .panes)?.action == .search)
        #expect(config.keys.binding(for: .char("#"), in: .list)?.action == .markAllMatching)
        #expect(config.keys.usersBindings.map(\.userLine).allSatisfy { $0 != nil })
        #expect(try ConfigFile.parse("[profiles.a]\nurl = \"https://a.example.com\"\n").keys == .standard)
    }

    @Test(
        "A bad [keys] line is an error naming the line, saying how to fix it",
        arguments: [
            ("[keys]\nfrobnicate = \"z\"", "line 2: unknown action \"frobnicate\""),
            ("[keys]\nsort = \"s\"\nterminate = \"Ctrl-M\"", "line 3: terminate: Ctrl-M arrives as Enter"),
            ("[keys]\nterminate = \"j\"", "line 2: j for terminate is already the key of move_down"),
            ("[keys]\nterminate = \"x\"\n\nsort = \"x\"", "(line 2) and to sort (line 4)"),
            ("[keys]\nhand_over = \"Enter\"", "line 2: hand_over cannot be on Enter"),
            ("[keys]\ndelete = [\"D\", \"y\"]", "line 2: delete cannot be on y"),
            ("[keys]\nterminate = x", "line 2: terminate takes a quoted key or a list of them"),
            ("[keys]\nterminate = [\"x\" \"z\"]", "line 2: terminate takes a quoted key"),
            ("[keys]\nterminate = []", "line 2: terminate needs at least one key"),
            (
                "[keys]\nterminate = \"x\"\nterminate = \"z\"",
                "line 3: terminate is set twice in [keys] (first on line 2)"
            ),
            ("[keys]\n[keys]", "line 2: [keys] is given twice (first on line 1)"),
            ("[profiles.a]\nurl = [\"https://a.example.com\"]", "line 2: url must be a quoted string"),
        ])
    func badLine(text: String, expected: String) {
        do {
            _ = try ConfigFile.parse(text)
            Issue.record("parsed: \(text)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test("Every command refuses to start on a bad binding, naming the file and the line")
    func refusedWithFileAndLine() throws {
        let home = TemporaryHome()
        let file = home.write(
            "[profiles.a]\nurl = \"https://a.example.com\"\n[keys]\nterminate = \"Ctrl-C\"\n",
            to: ".config/docspace-people/config.toml")
        let resolver = ConnectionResolver(environment: ["HOME": home.path, "DOCSPACE_TOKEN": "t0k"])
        do {
            _ = try resolver.resolve(ConnectionRequest(profile: "a"))
            Issue.record("resolved with a bad binding")
        } catch {
            #expect(error.description.contains("config file \(file), line 4: terminate: Ctrl-C never reaches the app"))
            #expect(error.exitCode == 64)
        }
    }

    @Test("The connection carries the keys in force")
    func connectionCarriesKeys() throws {
        let home = TemporaryHome()
        _ = home.write(Self.good, to: ".config/docspace-people/config.toml")
        let connection = try ConnectionResolver(environment: ["HOME": home.path, "DOCSPACE_TOKEN": "t0k"])
            .resolve(ConnectionRequest())
        #expect(connection.keys.binding(for: .char("x"), in: .panes)?.action == .change(.terminate))
    }

    @Test("keys prints the keys in force, yours marked with *, in the spelling [keys] reads")
    func listingText() throws {
        let table = try ConfigFile.parse(Self.good).keys
        let lines = KeysListing.text(table, configFile: "/home/a/config.toml")
        #expect(lines[0].contains("* marks yours, from /home/a/config.toml"))
        let terminate = try #require(lines.dropFirst().first { $0.contains(" terminate ") })
        #expect(terminate.hasPrefix("* x "), "\(terminate)")
        let reactivate = try #require(lines.first { $0.contains(" reactivate ") })
        #expect(reactivate.hasPrefix("  a "), "\(reactivate)")
        let pageDown = try #require(lines.first { $0.contains(" page_down ") && $0.contains("Page down") })
        #expect(pageDown.hasPrefix("* PgDn Ctrl-F "), "\(pageDown)")
        #expect(lines.contains("Confirmation dialog"))
        #expect(KeysListing.text(.standard, configFile: "c")[0].contains("the defaults"))
        #expect(!KeysListing.text(.standard, configFile: "c").contains { $0.hasPrefix("*") })
    }

    @Test("keys --json: context, action, keys and the line of yours")
    func listingJSON() throws {
        let table = try ConfigFile.parse(Self.good).keys
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(KeysListing.json(table).utf8)) as? [[String: Any]])
        #expect(rows.count == table.bindings.count)
        let terminate = try #require(rows.first { $0["action"] as? String == "terminate" })
        #expect(terminate["keys"] as? [String] == ["x"])
        #expect(terminate["line"] as? Int == 7)
        #expect(terminate["context"] as? String == "panes")
        let quit = try #require(rows.first { $0["action"] as? String == "quit" && $0["context"] as? String == "panes" })
        #expect(quit["line"] == nil, "a default has no line")
        #expect(
            rows.contains { $0["action"] == nil && $0["keys"] as? [String] == ["y", "Y"] },
            "the question's keys, nameless")
    }
}
