import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCore

/// The results view after a change: when it opens, scrolling, closing, and `s` saving it as
/// CSV through a file name field.
@Suite("Results view and its CSV")
struct ResultsViewTests {
    static func terminatedFive() -> Harness {
        var h = Harness.loaded(People.many(40))
        h.state.wallClock = WallClock(origin: 1_795_936_500, utcOffset: 0)  // 2026-11-29 07:15:00 UTC
        for _ in 0..<5 { h.press(.char(" ")) }
        h.press(.char("t"), .char("y"))
        h.settle()
        return h
    }

    @Test("Five terminated: the view lists the five done, with a summary line")
    func opensAfterSeveral() throws {
        let h = Self.terminatedFive()
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results view")
            return
        }
        #expect(h.state.inputContext == .report)
        #expect(report.resultRows.map(\.outcome) == Array(repeating: .done, count: 5))
        #expect(report.resultRows.first?.detail == "now Disabled")
        #expect(report.outcomeLine == "5 done")
        #expect(h.state.message?.text == "Terminated 5 people (u undoes)")
    }

    @Test("One person done: no view, the status line says it; one that failed: the view")
    func singleOnlyWhenFailed() {
        var h = Harness.loaded(People.many(5))
        h.press(.char("t"), .char("y"))
        h.settle()
        #expect(h.state.dialog == nil)
        h.press(.down, .char("t"), .char("y"))
        h.answerChange()
        h.answer(h.pendingChange!.id, with: .failure(.forbidden(message: "Access denied")))
        h.answerChange()  // the re-read of the refused batch
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results view")
            return
        }
        #expect(report.resultRows.map(\.outcome) == [.failed])
    }

    @Test(
        "Arrows, j/k and PgUp/PgDn scroll within the rows; Esc, q and Enter close",
        arguments: [Key.escape, .char("q"), .enter])
    func scrollAndClose(_ close: Key) {
        var h = Harness.loaded(People.many(60))
        h.press(.char("*"))
        h.settle()
        h.press(.char("t"))
        h.confirm()
        h.settle()
        let page = ResultsViewState.visibleRows(for: h.state.size)
        h.press(.down, .char("j"))
        #expect(h.state.results.scroll == 2)
        h.press(.char("k"))
        #expect(h.state.results.scroll == 1)
        h.press(.pageDown, .pageDown, .pageDown, .pageDown)
        #expect(h.state.results.scroll == 60 - page, "stops at the last screenful")
        h.press(.pageUp, .pageUp, .pageUp, .pageUp, .pageUp)
        #expect(h.state.results.scroll == 0)
        h.press(close)
        #expect(h.state.dialog == nil)
    }

    @Test("s offers a file name in the working directory; Enter writes the CSV to it")
    func save() throws {
        var h = Self.terminatedFive()
        h.press(.char("s"))
        #expect(h.state.inputContext == .saveResults)
        #expect(h.state.results.savePath == "docspace-people-terminate-20261129-071500.csv")
        let effects = h.press(.enter)
        let write = try #require(
            effects.compactMap { if case .writeFile(let path, let contents) = $0 { (path, contents) } else { nil } }
                .first)
        #expect(write.0 == "docspace-people-terminate-20261129-071500.csv")
        let lines = write.1.components(separatedBy: "\r\n")
        #expect(lines.first == "id,name,email,outcome,detail")
        #expect(lines.count == 7, "a header, five rows, and the last line's end")
        #expect(lines[1] == "id-0,Person 00000,p0@example.com,done,now Disabled")
        #expect(h.state.results.isSaving, "the field waits for the outcome")
        #expect(h.state.inputContext == .saveResults)
        h.send(.fileWritten(path: "/work/docspace-people-terminate-20261129-071500.csv", problem: nil))
        #expect(h.state.results.savePath == nil)
        #expect(h.state.inputContext == .report, "the view stays open")
        #expect(h.state.message?.text == "Saved to /work/docspace-people-terminate-20261129-071500.csv")
    }

    @Test("A failed save keeps the file name field open, says why with the folder, and Enter tries again")
    func failedSaveKeepsTheField() {
        var h = Self.terminatedFive()
        h.press(.char("s"), .control("u"))
        h.type("/missing/out.csv")
        h.press(.enter)
        h.press(.escape, .char("x"))  // ignored while the file is written
        #expect(h.state.results.savePath == "/missing/out.csv")
        h.send(
            .fileWritten(
                path: "/missing/out.csv", problem: "cannot create out.csv in /missing: No such file or directory"))
        #expect(h.state.inputContext == .saveResults, "the field stays")
        #expect(h.state.results.savePath == "/missing/out.csv")
        #expect(
            h.state.results.saveProblem == "Not saved: cannot create out.csv in /missing: No such file or directory")
        #expect(h.frontEnd.contains(.bell))
        h.press(.control("u"))
        h.type("out.csv")
        let effects = h.press(.enter)
        #expect(effects.contains { if case .writeFile("out.csv", _) = $0 { true } else { false } })
        #expect(h.state.results.saveProblem == nil)
    }

    @Test("The file name can be edited; Esc goes back without saving; an empty name is refused")
    func editName() {
        var h = Self.terminatedFive()
        h.press(.char("s"), .control("u"))
        #expect(h.state.results.savePath == "")
        h.press(.enter)
        #expect(h.state.message?.text == "Type a file name, or Esc")
        h.type("out.csvx")
        h.press(.backspace)
        #expect(h.state.results.savePath == "out.csv")
        let effects = h.press(.escape)
        #expect(!effects.contains { if case .writeFile = $0 { true } else { false } })
        #expect(h.state.results.savePath == nil)
        #expect(h.state.dialog != nil, "Esc in the field goes back to the view")
    }

    @Test("CSV: RFC 4180 quoting (semicolons too), CRLF, and cells a spreadsheet would run as formulas defused")
    func csvCells() {
        #expect(
            ResultsCSV.line(["plain", "Doe, Jane", "say \"hi\"", "two\nlines", "=HYPERLINK(\"x\")"])
                == "plain,\"Doe, Jane\",\"say \"\"hi\"\"\",\"two\nlines\",\"'=HYPERLINK(\"\"x\"\")\"\r\n")
        #expect(ResultsCSV.line(["+1", "-2", "@SUM(A1)", "\tx", "a=b"]) == "'+1,'-2,'@SUM(A1),'\tx,a=b\r\n")
        // Excel in many locales splits on semicolons: a name holding one stays one cell.
        #expect(ResultsCSV.line(["Doe; Jane", "=1;2"]) == "\"Doe; Jane\",\"'=1;2\"\r\n")
    }

    @Test("CSV of a mixed report: one row per person, problems first, with the reasons")
    func csvReport() {
        let hostile = People.person(1, name: "=cmd|' /C calc'!A0")
        let report = ActionReport(
            kind: .delete, done: [People.person(2)],
            failed: [
                SkippedTarget(person: hostile, reason: "the server kept them (not enough rights?)", outcome: .skipped)
            ],
            skipped: [SkippedTarget(person: People.person(3), reason: "not sent: stopped by you", outcome: .skipped)])
        let text = ResultsCSV.text(for: report)
        #expect(
            text == """
                id,name,email,outcome,detail\r
                id-1,'=cmd|' /C calc'!A0,p1@example.com,skipped,the server kept them (not enough rights?)\r
                id-3,Person 00003,p3@example.com,skipped,not sent: stopped by you\r
                id-2,Person 00002,p2@example.com,done,deleted\r

                """)
        #expect(
            ResultsCSV.suggestedFileName(for: report, stamp: "20261129-071500")
                == "docspace-people-delete-20261129-071500.csv")
    }

    @Test("The wall clock names files in local time")
    func stamp() {
        #expect(WallClock(origin: 1_795_936_500, utcOffset: 0).stamp(at: 0) == "20261129-071500")
        #expect(WallClock(origin: 1_795_936_500, utcOffset: 3 * 3600).stamp(at: 61.5) == "20261129-101601")
    }
}
