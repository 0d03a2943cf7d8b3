import DocSpaceAPI
import Foundation
import PeopleCore
import StandInPortal
import Testing

@testable import PeopleCLI

/// The views against real stand-ins over loopback, through the store and the real effect
/// runner: switching profiles between two portals with the command line's own switcher, and
/// the export's bytes against the CLI's for the same query.
@Suite("Views against the stand-in")
@MainActor
struct ViewsIntegrationTests {
    /// A private folder for config, token files and exports.
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "views-it-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func writeSecret(_ text: String, to path: String) throws {
        try SecretFile.write(text, to: path)
    }

    static func press(_ store: AppStore, _ keys: Key...) {
        for key in keys { store.send(.key(key)) }
    }

    static func type(_ store: AppStore, _ text: String) {
        for c in text { store.send(.key(.character(c))) }
    }

    @Test(
        "P switches between two portals: the other one's people, name and read-only flag; a broken profile keeps the session"
    )
    func switchBetweenTwoStandIns() async throws {
        let alpha = PortalServer(options: PortalOptions(users: 12, seed: 3, apiKey: "sk-alpha-0c1d2e3f"))
        let beta = PortalServer(options: PortalOptions(users: 7, seed: 9, apiKey: "sk-beta-4a5b6c7d"))
        let alphaURL = try await alpha.start(host: "127.0.0.1", port: 0)
        let betaURL = try await beta.start(host: "127.0.0.1", port: 0)
        defer {
            Task {
                await alpha.stop()
                await beta.stop()
            }
        }
        _ = await beta.addPerson(
            PortalPersonSeed(
                email: "only.on.beta@example.org", firstName: "Only", lastName: "Beta",
                type: .user, status: .active))

        let home = try Self.folder()
        try Self.writeSecret("sk-alpha-0c1d2e3f", to: home + "/alpha.token")
        try Self.writeSecret("sk-beta-4a5b6c7d", to: home + "/beta.token")
        let config = home + "/config.toml"
        try """
        default_profile = "alpha"

        [profiles.alpha]
        url = "\(alphaURL.absoluteString)"
        token_file = "\(home)/alpha.token"

        [profiles.beta]
        url = "\(betaURL.absoluteString)"
        token_file = "\(home)/beta.token"
        read_only = true

        [profiles.broken]
        url = "\(betaURL.absoluteString)"
        token_file = "\(home)/missing.token"
        """.write(toFile: config, atomically: true, encoding: .utf8)
        // DOCSPACE_URL and DOCSPACE_TOKEN would override any profile: the switcher leaves them out.
        let environment = [
            "HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home,
            "DOCSPACE_URL": "https://elsewhere.example.com", "DOCSPACE_TOKEN": "not-this-one",
        ]

        let options = try ConnectionOptions.parse(["--profile", "alpha", "--config", config])
        var startEnvironment = environment
        startEnvironment.removeValue(forKey: "DOCSPACE_URL")
        startEnvironment.removeValue(forKey: "DOCSPACE_TOKEN")
        let connection = try ConnectionResolver(environment: startEnvironment).resolve(options.request)
        let client = PortalSession.makeClient(connection, environment: startEnvironment)
        let session = PortalSession(connection: connection, client: client, demoPortal: nil)
        let switcher = ConfigProfileSwitcher.make(for: session, options: options, environment: environment)
        #expect(switcher.profileList.profiles.map(\.name) == ["alpha", "beta", "broken"])
        #expect(switcher.profileList.current == "alpha")

        let me = try await client.me()
        var state = AppState(session: Session(portal: connection.portalName, me: me, readOnly: connection.readOnly))
        state.autoRefreshInterval = nil
        let store = AppStore(state: state, client: client, switcher: switcher)
        store.send(.started)
        await store.waitUntilIdle()
        let alphaTotal = try await client.people(PeopleQuery()).total
        #expect(store.state.list.total == alphaTotal)
        #expect(store.state.session.portal.hasPrefix("alpha ("))
        Self.press(store, .char(" "))
        #expect(!store.state.marks.isEmpty)

        // To beta.
        Self.press(store, .char("P"), .down, .enter)
        await store.waitUntilIdle()
        #expect(store.state.dialog == nil, "\(String(describing: store.state.dialog))")
        #expect(store.state.session.portal == "beta (127.0.0.1:\(betaURL.port ?? 0))")
        #expect(store.state.session.readOnly, "beta says read_only = true")
        #expect(store.state.keys == KeyTable.standard.readOnly())
        #expect(store.state.marks.isEmpty)
        let betaClient = DocSpaceClient(
            configuration: ClientConfiguration(baseURL: betaURL, credentials: .apiKey("sk-beta-4a5b6c7d")))
        let betaTotal = try await betaClient.people(PeopleQuery()).total
        #expect(betaTotal != alphaTotal)
        #expect(store.state.list.total == betaTotal)
        let loaded = (0..<store.state.rowCount).compactMap { store.state.row(at: $0)?.email }
        #expect(loaded.contains("only.on.beta@example.org"))
        // Requests now go to beta: a detail read comes from there.
        #expect(
            store.state.detail.map { detail in loaded.isEmpty || store.state.selectedPerson?.id == detail.id } ?? true)

        // A profile without a token: the session stays on beta, and the picker says why.
        Self.press(store, .char("P"), .down, .enter)
        await store.waitUntilIdle()
        guard case .profilePicker(let picker) = store.state.dialog else {
            Issue.record("the picker closed: \(String(describing: store.state.message))")
            return
        }
        #expect(picker.problem?.contains("broken") == true)
        #expect(picker.problem?.contains("still on beta") == true)
        #expect(store.state.session.portal.hasPrefix("beta ("))
        Self.press(store, .escape)

        // Back to alpha, read-write again.
        Self.press(store, .char("P"), .up, .up, .enter)
        await store.waitUntilIdle()
        #expect(store.state.session.portal.hasPrefix("alpha ("))
        #expect(!store.state.session.readOnly)
        #expect(store.state.list.total == alphaTotal)
    }

    @Test(
        "The export of a view is byte for byte what `list --all --csv|--json` prints for the same query",
        arguments: [false, true])
    func exportEqualsTheCLI(json: Bool) async throws {
        let server = PortalServer(options: PortalOptions(users: 260, seed: 5, apiKey: "sk-export-9f8e7d6c"))
        let url = try await server.start(host: "127.0.0.1", port: 0)
        defer { Task { await server.stop() } }
        let client = DocSpaceClient(
            configuration: ClientConfiguration(baseURL: url, credentials: .apiKey("sk-export-9f8e7d6c")))
        let me = try await client.me()
        var state = AppState(session: Session(portal: "127.0.0.1", me: me))
        state.autoRefreshInterval = nil
        let store = AppStore(state: state, client: client)
        store.send(.started)
        await store.waitUntilIdle()

        // The view: active people, by e-mail, descending, whose name or e-mail holds "a".
        Self.press(store, .char("f"))
        Self.press(store, .char("o"))
        Self.press(store, .char("O"))
        Self.press(store, .char(":"))
        Self.type(store, "search a")
        Self.press(store, .enter)
        await store.waitUntilIdle()
        let path = try Self.folder() + "/export." + (json ? "json" : "csv")
        Self.press(store, .char("e"))
        if json { Self.press(store, .tab) }
        Self.press(store, .control("u"))
        Self.type(store, path)
        Self.press(store, .enter)
        await store.waitUntilIdle()
        #expect(store.state.message?.text == "Saved to \(path)")
        let exported = try String(contentsOfFile: path, encoding: .utf8)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // The CLI's own query and formatting for the same view, plus the line break
        // `Console.out` ends its output with.
        let list = try ListPeople.parse([
            "--all", json ? "--json" : "--csv", "--status", "active", "--sort", "email", "--desc", "--search", "a",
        ])
        let people = try await client.collectAllPeople(try list.query())
        #expect(people.count > PeopleQuery.maxCount, "more than one page")
        let printed = (json ? PersonFormatter.json(people) : PersonFormatter.csv(people)) + "\n"
        #expect(exported == printed)
        #expect(exported.utf8.count == printed.utf8.count)

        // Never overwritten: a second export to the same path says so.
        Self.press(store, .char("e"))
        if json { Self.press(store, .tab) }
        Self.press(store, .control("u"))
        Self.type(store, path)
        Self.press(store, .enter)
        await store.waitUntilIdle()
        #expect(store.state.message?.text.contains("already exists") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == exported)
    }
}
