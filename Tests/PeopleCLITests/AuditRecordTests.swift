import Foundation
import PeopleCore
import Testing

@testable import PeopleCLI

/// The command line's record: `sent` before a change request, `outcome unknown` when the
/// process must end while one waits; `docspace-people audit` tells the three kinds apart.
@Suite("CLI audit: sent, outcome, outcome unknown")
struct AuditRecordTests {
    static func entry(_ stage: AuditEntry.Stage, outcome: String = "done") -> AuditEntry {
        AuditEntry(
            stage: stage, time: Date(timeIntervalSince1970: 0), portal: "p", user: .init(id: "me", email: nil),
            action: "terminate", request: "PUT /api/2.0/people/status/Terminated", source: "cli",
            targets: [
                .init(id: "a", email: "a@example.com", displayName: "Ann", outcome: outcome, detail: nil),
                .init(id: "b", email: "b@example.com", displayName: "Bo", outcome: outcome, detail: nil),
            ])
    }

    @Test("Each kind of line says what it is")
    func stageText() {
        #expect(
            Audit.stageText(Self.entry(.sent, outcome: "sent"))
                == "SENT to the portal for 2 people; the outcome follows on its own line")
        #expect(Audit.stageText(Self.entry(.outcome)) == "outcome: 2 done")
        #expect(
            Audit.stageText(Self.entry(.outcomeUnknown, outcome: "unknown"))
                == "OUTCOME UNKNOWN for 2 people: sent; outcome not known — check the portal")
    }

    @Test("A change still waiting when the process must end: sent, then outcome unknown, in the log")
    func abandonWritesOutcomeUnknown() throws {
        let folder = NSTemporaryDirectory() + "audit-record-" + UUID().uuidString
        let log = AuditLogFile(directory: folder)
        let answered = ChangeRecord.shared.sent(Self.entry(.sent, outcome: "sent"), to: log)
        answered.answered()
        _ = ChangeRecord.shared.sent(Self.entry(.sent, outcome: "sent"), to: log)
        ChangeRecord.shared.abandonAll()
        let entries = log.entries().entries
        #expect(entries.map(\.stage) == [.sent, .sent, .outcomeUnknown])
        #expect(entries[2].targets.map(\.id) == ["a", "b"])
        #expect(
            entries[2].targets.allSatisfy { $0.outcome == "unknown" && $0.detail == AuditEntry.outcomeUnknownDetail })
        // Nothing is left to abandon a second time.
        ChangeRecord.shared.abandonAll()
        #expect(log.entries().entries.count == 3)
    }
}
