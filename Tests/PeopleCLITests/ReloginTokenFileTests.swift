import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCLI

/// After a 401 midway the TUI signs in again and saves the new token. It must go back where
/// the old one came from — never to a file the admin did not choose, and never a file of
/// another profile or portal.
@Suite("Which token file a sign-in again writes")
struct ReloginTokenFileTests {
    private func connection(profile: String? = nil, url: String = "https://portal.example.com") -> Connection {
        Connection(
            baseURL: URL(string: url)!, credentials: .token("old"), profile: profile, readOnly: false, timeout: 30)
    }

    private func options(_ arguments: [String] = []) throws -> ConnectionRequest {
        try ConnectionOptions.parse(arguments).request
    }

    @Test func theTokenFileFlagWins() throws {
        let home = TemporaryHome()
        _ = home.write(
            "[profiles.work]\nurl = \"https://portal.example.com\"\ntoken_file = \"~/profile.token\"\n",
            to: ".config/docspace-people/config.toml")
        let env = ["HOME": home.path, "DOCSPACE_TOKEN_FILE": "\(home.path)/env.token"]
        let path = DocSpacePeople.tokenFilePath(
            for: connection(profile: "work"),
            try options(["--token-file", "~/flag.token"]), environment: env)
        #expect(path == "\(home.path)/flag.token")
    }

    @Test func thenTheEnvironmentThenTheProfile() throws {
        let home = TemporaryHome()
        _ = home.write(
            "[profiles.work]\nurl = \"https://portal.example.com\"\ntoken_file = \"~/profile.token\"\n",
            to: ".config/docspace-people/config.toml")
        let fromEnvironment = DocSpacePeople.tokenFilePath(
            for: connection(profile: "work"), try options(),
            environment: ["HOME": home.path, "DOCSPACE_TOKEN_FILE": "\(home.path)/env.token"])
        #expect(fromEnvironment == "\(home.path)/env.token")

        let fromProfile = DocSpacePeople.tokenFilePath(
            for: connection(profile: "work"), try options(),
            environment: ["HOME": home.path])
        #expect(fromProfile == "\(home.path)/profile.token")
    }

    @Test func anEmptyEnvironmentVariableDoesNotCount() throws {
        let home = TemporaryHome()
        let path = DocSpacePeople.tokenFilePath(
            for: connection(), try options(),
            environment: ["HOME": home.path, "DOCSPACE_TOKEN_FILE": ""])
        #expect(path?.isEmpty == false)
        #expect(path?.hasPrefix(home.path) == true, "the default file lives under HOME: \(path ?? "nil")")
    }

    @Test func otherwiseTheDefaultFileOfThatProfileOrPortal() throws {
        let home = TemporaryHome()
        _ = home.write(
            "[profiles.work]\nurl = \"https://portal.example.com\"\n[profiles.lab]\nurl = \"https://lab.example.com:8443\"\n",
            to: ".config/docspace-people/config.toml")
        let env = ["HOME": home.path]
        let resolver = ConnectionResolver(environment: env)
        let work = DocSpacePeople.tokenFilePath(for: connection(profile: "work"), try options(), environment: env)
        let lab = DocSpacePeople.tokenFilePath(
            for: connection(profile: "lab", url: "https://lab.example.com:8443"),
            try options(), environment: env)
        let bare = DocSpacePeople.tokenFilePath(
            for: connection(url: "https://other.example.com:9000"),
            try options(), environment: env)
        #expect(work == resolver.defaultTokenFile(profile: "work", baseURL: URL(string: "https://portal.example.com")!))
        #expect(lab == resolver.defaultTokenFile(profile: "lab", baseURL: URL(string: "https://lab.example.com:8443")!))
        #expect(
            bare == resolver.defaultTokenFile(profile: nil, baseURL: URL(string: "https://other.example.com:9000")!))
        #expect(Set([work, lab, bare]).count == 3, "each profile and portal keeps its own token")
        #expect(bare?.contains("other.example.com_9000") == true)
    }
}
