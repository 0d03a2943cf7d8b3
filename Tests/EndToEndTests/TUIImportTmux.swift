import Foundation
import Testing

/// `:import` on the real binary: a file with two bad lines sends nothing and names both
/// lines; the good lines of it, imported next, are all created — so nothing of the first
/// file had reached the portal — and the results view and file say so.
@Suite("TUI in tmux: import from a CSV file", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIImportTmux {
    @Test(":import of a CSV with two bad lines: nothing sent, both lines named; then the good lines go")
    func twoBadLines() throws {
        let tui = try ViewsTmux(arguments: ["--demo"], width: 110, height: 30)
        let work = tui.workingDirectory
        try
            "email,first name,last name\r\ntmux.one@example.com,One,Import\r\nbroken-address,Two,Import\r\ntmux.three@example.com,Three,Import\r\ntmux.four@example.com,F0ur,Import\r\n"
            .write(toFile: work + "/bad.csv", atomically: true, encoding: .utf8)
        try "email,first name,last name\r\ntmux.one@example.com,One,Import\r\ntmux.three@example.com,Three,Import\r\n"
            .write(toFile: work + "/good.csv", atomically: true, encoding: .utf8)
        try tui.waitFor("the first page") { TUIViewsTests.total(in: $0) != nil && $0.contains("@example") }

        try tui.type(":import bad.csv")
        try tui.press("Enter")
        let problems = try tui.waitFor("the problems") { $0.contains("Nothing was sent") }
        #expect(problems.contains("line 3: e-mail: Needs an @"), "\(problems)")
        #expect(problems.contains("line 5: first name:"), "\(problems)")
        #expect(problems.contains("2 of 4 lines have problems"), "\(problems)")
        try tui.press("Escape")
        try tui.waitFor("the problems closed") { !$0.contains("Nothing was sent") }
        let written = try FileManager.default.contentsOfDirectory(atPath: work)
        #expect(!written.contains { $0.hasPrefix("docspace-people-import-") }, "\(written)")

        try tui.type(":import good.csv")
        try tui.press("Enter")
        let question = try tui.waitFor("the question") { $0.contains("Create 2 people on") }
        #expect(question.contains("[y] Yes"), "\(question)")
        try tui.press("y")
        let results = try tui.waitFor("the results") {
            $0.contains("Results: Import good.csv") && $0.contains("2 done")
        }
        #expect(results.contains("line 2 tmux.one@example.com"), "\(results)")
        #expect(!results.contains("failed"), "\(results)")
        let file = try #require(
            try FileManager.default.contentsOfDirectory(atPath: work).first { $0.hasPrefix("docspace-people-import-") })
        let rows = try String(contentsOfFile: work + "/" + file, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(rows.filter { $0.contains(",done,") }.count == 2, "\(rows)")
        try tui.press("Escape")
        try tui.waitFor("the results closed") { !$0.contains("Results: Import") }
        try tui.press("q")
        try tui.waitFor("the app to end") { $0.contains("__VIEWS_EXIT=0") }
    }
}
