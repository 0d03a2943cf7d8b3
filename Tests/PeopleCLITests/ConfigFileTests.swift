import DocSpaceAPI
import Testing

@testable import PeopleCLI

@Suite("Config file")
struct ConfigFileTests {
    @Test func parsesProfilesAndDefault() throws {
        let config = try ConfigFile.parse(
            """
            # portals
            default_profile = "work"

            [profiles.work]
            url = "https://work.example.com"   # the main one
            token_file = "~/.config/docspace-people/tokens/work.token"
            read_only = true
            timeout = 10
            culture = "de-DE"

            [profiles."staging.eu"]
            url = "https://staging.example.com/#x"
            """)
        #expect(config.defaultProfile == "work")
        #expect(
            config.profiles["work"]
                == ConfigFile.Profile(
                    name: "work", url: "https://work.example.com",
                    tokenFile: "~/.config/docspace-people/tokens/work.token", readOnly: true, timeout: 10,
                    culture: Culture("de-DE")))
        #expect(config.profiles["staging.eu"]?.url == "https://staging.example.com/#x")
        #expect(config.profiles["staging.eu"]?.readOnly == false)
        #expect(config.profiles["staging.eu"]?.culture == nil, "no culture: none is sent")
    }

    @Test(arguments: [
        ("read_only = yes", "line 2: read_only must be true or false"),
        (
            "raed_only = true",
            "line 2: unknown profile setting \"raed_only\" (known: url, token_file, read_only, timeout, culture)"
        ),
        (
            "token = \"abc\"",
            "line 2: secrets do not belong in the config file; use token_file (mode 0600) or `docspace-people login`"
        ),
        ("url = https://x", "line 2: url must be a quoted string"),
        ("culture = \"en_US\"", "line 2: culture \"en_US\" is not a culture name like en-US, de or pt-BR"),
        ("culture = de", "line 2: culture must be a quoted string like \"en-US\""),
    ])
    func refusesWhatItDoesNotUnderstand(line: String, message: String) {
        let text = "[profiles.p]\n\(line)\n"
        #expect(throws: ConfigFile.ParseError.self) { try ConfigFile.parse(text) }
        do {
            _ = try ConfigFile.parse(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func refusesUnknownTablesDuplicatesAndDanglingDefault() {
        #expect(throws: ConfigFile.ParseError.self) { try ConfigFile.parse("[server]\n") }
        #expect(throws: ConfigFile.ParseError.self) { try ConfigFile.parse("[profiles.a]\n[profiles.a]\n") }
        #expect(throws: ConfigFile.ParseError.self) { try ConfigFile.parse("default_profile = \"nope\"\n") }
    }

    @Test func emptyFileIsEmptyConfig() throws {
        #expect(try ConfigFile.parse("\n# nothing\n") == ConfigFile())
    }
}
