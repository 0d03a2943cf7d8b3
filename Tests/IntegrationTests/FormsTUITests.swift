import DocSpaceAPI
import Foundation
import PeopleCore
import StandInPortal
import Testing

/// Keeps the audit entries the app hands over.
final class AuditSink: AuditRecorder, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [AuditEntry] = []
    func record(_ entry: AuditEntry) { lock.withLock { stored.append(entry) } }
    /// The outcome lines; each change request's `sent` line, written before it, is in `sent`.
    var entries: [AuditEntry] { lock.withLock { stored.filter { $0.stage == .outcome } } }
    var sent: [AuditEntry] { lock.withLock { stored.filter { $0.stage == .sent } } }
}

/// The terminal UI's add form, invite dialog and resend, driven by keys through the real
/// store and runner against the stand-in portal over loopback.
@Suite("TUI forms ↔ stand-in: add, invite, resend")
@MainActor
struct FormsTUITests {
    static let secret = "Forms-secret-pw-42"

    /// `LivePortal.run` on the main actor, where the store lives.
    func withPortal(_ options: PortalOptions = LivePortal.options(), _ body: (LivePortal) async throws -> Void)
        async throws
    {
        let server = PortalServer(options: options)
        let url = try await server.start(host: "127.0.0.1", port: 0)
        do {
            try await body(LivePortal(server: server, url: url))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The app over a live portal, started, with its audit sink.
    func app(_ portal: LivePortal) async throws -> (AppStore, AuditSink) {
        let client = portal.client()
        let me = try await client.me()
        var state = AppState(
            session: Session(portal: portal.url.host ?? "stand-in", me: me),
            size: TerminalSize(width: 100, height: 30))
        state.autoRefreshInterval = nil
        let audit = AuditSink()
        let store = AppStore(state: state, client: client, audit: audit)
        store.send(.started)
        await store.waitUntilIdle()
        return (store, audit)
    }

    func type(_ text: String, _ store: AppStore) {
        for c in text { store.send(.key(c == "\n" ? .enter : .character(c))) }
    }

    func press(_ keys: Key..., on store: AppStore) {
        for key in keys { store.send(.key(key)) }
    }

    /// n, the fields, Ctrl-S, and waits for the answer (and the list that shows the person).
    func add(
        _ store: AppStore, first: String, last: String, email: String, typeSteps: Int = 0,
        password: String? = nil
    ) async {
        press(.char("n"), on: store)
        type(first, store)
        press(.tab, on: store)
        type(last, store)
        press(.tab, on: store)
        type(email, store)
        press(.tab, on: store)
        for _ in 0..<typeSteps { press(.right, on: store) }
        press(.tab, on: store)
        if let password { type(password, store) }
        press(.control("s"), on: store)
        await store.waitUntilIdle()
    }

    @Test(
        "Add: the person exists on the portal, is selected in the list, can sign in with the password; one audit line without it"
    )
    func add() async throws {
        try await withPortal { portal in
            let (store, audit) = try await app(portal)
            await add(store, first: "Jane", last: "O'Neil-Doe", email: "jane.form@example.org", password: Self.secret)
            #expect(store.state.dialog == nil)
            let created = try await portal.client().person(email: "jane.form@example.org")
            #expect(created.firstName == "Jane" && created.lastName == "O'Neil-Doe")
            #expect(created.type == .user)
            #expect(store.state.selectedPerson?.id == created.id)
            #expect(store.state.message?.text.contains("Added Jane O'Neil-Doe") == true)
            let token = try await DocSpaceClient.login(
                baseURL: portal.url, userName: "jane.form@example.org", password: Self.secret)
            #expect(!token.token.isEmpty)
            #expect(audit.entries.count == 1)
            #expect(audit.sent.map(\.targets.first?.email) == ["jane.form@example.org"], "the sent line came first")
            let entry = try #require(audit.entries.first)
            #expect(entry.action == "add" && entry.request == "POST /api/2.0/people" && entry.source == "tui")
            #expect(entry.targets.first?.id == created.id && entry.targets.first?.outcome == "done")
            #expect(entry.time.timeIntervalSinceNow > -600, "the runner stamps the time")
            let line = String(decoding: try JSONEncoder().encode(entry), as: UTF8.self)
            #expect(!line.contains(Self.secret))
            #expect(!String(describing: store.state).contains(Self.secret))
        }
    }

    @Test("Add a guest: POST people/active, which allows guests")
    func addGuest() async throws {
        try await withPortal { portal in
            let (store, audit) = try await app(portal)
            await add(store, first: "Gus", last: "", email: "gus.guest@example.org", typeSteps: 1)  // User → Guest
            let created = try await portal.client().person(email: "gus.guest@example.org")
            #expect(created.type == .guest)
            #expect(audit.entries.last?.request == "POST /api/2.0/people/active")
            #expect(await portal.requests("POST /api/2.0/people/active") == 1)
        }
    }

    @Test("A taken e-mail: the server's words on the e-mail field, the form open with everything typed")
    func duplicate() async throws {
        try await withPortal { portal in
            _ = await portal.add("taken@example.org")
            let (store, audit) = try await app(portal)
            await add(store, first: "Tom", last: "Taken", email: "taken@example.org", password: Self.secret)
            guard case .addPerson(let form) = store.state.dialog else {
                Issue.record("the form closed")
                return
            }
            #expect(form.focus == .email)
            #expect(form.error(for: .email) == "User with this email is already registered")
            #expect(form.firstName == "Tom" && form.email == "taken@example.org")
            #expect(form.password.revealed == Self.secret)
            #expect(audit.entries.last?.targets.first?.outcome == "failed")
        }
    }

    @Test(
        "A password the portal's policy refuses: the form does not call it fine, and the server's words land on the password field"
    )
    func passwordPolicy() async throws {
        var options = LivePortal.options()
        options.passwordPolicy = PasswordPolicy(minimumLength: 10, requiresUpperCase: true, requiresDigits: true)
        try await withPortal(options) { portal in
            let (store, _) = try await app(portal)
            // What every portal refuses is caught before sending: a space inside.
            await add(store, first: "Pat", last: "Policy", email: "pat.policy@example.org", password: "no spaces here")
            guard case .addPerson(let early) = store.state.dialog else {
                Issue.record("the form closed")
                return
            }
            #expect(early.error(for: .password) == "No spaces (the portal refuses them)")
            #expect(await portal.requests("POST /api/2.0/people") == 0)
            // What only this portal's policy asks for is the portal's to say, on the field.
            let (store2, _) = try await app(portal)
            await add(store2, first: "Pat", last: "Policy", email: "pat.policy@example.org", password: "alllowercase")
            guard case .addPerson(let form) = store2.state.dialog else {
                Issue.record("the form closed")
                return
            }
            #expect(form.focus == .password)
            #expect(
                form.error(for: .password)
                    == "Password must contain from 10 to 30 characters, only latin letters, no spaces, capital letters, digits"
            )
            #expect(await portal.requests("POST /api/2.0/people") == 1)
        }
    }

    @Test("No free paid seat: a room admin is created as User, and the status line says so")
    func seats() async throws {
        let base = LivePortal.options(users: 5)
        try await withPortal(
            PortalOptions(
                users: 5, ownerPassword: base.ownerPassword, apiKey: base.apiKey,
                paidSeats: 0, taskDuration: .milliseconds(50))
        ) { portal in
            let (store, _) = try await app(portal)
            // Three steps: User → Room admin.
            await add(store, first: "Rita", last: "Roomadmin", email: "rita@example.org", typeSteps: 3)
            let created = try await portal.client().person(email: "rita@example.org")
            #expect(created.type == .user)
            #expect(store.state.message?.text.contains("not Room admin") == true)
        }
    }

    @Test("Invite two addresses, one already a member: one invited (pending on the portal), one left out; audit line")
    func invite() async throws {
        try await withPortal { portal in
            _ = await portal.add("member@example.org")
            let (store, audit) = try await app(portal)
            press(.char("i"), on: store)
            type("fresh.invitee@example.org\nmember@example.org", store)
            press(.control("s"), on: store)
            await store.waitUntilIdle()
            guard case .addressReport(let report) = store.state.dialog else {
                Issue.record("no results: \(String(describing: store.state.dialog))")
                return
            }
            #expect(report.results.map(\.email) == ["fresh.invitee@example.org", "member@example.org"])
            #expect(report.results.map(\.outcome) == [.done, .skipped])
            let invitee = try await portal.client().person(email: "fresh.invitee@example.org")
            #expect(invitee.status == .pending)
            #expect(report.results[0].personID == invitee.id)
            #expect(await portal.requests("POST /api/2.0/people/invite") == 1)
            let entry = try #require(audit.entries.last)
            #expect(entry.action == "invite User" && entry.request == "POST /api/2.0/people/invite")
            #expect(entry.targets.map(\.outcome) == ["done", "skipped"])
        }
    }

    @Test("Invite as room admin with no free seat: refused with the portal's words, per address")
    func inviteNoSeat() async throws {
        let base = LivePortal.options(users: 5)
        try await withPortal(
            PortalOptions(
                users: 5, ownerPassword: base.ownerPassword, apiKey: base.apiKey,
                paidSeats: 0, taskDuration: .milliseconds(50))
        ) { portal in
            let (store, _) = try await app(portal)
            press(.char("i"), on: store)
            type("paid.one@example.org", store)
            press(.tab, .left, .enter, on: store)  // Room admin, then Enter on the type sends
            await store.waitUntilIdle()
            guard case .addressReport(let report) = store.state.dialog else {
                Issue.record("no results")
                return
            }
            #expect(report.results.first?.outcome == .failed)
            #expect(report.results.first?.detail.contains("The number of admins exceeds the limit: 1/") == true)
            #expect(report.results.first?.detail.contains("402") == true)
        }
    }

    @Test("Resend to the marked pending people: PUT people/invite, per-person results, audit line")
    func resend() async throws {
        try await withPortal { portal in
            let client = portal.client()
            _ = try await client.invite(
                [
                    Invitation(email: "aaa.pending1@example.org", type: .user),
                    Invitation(email: "aaa.pending2@example.org", type: .user),
                ], culture: nil)
            let (store, audit) = try await app(portal)
            press(.char("f"), .char("f"), on: store)  // status: pending
            await store.waitUntilIdle()
            press(.char(":"), on: store)
            type("search aaa.pending\n", store)
            await store.waitUntilIdle()
            #expect(store.state.rowCount == 2)
            press(.char(" "), .char(" "), .char("I"), .char("y"), on: store)
            await store.waitUntilIdle()
            guard case .report(let report) = store.state.dialog else {
                Issue.record("no results")
                return
            }
            #expect(report.resultRows.map(\.outcome) == [.done, .done])
            #expect(await portal.requests("PUT /api/2.0/people/invite") == 1)
            let entry = try #require(audit.entries.last)
            #expect(entry.action == "resend-invitation" && entry.targets.count == 2)
        }
    }
}
