import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCLI

/// A private HOME per test, so config and token files never touch the real ones.
struct TemporaryHome: ~Copyable {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "dsp-home-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ text: String, to relative: String, mode: Int = 0o600) -> String {
        let file = (path as NSString).appendingPathComponent(relative)
        try? FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        _ = FileManager.default.createFile(
            atPath: file, contents: Data(text.utf8),
            attributes: [.posixPermissions: mode])
        return file
    }
}

@Suite("Where to connect")
struct ConnectionResolverTests {
    @Test func flagsBeatEnvironmentBeatsProfile() throws {
        let home = TemporaryHome()
        _ = home.write(
            """
            default_profile = "work"
            [profiles.work]
            url = "https://work.example.com"
            read_only = true
            """, to: ".config/docspace-people/config.toml")
        let env = ["HOME": home.path, "DOCSPACE_URL": "https://env.example.com", "DOCSPACE_TOKEN": "t0k"]
        let resolver = ConnectionResolver(environment: env)

        let fromFlag = try resolver.resolve(ConnectionRequest(url: "https://flag.example.com"))
        #expect(fromFlag.baseURL.host == "flag.example.com")
        let fromEnv = try resolver.resolve(ConnectionRequest())
        #expect(fromEnv.baseURL.host == "env.example.com")
        #expect(fromEnv.readOnly, "the default profile's read_only still applies")
        #expect(fromEnv.credentials == .token("t0k"))

        let profileOnly = try ConnectionResolver(environment: ["HOME": home.path, "DOCSPACE_TOKEN": "sk-key"])
            .resolve(ConnectionRequest())
        #expect(profileOnly.baseURL.host == "work.example.com")
        #expect(profileOnly.profile == "work")
        #expect(profileOnly.credentials == .apiKey("sk-key"))
    }

    @Test func unknownProfileIsAnErrorNamingTheKnownOnes() {
        let home = TemporaryHome()
        _ = home.write("[profiles.a]\nurl = \"https://a.example.com\"\n", to: ".config/docspace-people/config.toml")
        #expect(throws: CLIFailure.self) {
            try ConnectionResolver(environment: ["HOME": home.path]).resolve(ConnectionRequest(profile: "b"))
        }
    }

    @Test func tokenFileMustBe0600() throws {
        let home = TemporaryHome()
        let open = home.write("secret-token\n", to: "open.token", mode: 0o644)
        let env = ["HOME": home.path, "DOCSPACE_URL": "https://p.example.com"]
        do {
            _ = try ConnectionResolver(environment: env).resolve(ConnectionRequest(tokenFile: open))
            Issue.record("a 0644 token file was accepted")
        } catch {
            #expect(error.description.contains("chmod 600"))
            #expect(!error.description.contains("secret-token"))
        }
        let closed = home.write("secret-token\n", to: "closed.token", mode: 0o600)
        let connection = try ConnectionResolver(environment: env).resolve(ConnectionRequest(tokenFile: closed))
        #expect(connection.credentials == .token("secret-token"))
    }

    @Test func plainHTTPOnlyForLoopbackOrWhenAskedLoudly() throws {
        #expect(throws: CLIFailure.self) {
            try ConnectionResolver.portalURL("http://portal.example.com", allowInsecureHTTP: false)
        }
        #expect(
            try ConnectionResolver.portalURL("http://portal.example.com", allowInsecureHTTP: true).host
                == "portal.example.com")
        #expect(try ConnectionResolver.portalURL("http://127.0.0.1:8080/", allowInsecureHTTP: false).port == 8080)
        #expect(try ConnectionResolver.portalURL("http://localhost", allowInsecureHTTP: false).host == "localhost")
        #expect(throws: CLIFailure.self) {
            try ConnectionResolver.portalURL("ftp://x.example.com", allowInsecureHTTP: true)
        }
        #expect(throws: CLIFailure.self) { try ConnectionResolver.portalURL("not a url", allowInsecureHTTP: false) }
    }

    @Test func anIPv6LiteralIsAPortalAddressAndOnlyItsLoopbackIsExemptFromHTTPS() throws {
        let loopback = try ConnectionResolver.portalURL("http://[::1]:8091", allowInsecureHTTP: false)
        #expect(loopback.absoluteString.hasPrefix("http://[::1]:8091"))
        #expect(throws: CLIFailure.self) {
            try ConnectionResolver.portalURL("http://[2001:db8::1]:8091", allowInsecureHTTP: false)
        }
        #expect(try ConnectionResolver.portalURL("https://[2001:db8::1]", allowInsecureHTTP: false).host != nil)
    }

    @Test func loginWritesA0600TokenFileThatReadsBack() throws {
        let home = TemporaryHome()
        let file = (home.path as NSString).appendingPathComponent(".config/docspace-people/tokens/p.token")
        try SecretFile.write("abc123", to: file)
        var info = stat()
        #expect(stat(file, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(try SecretFile.read(file) == "abc123")
    }

    @Test func noPortalGivenSaysHowToGiveOne() {
        let home = TemporaryHome()
        do {
            _ = try ConnectionResolver(environment: ["HOME": home.path]).resolve(ConnectionRequest())
            Issue.record("resolved without a portal")
        } catch {
            #expect(error.description.contains("--url"))
            #expect(error.exitCode == 64)
        }
    }
}
