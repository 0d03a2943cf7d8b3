import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCore

/// Screens that say the right thing: the header and status line follow the latest state,
/// `:messages` keeps what the status line had to cut, dialogs' lists of people scroll without
/// answering, and a failed save keeps its dialog.
@Suite struct ScreensStateTests {
    static let unavailable = DocSpaceError.server(status: 503, message: "Service Unavailable")

    @Test("A first load that failed (503) is not 'loading…'; the error goes once a reload succeeds")
    func failedFirstLoad() throws {
        var h = Harness(people: People.many(30))
        h.send(.started)
        let first = try #require(h.pendingPages.first)
        h.answer(first.id, with: .failure(Self.unavailable))
        #expect(h.state.positionText == "not loaded")
        #expect(h.state.message?.level == .error)
        #expect(h.state.listProblem != nil)
        h.press(.char("r"))
        #expect(h.state.positionText == "loading…", "asked again: loading")
        h.settle()
        #expect(h.state.positionText.hasSuffix(" of 30"), "\(h.state.positionText)")
        #expect(h.state.message == nil, "the listing's error is no longer true")
        #expect(
            h.state.messageLog.entries.last?.text.contains("Could not load people") == true, ":messages still has it")
    }

    @Test("A reload's success retires only the listing's error, not other news")
    func otherMessagesStay() throws {
        var h = Harness.loaded(People.many(30))
        h.press(.char("r"))
        let page = try #require(h.pendingPages.first)
        h.answer(page.id, with: .failure(Self.unavailable))
        #expect(h.state.message?.text.hasPrefix("Could not load people") == true)
        h.press(.char("o"))  // "Sort: …" is news about something else
        h.settle()
        #expect(h.state.message?.text.hasPrefix("Sort:") == true)
    }

    @Test("A stopped listing's 'Stopped loading: r reloads' goes once r brings the rows; it was about the listing")
    func stoppedListingRetired() throws {
        var h = Harness.loaded(People.many(30))
        h.press(.char("r"))
        #expect(!h.state.inFlight.isEmpty, "the reload is on its way")
        h.tick(2)
        h.press(.escape)
        #expect(h.state.message?.text == "Stopped loading: r reloads")
        #expect(h.state.listProblem == "Loading stopped: r reloads")
        h.press(.char("r"))
        h.settle()
        #expect(h.state.listProblem == nil)
        #expect(h.state.message == nil, "no longer true: the rows came, \(String(describing: h.state.message))")
        #expect(h.state.messageLog.entries.contains { $0.text == "Stopped loading: r reloads" }, ":messages has it")
    }

    @Test("'r reloads once you are signed in' goes once a reload brings the rows")
    func signInHintRetired() throws {
        var h = Harness.loaded(People.many(30))
        h.press(.char("r"))
        let page = try #require(h.pendingPages.first)
        h.answer(page.id, with: .failure(.unauthorized(message: "expired")))
        #expect(h.state.dialog != nil, "asked to sign in: \(String(describing: h.state.inputContext))")
        h.press(.escape)
        let hint = try #require(h.state.message)
        #expect(hint.text.contains("r"), "\(hint.text)")
        h.press(.char("r"))
        h.settle()
        #expect(h.state.message == nil, "no longer true: \(String(describing: h.state.message))")
    }

    @Test(
        "A background refresh that succeeds asks again for a detail that failed: no 'not refreshed' next to fresh rows")
    func backgroundRefreshRetriesFailedDetail() throws {
        var h = Harness.loaded(People.many(30))
        h.press(.down)
        let detail = try #require(h.pending.first { if case .loadDetail = $0.request { true } else { false } })
        h.answer(detail.id, with: .failure(Self.unavailable))
        let failed = if case .failed = h.state.detail?.phase { true } else { false }
        #expect(failed, "\(String(describing: h.state.detail?.phase))")
        h.state.autoRefreshInterval = 60
        h.state.nextAutoRefreshAt = h.clock + 60
        h.tick(61)
        h.settle()
        #expect(h.state.detail?.phase == .loaded, "\(String(describing: h.state.detail?.phase))")
        #expect(h.state.detail?.person?.id == h.state.selectedPerson?.id)
    }

    @Test(":messages shows the latest messages whole, newest first; it scrolls and Esc closes")
    func messagesOverlay() {
        var h = Harness.loaded(People.many(30))
        h.command("messages")
        #expect(h.state.messagesScroll == nil, "nothing said yet")
        #expect(h.state.message?.text == "No messages yet")
        h.press(.char("f"), .char("F"))
        h.settle()
        h.command("messages")
        #expect(h.state.inputContext == .messages)
        #expect(h.state.messagesScroll == 0)
        let count = h.state.messageLog.entries.count
        #expect(count == 3, "\(h.state.messageLog.entries)")
        for _ in 0..<10 { h.press(.down) }
        #expect(h.state.messagesScroll == count - 1, "stops at the oldest")
        h.press(.up)
        #expect(h.state.messagesScroll == count - 2, "↑ answers at once after the end")
        h.press(.char("t"))
        #expect(h.state.dialog == nil, "the list's keys do not reach through the overlay")
        h.press(.escape)
        #expect(h.state.messagesScroll == nil)
        #expect(h.state.inputContext == .list)
    }

    @Test("The log keeps the newest MessageLog.capacity messages")
    func logIsBounded() {
        var h = Harness.loaded(People.many(3))
        for _ in 0..<(MessageLog.capacity + 20) { h.press(.char("o")) }
        h.settle()
        #expect(h.state.messageLog.entries.count == MessageLog.capacity)
    }

    @Test("↑/↓/PgUp/PgDn scroll a dialog's names and never answer it", arguments: [Key.char("d"), Key.char("a")])
    func dialogNamesScroll(_ trigger: Key) {
        let people = (0..<15).map { People.person($0, status: .terminated) }
        var h = Harness.loaded(people, size: TerminalSize(width: 60, height: 15))
        h.state.marks = Marks(people)
        h.press(trigger)
        let dialog = h.state.dialog
        #expect(dialog?.peopleInQuestion?.count == 15)
        let sent = h.effects.count
        h.press(.down, .down)
        #expect(h.state.peopleScroll == 2)
        h.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        #expect(h.state.peopleScroll == 14, "at most the last name")
        h.press(.up)
        #expect(h.state.peopleScroll == 13)
        h.press(.pageUp, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp)
        #expect(h.state.peopleScroll == 0)
        #expect(h.state.dialog?.peopleInQuestion?.count == 15, "still asking")
        #expect(h.effects.count == sent, "no request, no bell: the keys only scrolled")
        h.press(.escape)
        #expect(h.state.dialog == nil)
        h.press(trigger)
        #expect(h.state.peopleScroll == 0, "a new dialog starts at the top")
    }

    @Test("A failed export keeps its dialog with the folder named; success names an absolute path")
    func exportFailureKeepsTheDialog() throws {
        var h = Harness.loaded(People.many(30))
        h.press(.char("e"))
        h.press(.control("u"))
        h.type("/missing-folder/people.csv")
        h.press(.enter)
        h.settle()
        guard case .export(let writing) = h.state.dialog else {
            Issue.record("closed before the write")
            return
        }
        #expect(writing.phase == .writing)
        h.press(.escape, .char("x"))
        guard case .export(let still) = h.state.dialog else {
            Issue.record("a key closed it while writing")
            return
        }
        #expect(still.path == "/missing-folder/people.csv")
        h.send(
            .fileWritten(
                path: "/missing-folder/people.csv",
                problem: "cannot create people.csv in /missing-folder: No such file or directory"))
        guard case .export(let failed) = h.state.dialog else {
            Issue.record("closed after a failure")
            return
        }
        #expect(failed.phase == .editing)
        #expect(failed.problem == "Not saved: cannot create people.csv in /missing-folder: No such file or directory")
        #expect(failed.path == "/missing-folder/people.csv", "the name is kept, to be fixed")
        h.press(.control("u"))
        h.type("people.csv")
        h.press(.enter)
        h.settle()
        h.send(.fileWritten(path: "/root/people.csv", problem: nil))
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text == "Saved to /root/people.csv")
    }

    @Test(
        "While a file is written the status line names it by absolute path, as the front end's folder and home make it")
    func writingNamesAbsolutePaths() throws {
        var h = Harness.loaded(People.many(30))
        h.state.fileBase = FileBase(home: "/home/ann", directory: "/srv/work")
        h.press(.char("e"))
        h.press(.control("u"))
        h.type("people.csv")
        h.press(.enter)
        h.settle()
        #expect(h.state.message?.text == "Exported 30 people; writing /srv/work/people.csv…")
        h.send(.fileWritten(path: "/srv/work/people.csv", problem: nil))
        for _ in 0..<5 { h.press(.char(" ")) }
        h.press(.char("t"), .char("y"))
        h.settle()
        #expect(h.report != nil, "the results view")
        h.press(.char("s"), .control("u"))
        h.type("~/out/../results.csv")
        let effects = h.press(.enter)
        #expect(h.state.message?.text == "Saving to /home/ann/results.csv…")
        #expect(
            effects.contains { if case .writeFile("~/out/../results.csv", _) = $0 { true } else { false } },
            "the runner resolves the same name the same way")
    }

    @Test("The file layer names the folder of a failure and the absolute path of a relative name")
    func absolutePaths() async throws {
        let folder = "/nonexistent-\(UUID().uuidString)"
        let problem = await PrivateFile.write("x", to: folder + "/a.csv")
        #expect(problem == "cannot create a.csv in \(folder): No such file or directory")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("abs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        #expect(PrivateFile.absolutePath("out.csv", directory: dir) == dir + "/out.csv")
        #expect(PrivateFile.absolutePath("./sub/../out.csv", directory: dir) == dir + "/out.csv")
        #expect(PrivateFile.absolutePath("~/out.csv", home: "/home/ann", directory: dir) == "/home/ann/out.csv")
        #expect(await PrivateFile.write("x", to: "out.csv", directory: dir) == nil)
        #expect(FileManager.default.fileExists(atPath: dir + "/out.csv"))
        let again = await PrivateFile.write("x", to: "out.csv", directory: dir)
        #expect(again == "\(dir)/out.csv already exists (pick another name)")
    }
}
