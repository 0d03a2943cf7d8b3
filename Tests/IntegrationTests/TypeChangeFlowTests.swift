import DocSpaceAPI
import Foundation
import PeopleCore
import StandInPortal
import Testing

/// The TUI's type-change and hand-over flows end to end through the real runner and client,
/// against the stand-in portal (tasks of 50 ms): keys in, the portal's state checked after.
@Suite("Type changes and hand-over before delete against the stand-in")
struct TypeChangeFlowTests {
    /// Collects what the runner hands to the audit log.
    final class AuditSink: AuditRecorder, @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [AuditEntry] = []
        func record(_ entry: AuditEntry) { lock.withLock { stored.append(entry) } }
        /// The outcome lines; each change request's `sent` line, written before it, is in `sent`.
        var entries: [AuditEntry] { lock.withLock { stored.filter { $0.stage == .outcome } } }
        var sent: [AuditEntry] { lock.withLock { stored.filter { $0.stage == .sent } } }
    }

    @MainActor
    struct Driver {
        let store: AppStore
        let audit: AuditSink
        var clock = 0.0

        init(client: DocSpaceClient) async throws {
            let me = try await client.me()
            var state = AppState(
                session: Session(portal: "stand-in", me: me), size: TerminalSize(width: 100, height: 40))
            state.autoRefreshInterval = nil
            audit = AuditSink()
            store = AppStore(state: state, client: client, audit: audit)
            store.send(.started)
            await store.waitUntilIdle()
        }

        func press(_ keys: Key...) async {
            for key in keys {
                store.send(.key(key))
                await store.waitUntilIdle()
            }
        }

        /// Moves the cursor onto the person with this e-mail.
        func select(_ email: String) async -> Bool {
            for _ in 0..<100 {
                if store.state.selectedPerson?.email == email { return true }
                await press(.down)
            }
            return false
        }

        /// Ticks the clock (the front end's 100 ms ticks, faster) until `condition` holds:
        /// polling of the portal's task is driven by ticks.
        mutating func tick(until condition: (AppState) -> Bool, timeout: Double = 60) async -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if condition(store.state) { return true }
                clock += 0.25
                store.send(.tick(now: clock))
                await store.waitUntilIdle()
                try? await Task.sleep(nanoseconds: 10_000_000)
            }
            return condition(store.state)
        }
    }

    @Test("T → Guest on a room admin who owns rooms: picker, y, task followed, the portal shows Guest")
    func demotion() async throws {
        try await LivePortal.run { portal in try await Self.demotion(portal) }
    }

    @MainActor
    static func demotion(_ portal: LivePortal) async throws {
        let client = portal.client()
        let id = await portal.add("demote.me@example.com", type: .roomAdmin, ownsRooms: true)
        var driver = try await Driver(client: client)
        #expect(await driver.select("demote.me@example.com"))
        await driver.press(.char("T"), .down, .down)  // DocSpace admin → User → Guest
        guard case .typeChoice(let choice) = driver.store.state.dialog else {
            Issue.record("no type dialog")
            return
        }
        #expect(choice.chosen?.type == .guest)
        await driver.press(.enter)  // the receiver picker, listed from the portal
        guard case .receiverChoice(let picker) = driver.store.state.dialog else {
            Issue.record("no picker")
            return
        }
        #expect(!picker.isLoading)
        #expect(picker.candidates.count > 1)  // you, and the demo's other admins
        await driver.press(.enter, .char("y"))
        #expect(await driver.tick { $0.taskWatch == nil && $0.dialog != .taskProgress })
        #expect(driver.store.state.message?.text == "Changed to Guest: Test Person <demote.me@example.com>")
        #expect(try await client.person(id: id).type == .guest)
        #expect(try await client.reassignNecessary(userId: id) == false)  // the rooms went to the owner
        let entry = try #require(driver.audit.entries.last)
        #expect(entry.request == "POST /api/2.0/people/type")
        #expect(entry.targets.map(\.outcome) == ["done"])
        #expect(entry.time > Date.distantPast)  // stamped by the runner
    }

    @Test("A room admin's session: the portal sends no createdBy, yet T raises the guest they invited to User")
    func roomAdminRaisesTheirGuest() async throws {
        try await LivePortal.run { portal in try await Self.roomAdminRaisesTheirGuest(portal) }
    }

    @MainActor
    static func roomAdminRaisesTheirGuest(_ portal: LivePortal) async throws {
        let roomAdmin = await portal.add("room.admin@example.org", type: .roomAdmin)
        let guest = await portal.server.addPerson(
            PortalPersonSeed(
                email: "their.guest@example.org", firstName: "Their", lastName: "Guest", type: .guest,
                createdBy: roomAdmin))
        let token = try #require(await portal.server.issueToken(forEmail: "room.admin@example.org"))
        let client = portal.client(.token(token))
        // What makes the rule hard: the portal does not tell a room admin who invited whom.
        #expect(try await client.person(id: guest).createdBy == nil)
        var driver = try await Driver(client: client)
        #expect(driver.store.state.session.me.type == .roomAdmin)
        #expect(await driver.select("their.guest@example.org"))
        #expect(driver.store.state.availability(of: .changeType) == .available)
        await driver.press(.char("T"))
        guard case .typeChoice(let choice) = driver.store.state.dialog else {
            Issue.record("no type dialog: \(String(describing: driver.store.state.message?.text))")
            return
        }
        #expect(choice.options.filter(\.isAvailable).map(\.type) == [.user])
        #expect(choice.chosen?.type == .user)
        await driver.press(.enter, .char("y"))
        #expect(await driver.tick { !$0.isChangeInFlight && $0.dialog == nil })
        #expect(driver.store.state.message?.text == "Changed to User: Their Guest <their.guest@example.org>")
        #expect(try await portal.client().person(id: guest).type == .user)
        #expect(driver.audit.entries.last?.targets.map(\.outcome) == ["done"])
    }

    @Test("A room admin's session demotes another room admin to User, as the server lets them (StartUserTypeUpdate)")
    func roomAdminDemotes() async throws {
        try await LivePortal.run { portal in try await Self.roomAdminDemotes(portal) }
    }

    @MainActor
    static func roomAdminDemotes(_ portal: LivePortal) async throws {
        _ = await portal.add("demoting.room.admin@example.org", type: .roomAdmin)
        let other = await portal.add("other.room.admin@example.org", type: .roomAdmin, ownsRooms: true)
        let token = try #require(await portal.server.issueToken(forEmail: "demoting.room.admin@example.org"))
        var driver = try await Driver(client: portal.client(.token(token)))
        #expect(await driver.select("other.room.admin@example.org"))
        #expect(driver.store.state.availability(of: .changeType) == .available)
        await driver.press(.char("T"))
        guard case .typeChoice(let choice) = driver.store.state.dialog else {
            Issue.record("no type dialog: \(String(describing: driver.store.state.message?.text))")
            return
        }
        #expect(choice.options.filter(\.isAvailable).map(\.type) == [.user, .guest])
        #expect(choice.chosen?.type == .user)
        await driver.press(.enter)  // the receiver picker: you by default
        guard case .receiverChoice = driver.store.state.dialog else {
            Issue.record("no picker")
            return
        }
        await driver.press(.enter, .char("y"))
        #expect(await driver.tick { $0.taskWatch == nil && $0.dialog != .taskProgress })
        #expect(driver.store.state.message?.text == "Changed to User: Test Person <other.room.admin@example.org>")
        #expect(try await portal.client().person(id: other).type == .user)
        #expect(driver.audit.entries.last?.targets.map(\.outcome) == ["done"])
    }

    @Test(
        "d on a disabled person who only shared files: the hand-over is offered (reassign/necessary asked with type=Guest)"
    )
    func sharedFilesOfferTheHandover() async throws {
        try await LivePortal.run { portal in try await Self.sharedFilesOfferTheHandover(portal) }
    }

    @MainActor
    static func sharedFilesOfferTheHandover(_ portal: LivePortal) async throws {
        let client = portal.client()
        let ramon = try await client.person(email: "ramon.pena@example.com")
        let snapshot = try #require(await portal.server.snapshot(id: ramon.id))
        #expect(snapshot.sharesFiles, "the demo's disabled person with shared files and no rooms")
        let driver = try await Driver(client: client)
        #expect(await driver.select("ramon.pena@example.com"))
        await driver.press(.char("d"), .char("y"))
        guard case .handover(let choice) = driver.store.state.dialog else {
            Issue.record("no hand-over dialog: \(String(describing: driver.store.state.message?.text))")
            return
        }
        #expect(choice.needing.map(\.id) == [ramon.id])
        await driver.press(.escape)
        #expect(try await client.person(id: ramon.id).status == .terminated, "nothing deleted")
    }

    @Test("d on the demo's disabled room owner: hand-over to you, then the delete, proved by a 404")
    func reassignThenDelete() async throws {
        try await LivePortal.run { portal in try await Self.reassignThenDelete(portal) }
    }

    @MainActor
    static func reassignThenDelete(_ portal: LivePortal) async throws {
        let client = portal.client()
        let noel = try await client.person(email: "noel.lefevre@example.com")
        #expect(noel.status == .terminated)
        #expect(try await client.reassignNecessary(userId: noel.id))
        var driver = try await Driver(client: client)
        #expect(await driver.select("noel.lefevre@example.com"))
        await driver.press(.char("d"), .char("y"))
        guard case .handover(let choice) = driver.store.state.dialog else {
            Issue.record("no hand-over dialog: \(String(describing: driver.store.state.message?.text))")
            return
        }
        #expect(choice.needing.map(\.id) == [noel.id])
        await driver.press(.char("h"))
        #expect(await driver.tick { $0.taskWatch == nil && !$0.isChangeInFlight })
        #expect(driver.store.state.message?.text == "Deleted Noël Lefèvre <noel.lefevre@example.com>")
        #expect(await Self.lookUpError(client, noel.id) == .notFound(message: "The user could not be found"))
        #expect(driver.audit.entries.map(\.action) == ["reassign", "delete"])
        #expect(driver.audit.sent.map(\.action) == ["reassign", "delete"], "each request's sent line too")
        #expect(driver.audit.entries.allSatisfy { $0.targets.map(\.outcome) == ["done"] })
    }

    @Test("d, then L: deleted without handing over")
    func deleteAndLose() async throws {
        try await LivePortal.run { portal in try await Self.deleteAndLose(portal) }
    }

    @MainActor
    static func deleteAndLose(_ portal: LivePortal) async throws {
        let client = portal.client()
        let noel = try await client.person(email: "noel.lefevre@example.com")
        let driver = try await Driver(client: client)
        #expect(await driver.select("noel.lefevre@example.com"))
        await driver.press(.char("d"), .char("y"))
        await driver.press(.char("L"))
        #expect(driver.store.state.message?.text == "Deleted Noël Lefèvre <noel.lefevre@example.com>")
        #expect(await Self.lookUpError(client, noel.id) == .notFound(message: "The user could not be found"))
        #expect(await portal.requests("POST /api/2.0/people/reassign/start") == 0)
    }

    /// The error re-reading a person gives, `nil` when they are still there.
    nonisolated static func lookUpError(_ client: DocSpaceClient, _ id: String) async -> DocSpaceError? {
        do {
            _ = try await client.person(id: id)
            return nil
        } catch {
            return error as? DocSpaceError
        }
    }
}
