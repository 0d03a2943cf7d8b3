import DocSpaceAPI
import Foundation
import PeopleCore
import StandInPortal
import Testing

@testable import PeopleCLI
@testable import TerminalUI

/// The command line's changes on the one change path, against a portal that changes some of
/// the people and then refuses (the real server changes them one by one and stops at the first
/// it refuses): the rows printed and the JSON say what the portal shows, person by person, in
/// its words, and the audit log's outcome line says the same.
@Suite("CLI changes: a portal that changes some and then refuses")
struct ChangeCommandTests {
    static func auditTrail() -> AuditTrail {
        AuditTrail(
            portal: "portal.example.com",
            log: AuditLogFile(directory: NSTemporaryDirectory() + "cli-change-" + UUID().uuidString))
    }

    /// The JSON rows, as scripts read them.
    static func json(_ rows: BulkReport) throws -> [[String: Any]] {
        let text = try #require(rows.lines(json: true).first)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    /// Ids of the rows with this outcome, from the JSON.
    static func ids(_ json: [[String: Any]], _ outcome: TargetOutcome) -> Set<String> {
        Set(json.filter { $0["result"] as? String == outcome.rawValue }.compactMap { $0["id"] as? String })
    }

    /// The last outcome line of the audit log agrees with the rows, person by person.
    static func expectAuditAgrees(_ rows: BulkReport, _ audit: AuditTrail, action: String) throws {
        let entries = audit.log.entries().entries
        let outcome = try #require(entries.last { $0.stage == .outcome }, "no outcome line")
        #expect(outcome.action == action)
        #expect(outcome.source == "cli")
        let logged = Dictionary(
            outcome.targets.map { ($0.id ?? $0.email ?? "", ($0.outcome, $0.detail ?? "")) },
            uniquingKeysWith: { first, _ in first })
        #expect(logged.count == rows.entries.count, "one audit target per row")
        for row in rows.entries {
            let key = row.id ?? row.email ?? ""
            #expect(logged[key]?.0 == row.result, "\(key): audit \(String(describing: logged[key])) vs \(row.result)")
            #expect(logged[key]?.1 == row.detail, "\(key)")
        }
        #expect(entries.contains { $0.stage == .sent }, "a sent line before the request")
    }

    // MARK: A scripted portal, where the stand-in cannot refuse part-way

    static func people(_ count: Int, status: EmployeeStatus) -> [Person] {
        (0..<count).map { PartialPortal.person($0, status: status) }
    }

    @Test("terminate: the portal terminated 3 of 6 and refused the 4th; a re-read tells who is done")
    func terminate() async throws {
        let portal = PartialPortal(Self.people(6, status: .active), refusing: ["id-3"])
        let audit = Self.auditTrail()
        let names = (0..<6).map { "p\($0)@example.com" }
        let (rows, _) = try await ChangeCommand(kind: .terminate, client: portal, audit: audit)
            .results(for: names, dryRun: false)
        let json = try Self.json(rows)
        #expect(Self.ids(json, .done) == ["id-0", "id-1", "id-2"])
        #expect(Self.ids(json, .failed) == ["id-3", "id-4", "id-5"])
        for row in json where row["result"] as? String == "failed" {
            let detail = try #require(row["detail"] as? String)
            #expect(detail.contains("the portal says no"), "the portal's words: \(detail)")
            #expect(detail.contains("a re-read shows them still Active"), "\(detail)")
        }
        #expect(Set(json.compactMap { $0["input"] as? String }) == Set(names), "each row names what was typed")
        #expect(rows.lines(json: false).last == "terminate: 3 done · 3 failed")
        #expect(portal.current("id-2")?.status == .terminated && portal.current("id-3")?.status == .active)
        try Self.expectAuditAgrees(rows, audit, action: "terminate")
        #expect(throws: CLIFailure.self) { try rows.outcome() }
    }

    @Test("delete: the portal deleted 3 of 6 and refused the 4th; only a 404 proves a delete")
    func delete() async throws {
        let portal = PartialPortal(Self.people(6, status: .terminated), refusing: ["id-3"])
        let audit = Self.auditTrail()
        let (rows, _) = try await ChangeCommand(kind: .delete, client: portal, audit: audit)
            .results(for: (0..<6).map { "id-\($0)" }, dryRun: false)
        let json = try Self.json(rows)
        #expect(Self.ids(json, .done) == ["id-0", "id-1", "id-2"])
        #expect(Self.ids(json, .failed) == ["id-3", "id-4", "id-5"])
        #expect(json.filter { $0["result"] as? String == "done" }.allSatisfy { $0["detail"] as? String == "deleted" })
        #expect(
            json.filter { $0["result"] as? String == "failed" }
                .allSatisfy { ($0["detail"] as? String)?.contains("the portal says no") == true })
        #expect(portal.current("id-0") == nil && portal.current("id-3") != nil)
        try Self.expectAuditAgrees(rows, audit, action: "delete")
    }

