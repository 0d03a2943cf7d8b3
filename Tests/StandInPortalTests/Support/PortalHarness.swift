import Foundation
import StandInPortal
import Testing

/// A started stand-in portal, a client for it and the owner's token; stopped by `run`.
struct PortalHarness: Sendable {
    let portal: PortalServer
    let client: TestClient
    let ownerToken: String

    static let ownerEmail = "owner@example.com"
    static let apiKey = "sk-test-0123456789abcdef"

    /// Starts a portal, runs `body`, and always stops the portal.
    static func run(
        _ options: PortalOptions = PortalOptions(users: 120, apiKey: apiKey),
        _ body: (PortalHarness) async throws -> Void
    ) async throws {
        let portal = await PortalServer.make(options: options)
        let url = try await portal.start()
        let client = TestClient(baseURL: url)
        do {
            let ownerToken = try #require(await portal.issueToken(forEmail: options.ownerEmail))
            try await body(PortalHarness(portal: portal, client: client, ownerToken: ownerToken))
        } catch {
            if error is URLError {
                // A refused or reset connection: say whether the stand-in was still up.
                Issue.record("\(error) — the stand-in then: \(await portal.listenerReport())")
            }
            client.session.invalidateAndCancel()
            await portal.stop()
            throw error
        }
        client.session.invalidateAndCancel()
        await portal.stop()
    }

    /// How many paid seats the demo directory of `options` uses (admins and room admins who
    /// are not terminated), measured through the API.
    static func paidSeatsInUse(_ options: PortalOptions) async throws -> Int {
        var count = 0
        try await run(options) { h in
            let r = try await h.client.get(
                "/api/2.0/people/filter?payments=Paid&employeeStatus=Default&count=1", token: h.ownerToken)
            count = try #require(r.object["total"] as? Int)
        }
        return count
    }

    /// The id of the person with this e-mail (who must exist).
    func id(of email: String) async throws -> String {
        try #require(await portal.snapshot(email: email)).id
    }

    /// A token for the person with this e-mail.
    func token(for email: String) async throws -> String {
        try #require(await portal.issueToken(forEmail: email))
    }

    /// Adds a person and returns their id and a token.
    func add(_ seed: PortalPersonSeed) async throws -> (id: String, token: String) {
        let id = await portal.addPerson(seed)
        return (id, try await token(for: seed.email))
    }

    func snapshot(_ id: String) async -> PortalPersonSnapshot? {
        await portal.snapshot(id: id)
    }
}

/// Cast members of the demo directory the tests rely on.
enum Cast {
    static let secondAdmin = "siobhan.obrien@example.com"  // DocSpace admin, O'Brien
    static let roomAdmin = "zoe.aeroskobing@example.com"  // room admin, owns rooms
    static let user = "lukasz.wisniewski@example.com"
    static let guest = "kim.minjun@example.org"
    static let ldapUser = "ingrid.lindqvist@example.com"
    static let terminatedRoomAdmin = "noel.lefevre@example.com"  // owns rooms
    static let terminatedUser = "ramon.pena@example.com"
    static let invitee = "new.colleague@example.com"
}

/// Waits for `condition` to hold, polling until `timeout`; fails the test if it never does.
func waitUntil(
    timeout: Duration = .seconds(5), _ description: String,
    _ condition: () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record("timed out waiting until \(description)")
}
