import Foundation
import Testing

/// The last sign-in and API keys on the real binary against the demo portal: `H` puts the
/// selected person's last sign-in in the detail, `K` their API keys; `D` narrows the list to
/// those with no sign-in for 90 days, and `*` then `t` is the whole "disable inactive people"
/// job, its results per person.
@Suite("TUI in tmux: last sign-in, the inactive filter, API keys", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUISignInsTmux {
    @Test("H and K fill the detail; D shows the inactive people, * marks them, t terminates them")
    func inactiveJob() throws {
        let tui = try ViewsTmux(arguments: ["--demo"], width: 130, height: 34)
        try tui.waitFor("the first page") { TUIViewsTests.total(in: $0) != nil && $0.contains("@example") }

        try tui.press("H")
        let detail = try tui.waitFor("the last sign-in line") { $0.contains("Signed in") && $0.contains("last ") }
        #expect(detail.contains("days ago") || detail.contains("today") || detail.contains("none in the"), "\(detail)")

        try tui.press("K")
        try tui.waitFor("the API keys line") { $0.contains("API keys") && !$0.contains("reading…") }

        try tui.press("D")
        let filtered = try tui.waitFor("the inactive list") { $0.contains("Inactive: no sign-in for 90 days") }
        #expect(filtered.contains("Sort: last sign-in"), "\(filtered)")
        let status = try tui.waitFor("the count") { $0.contains("people: no sign-in for 90 days") }
        #expect(status.contains(" of "), "\(status)")

        try tui.press("*")
        try tui.waitFor("everyone marked") { $0.contains("Marked everyone on the list") }
        try tui.press("t")
        let question = try tui.waitFor("the question") { $0.contains("─ Terminate ") && $0.contains("people?") }
        #expect(!question.contains("owner@example.com"), "the owner signed in today: never on the list")
        // Over the typed-answer threshold the question wants the number of people typed.
        let count = try #require(
            question.firstMatch(of: /Terminate (\d+) people\?/).map { String($0.1) })
        if question.contains("Type \(count)") {
            try tui.type(count)
            try tui.press("Enter")
        } else {
            try tui.press("y")
        }
        let results = try tui.waitFor("the results") { $0.contains("Results") && $0.contains("done") }
        #expect(!results.contains("failed"), "\(results)")
        #expect(results.contains("\(count) done"), "\(results)")
        try tui.press("Enter")
        try tui.waitFor("the results closed") { !$0.contains("Results: Terminated") }
        try tui.press("X")
        try tui.waitFor("everyone again") { !$0.contains("Inactive: no sign-in") }
        try tui.press("q")
        try tui.waitFor("the app to end") { $0.contains("__VIEWS_EXIT=0") }
    }
}