    @Test("resend: 250 invitees; the 1st batch of 100 is answered, the 2nd refused, the 3rd never sent")
    func resend() async throws {
        let portal = PartialPortal(Self.people(250, status: .pending), refusing: ["id-150"])
        let audit = Self.auditTrail()
        let (rows, _) = try await ChangeCommand(kind: .resendInvitation, client: portal, audit: audit)
            .results(for: (0..<250).map { "p\($0)@example.com" }, dryRun: false)
        let json = try Self.json(rows)
        #expect(Self.ids(json, .done) == Set((0..<100).map { "id-\($0)" }))
        #expect(Self.ids(json, .failed) == Set((100..<200).map { "id-\($0)" }))
        #expect(Self.ids(json, .notSent) == Set((200..<250).map { "id-\($0)" }))
        #expect(
            json.filter { $0["result"] as? String == "failed" }
                .allSatisfy { ($0["detail"] as? String)?.contains("the portal says no") == true })
        #expect(
            json.filter { $0["result"] as? String == "not sent" }
                .allSatisfy { ($0["detail"] as? String)?.hasPrefix("not sent: an earlier batch failed") == true })
        #expect(rows.summary == "resend-invitation: 100 done · 100 failed · 50 not sent")
        try Self.expectAuditAgrees(rows, audit, action: "resend-invitation")
    }

    @Test("sign-out: one request per person; 3 signed out, the 4th refused, the rest never sent")
    func signOut() async throws {
        let portal = PartialPortal(Self.people(6, status: .active), refusing: ["id-3"])
        let audit = Self.auditTrail()
        let (rows, _) = try await ChangeCommand(kind: .signOut, client: portal, audit: audit)
            .results(for: (0..<6).map { "user\($0)" }, dryRun: false)
        let json = try Self.json(rows)
        #expect(Self.ids(json, .done) == ["id-0", "id-1", "id-2"])
        #expect(Self.ids(json, .failed) == ["id-3"])
        #expect(Self.ids(json, .notSent) == ["id-4", "id-5"])
        #expect(
            (json.first { $0["id"] as? String == "id-3" }?["detail"] as? String)?.contains("the portal says no") == true
        )
        #expect(portal.signedOut == ["id-0", "id-1", "id-2"])
        try Self.expectAuditAgrees(rows, audit, action: "sign-out")
        // Each request had its own sent line.
        #expect(audit.log.entries().entries.filter { $0.stage == .sent }.count == 4)
    }

    @Test("send-password-reset: each person read, then mailed at that address; the 3rd refused stops the rest")
    func sendPasswordReset() async throws {
        let portal = PartialPortal(Self.people(5, status: .active), refusing: ["id-2"])
        let audit = Self.auditTrail()
        let (rows, _) = try await ChangeCommand(kind: .sendPasswordReset, client: portal, audit: audit)
            .results(for: (0..<5).map { "user\($0)" }, dryRun: false)
        let json = try Self.json(rows)
        #expect(Self.ids(json, .done) == ["id-0", "id-1"])
        #expect(Self.ids(json, .failed) == ["id-2"])
        #expect(Self.ids(json, .notSent) == ["id-3", "id-4"])
        #expect(portal.mailed == ["p0@example.com", "p1@example.com"])
        #expect(rows.summary == "send-password-reset: 2 done · 1 failed · 2 not sent")
        try Self.expectAuditAgrees(rows, audit, action: "send-password-reset")
    }

    @Test("A dry run sends nothing and says, per person, what would be sent or why not")
    func dryRun() async throws {
        var people = Self.people(3, status: .active)
        people[2].status = .terminated
        let portal = PartialPortal(people, refusing: [])
        let audit = Self.auditTrail()
        let (rows, _) = try await ChangeCommand(kind: .terminate, client: portal, audit: audit)
            .results(for: ["id-0", "id-1", "id-2", "nobody@example.com"], dryRun: true)
        let byInput = Dictionary(rows.entries.map { ($0.input, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byInput["id-0"]?.result == "not sent")
        #expect(byInput["id-0"]?.detail == "would terminate (PUT /api/2.0/people/status/Terminated)")
        #expect(byInput["id-2"]?.detail == "already disabled")
        #expect(byInput["nobody@example.com"]?.result == "failed", "a name that matches no one is reported")
        #expect(portal.current("id-0")?.status == .active)
        #expect(audit.log.entries().entries.isEmpty, "nothing sent, nothing logged")
    }

    /// Ctrl-C has come.
    struct Pressed: InterruptSignal { var isInterrupted: Bool { true } }

    @Test("Ctrl-C stops the run after the batch on its way: the rest are not sent, and say so")
    func stopAfterTheBatch() async throws {
        let portal = PartialPortal(Self.people(250, status: .active), refusing: [])
        let audit = Self.auditTrail()
        let (rows, report) = try await ChangeCommand(kind: .terminate, client: portal, audit: audit)
            .results(for: (0..<250).map { "id-\($0)" }, dryRun: false, stop: Pressed())
        let json = try Self.json(rows)
        #expect(Self.ids(json, .done) == Set((0..<100).map { "id-\($0)" }))
        #expect(Self.ids(json, .notSent) == Set((100..<250).map { "id-\($0)" }))
        #expect(rows.entries.filter { $0.result == "not sent" }.allSatisfy { $0.detail == ChangeRun.stoppedReason })
        #expect(report.stoppedCount == 150, "the command exits 130 on it")
        #expect(portal.current("id-100")?.status == .active)
        try Self.expectAuditAgrees(rows, audit, action: "terminate")
    }

    // MARK: The stand-in, which refuses part-way like the real server

    static let apiKey = "sk-cli-change-7a8b9c0d"

    static func standIn(
        paidSeats: Int? = nil, _ seeds: [PortalPersonSeed],
        _ body: (DocSpaceClient, PortalServer, [String]) async throws -> Void
    ) async throws {
        var options = PortalOptions(users: 1, apiKey: apiKey)
        options.paidSeats = paidSeats
        let server = PortalServer(options: options)
        let url = try await server.start(host: "127.0.0.1", port: 0)
        var ids: [String] = []
        for seed in seeds { ids.append(await server.addPerson(seed)) }
        let client = DocSpaceClient(
            configuration: ClientConfiguration(baseURL: url, credentials: .apiKey(apiKey), timeout: 30))
        do {
            try await body(client, server, ids)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    static let seatWords = "The number of admins should not exceed 4"

    /// The outcome rows agree with the portal's own state, person by person: the first `k`
    /// are done, the rest failed with the portal's words.
    static func expectPrefixDone(
        _ rows: BulkReport, ids: [String], reached: (String) async -> Bool, words: String
    ) async throws {
        let json = try json(rows)
        let done = Self.ids(json, .done)
        let k = done.count
        #expect(k > 0 && k < ids.count, "changed some, then refused: \(k) of \(ids.count)")
        #expect(done == Set(ids.prefix(k)), "the portal changes them in order")
        #expect(Self.ids(json, .failed) == Set(ids.dropFirst(k)))
        for id in ids { #expect(await reached(id) == done.contains(id), "\(id): the rows say what the portal shows") }
        for row in json where row["result"] as? String == "failed" {
            #expect((row["detail"] as? String)?.contains(words) == true, "\(row)")
        }
    }

    @Test("activate: the paid seats run out part-way (402); those re-activated before it are done")
    func activate() async throws {
        let seeds = (0..<6).map {
            PortalPersonSeed(email: "back\($0)@example.org", type: .roomAdmin, status: .terminated)
        }
        try await Self.standIn(paidSeats: 4, seeds) { client, server, ids in
            let audit = Self.auditTrail()
            let (rows, _) = try await ChangeCommand(kind: .reactivate, client: client, audit: audit)
                .results(for: seeds.map(\.email), dryRun: false)
            try await Self.expectPrefixDone(
                rows, ids: ids, reached: { await server.snapshot(id: $0)?.status == .active }, words: Self.seatWords)
            try Self.expectAuditAgrees(rows, audit, action: "activate")
        }
    }

    @Test("set-type room-admin: the paid seats run out part-way (402); those raised before it are done")
    func setTypeRaise() async throws {
        let seeds = (0..<6).map { PortalPersonSeed(email: "up\($0)@example.org", type: .user) }
        try await Self.standIn(paidSeats: 4, seeds) { client, server, ids in
            let audit = Self.auditTrail()
            let (rows, _) = try await ChangeCommand(kind: .setType(.roomAdmin), client: client, audit: audit)
                .results(for: seeds.map(\.email), dryRun: false)
            try await Self.expectPrefixDone(
                rows, ids: ids, reached: { await server.snapshot(id: $0)?.type == .roomAdmin },
                words: Self.seatWords)
            try Self.expectAuditAgrees(rows, audit, action: "set-type RoomAdmin")
        }
    }

    @Test("invite: the portal invites one by one and stops at a disabled address; those before it are pending")
    func invite() async throws {
        let disabled = PortalPersonSeed(email: "gone@example.org", status: .terminated)
        try await Self.standIn([disabled]) { client, server, _ in
            let audit = Self.auditTrail()
            let emails = ["new.a@example.org", "new.b@example.org", "gone@example.org", "new.c@example.org"]
            let rows = try await Invite.send(emails, as: .user, culture: nil, client: client, audit: audit)
            let json = try Self.json(rows)
            func result(_ email: String) -> String? {
                json.first { $0["input"] as? String == email }?["result"] as? String
            }
            #expect(result("new.a@example.org") == "done")
            #expect(result("new.b@example.org") == "done")
            #expect(result("gone@example.org") == "failed")
            #expect(result("new.c@example.org") == "failed")
            #expect(await server.snapshot(email: "new.b@example.org")?.status == .pending)
            #expect(await server.snapshot(email: "new.c@example.org") == nil, "never created")
            for row in json where row["result"] as? String == "failed" {
                #expect((row["detail"] as? String)?.contains("User disabled") == true, "the portal's words: \(row)")
            }
            let outcome = try #require(audit.log.entries().entries.last { $0.stage == .outcome })
            #expect(outcome.targets.map(\.outcome) == json.map { $0["result"] as? String ?? "" })
            #expect(outcome.targets.map(\.detail) == json.map { $0["detail"] as? String })
        }
    }

    // MARK: One outcome, three views

    @Test("The CLI's rows, the audit line and the results view say the same outcome and detail")
    func oneOutcomeEverywhere() async throws {
        let portal = PartialPortal(Self.people(6, status: .active), refusing: ["id-3"])
        let audit = Self.auditTrail()
        let (rows, report) = try await ChangeCommand(kind: .terminate, client: portal, audit: audit)
            .results(for: (0..<6).map { "id-\($0)" }, dryRun: false)
        let entry = ChangeAudit.entry(
            for: report, portal: "portal.example.com", me: PartialPortal.me, source: "cli", time: Date())
        let resultRows = report.resultRows
        #expect(resultRows.count == 6 && rows.entries.count == 6 && entry.targets.count == 6)
        #expect(Set(resultRows.map(\.outcome)) == [.done, .failed], "both words are compared")
        for (index, row) in resultRows.enumerated() {
            let printed = rows.entries[index]
            let logged = entry.targets[index]
            let shown = ResultsDialog.text(row, kind: report.kind)
            #expect(printed.id == row.person.id && logged.id == row.person.id)
            #expect(printed.result == row.outcome.rawValue && logged.outcome == row.outcome.rawValue)
            #expect(shown.hasPrefix(ResultsDialogMark.of(row.outcome)), "\(shown)")
            #expect(printed.detail == row.detail && logged.detail == row.detail)
            #expect(shown.hasSuffix(": " + row.detail), "\(shown)")
        }
    }
}

/// The outcome word as the results view starts its row with it.
enum ResultsDialogMark {
    static func of(_ outcome: TargetOutcome) -> String {
        let symbol =
            switch outcome {
            case .done: "✓"
            case .skipped: "–"
            case .failed: "✗"
            case .notSent: "·"
            }
        return "\(symbol) \(outcome.rawValue)"
    }
}
