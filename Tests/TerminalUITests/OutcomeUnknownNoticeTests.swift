import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// What standard error says after the app ended with a change on its way.
@Suite("The outcome-unknown notice on standard error")
struct OutcomeUnknownNoticeTests {
    @Test("Names the change, the request and each person; says nothing when nothing was waiting")
    func notice() throws {
        #expect(OutcomeUnknownNotice.text([]) == nil)
        let entry = AuditEntry(
            stage: .outcomeUnknown, time: .distantPast, portal: "p", user: .init(id: "me", email: nil),
            action: "terminate", request: "PUT /api/2.0/people/status/Terminated", source: "tui",
            targets: [
                .init(
                    id: "a", email: "ann@example.com", displayName: "Ann \u{1B}[31mRed",
                    outcome: "unknown", detail: AuditEntry.outcomeUnknownDetail)
            ])
        let text = try #require(OutcomeUnknownNotice.text([entry]))
        #expect(
            text.contains(
                "terminate (PUT /api/2.0/people/status/Terminated) was sent; outcome not known — check the portal"))
        #expect(text.contains("<ann@example.com>"))
        #expect(!text.contains("\u{1B}"), "names from the portal cannot reach the terminal as escapes")
    }
}
