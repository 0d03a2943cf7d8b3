import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCore

/// Every change the terminal UI sends writes one audit entry per action, with each person's
/// outcome: terminate, re-activate, delete and undo.
@Suite("Audit entries for the terminal UI's changes")
struct ChangeAuditTests {
    static func audits(_ h: Harness) -> [AuditEntry] {
        h.frontEnd.compactMap { if case .audit(let entry) = $0, entry.stage == .outcome { entry } else { nil } }
    }

    static let people: [Person] = (0..<6).map { People.person($0, status: $0 < 3 ? .active : .terminated) }

    @Test("Terminate of two and its undo: one entry each, source tui, portal, user, request, outcomes")
    func terminateAndUndo() throws {
        var h = Harness.loaded(Self.people)
        h.state.wallClock = WallClock(origin: 1_795_936_500)
        h.press(.char(" "), .char(" "), .char("t"), .char("y"))
        h.settle()
        var entries = Self.audits(h)
        #expect(entries.count == 1)
        let entry = try #require(entries.first)
        #expect(entry.source == "tui")
        #expect(entry.portal == "portal.example.com")
        #expect(entry.user == AuditEntry.Actor(id: "owner", email: "owner@example.com"))
        #expect(entry.action == "terminate")
        #expect(entry.request == "PUT /api/2.0/people/status/Terminated")
        #expect(entry.time == Date(timeIntervalSince1970: 1_795_936_500))
        #expect(
            entry.targets == [
                AuditEntry.Target(
                    id: "id-0", email: "p0@example.com", displayName: "Person 00000", outcome: "done",
                    detail: "now Disabled"),
                AuditEntry.Target(
                    id: "id-1", email: "p1@example.com", displayName: "Person 00001", outcome: "done",
                    detail: "now Disabled"),
            ])
        h.press(.escape)  // close the results
        h.press(.char("u"), .char("y"))
        h.settle()
        entries = Self.audits(h)
        #expect(entries.count == 2)
        #expect(entries[1].action == "undo")
        #expect(entries[1].request == "PUT /api/2.0/people/status/Active")
        #expect(entries[1].targets.map(\.outcome) == ["done", "done"])
    }

    @Test("Re-activate with a marked person the rules leave out: they are in the entry as not sent")
    func reactivateWithLeftOut() throws {
        var h = Harness.loaded(Self.people)
        h.select("id-2")
        h.press(.char(" "), .char(" "))  // id-2 (active: left out), id-3 (disabled)
        h.press(.char("a"), .char("y"))
        h.settle()
        let entry = try #require(Self.audits(h).first)
        #expect(entry.action == "activate")
        #expect(entry.request == "PUT /api/2.0/people/status/Active")
        #expect(entry.targets.map(\.id) == ["id-2", "id-3"])
        #expect(entry.targets.map(\.outcome) == ["not sent", "done"])
        #expect(entry.targets[0].detail == "not disabled")
    }

    @Test("Delete of one and of several: the request as it went out, outcomes from the re-read")
    func delete() throws {
        var h = Harness.loaded(Self.people)
        h.select("id-3")
        h.press(.char("d"), .char("y"))
        h.settle()
        var entries = Self.audits(h)
        #expect(entries.last?.request == "DELETE /api/2.0/people/id-3")
        #expect(entries.last?.targets.map(\.outcome) == ["done"])
        h.press(.char(" "), .char(" "), .char("d"))
        h.type("DELETE")
        h.press(.enter)
        h.settle()
        entries = Self.audits(h)
        #expect(entries.count == 2)
        #expect(entries[1].action == "delete")
        #expect(entries[1].request == "PUT /api/2.0/people/delete")
        #expect(entries[1].targets.map(\.outcome) == ["done", "done"])
    }

    @Test("A refused change is audited as failed; a change stopped before sending is not audited")
    func failedAndUnsent() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        h.answerChange()
        h.answer(h.pendingChange!.id, with: .failure(.forbidden(message: "Access denied")))
        h.answerChange()  // the re-read of the refused batch
        let entry = try #require(Self.audits(h).first)
        #expect(entry.targets.map(\.outcome) == ["failed"])
        #expect(
            entry.targets[0].detail
                == "refused: \(ErrorText.explain(.forbidden(message: "Access denied"))); a re-read shows them still Active; not sent again"
        )
        h.press(.escape, .down, .char("t"), .char("y"))
        h.answer(h.pendingChange!.id, with: .failure(.server(status: 500, message: nil)))  // the re-check fails
        #expect(Self.audits(h).count == 1, "nothing was sent, so nothing is audited")
    }

    @Test("The entry's JSON holds no secret field")
    func noSecretFields() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        h.settle()
        let entry = try #require(Self.audits(h).first)
        let json = String(decoding: try JSONEncoder().encode(entry), as: UTF8.self).lowercased()
        for word in ["token", "password", "apikey", "api_key", "secret", "authorization"] {
            #expect(!json.contains(word), "\(word) in \(json)")
        }
    }
}
