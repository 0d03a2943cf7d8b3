import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// Screens that say the right thing, drawn through the in-memory screen: the action bar by
/// rank, messages cut at words, the header after a failed load, dialogs' names that scroll,
/// `:messages`, and a failed export that stays open naming the folder.
@Suite("Screens that say the right thing")
@MainActor
struct ScreensDrawingTests {
    nonisolated static let people: [Person] = (0..<40).map { Fixture.person($0) }

    @Test("At 80×24 the bar keeps search, the filters, help and quit before rare keys and long reasons")
    func barAt80() {
        let fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        let bar = fixture.render().line(22)
        for item in ["/ search", "f status", "Space mark", "t terminate", "? help", "q quit", "F type"] {
            #expect(bar.contains(item), "\(item) missing from: \(bar)")
        }
        #expect(!bar.contains("terminate first (t)"), "the long reason gives way: \(bar)")
        #expect(
            bar.firstRange(of: "/ search")!.lowerBound < bar.firstRange(of: "f status")!.lowerBound,
            "rank order: \(bar)")
        #expect(
            bar.firstRange(of: "t terminate")!.lowerBound < bar.firstRange(of: "? help")!.lowerBound,
            "rank order: \(bar)")
    }

    @Test("Reasons shorten before keys are left out; at 120 columns they are whole")
    func reasonsShorten() {
        let wide = Fixture(people: Self.people, size: TerminalSize(width: 120, height: 40)).render().line(38)
        #expect(wide.contains("d delete: terminate first (t)"), "\(wide)")
        let medium = Fixture(people: Self.people, size: TerminalSize(width: 110, height: 30)).render().line(28)
        #expect(medium.contains("d delete: t first"), "\(medium)")
        #expect(medium.contains("/ search") && medium.contains("o sort"), "\(medium)")
    }

    @Test("The ranking is the key table's: every bar key in the list and the detail has a rank")
    func ranksInTheTable() {
        for context in [KeyContext.panes, .list, .detail] {
            for binding in KeyTable.standard.bindings(in: context) where binding.barLabel != nil {
                #expect(binding.barRank < KeyBinding.rarelyNeeded, "\(binding.action) has no rank")
            }
        }
        let rank = { (action: UserAction) in KeyTable.standard.bindings.first { $0.action == action }!.barRank }
        #expect(rank(.search) < rank(.change(.delete)) && rank(.cycleStatusFilter) < rank(.changeType))
    }

    @Test("A long message is cut at a word and ends in …, never in the middle of a word", arguments: [100, 80])
    func messageCutAtWord(width: Int) {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: width, height: 24))
        let text =
            "Could not load people: the portal answered 503 Service Unavailable; it may be restarting, try again in a minute or ask its administrator"
        fixture.state.message = StatusMessage(text, level: .error, expiresAt: 100)
        let line = fixture.render().line(23)
        let shown = try! #require(line.components(separatedBy: "│ ✗ ").last).trimmingCharacters(in: .whitespaces)
        #expect(shown.hasSuffix("…"), "\(line)")
        let words = shown.dropLast().trimmingCharacters(in: .whitespaces)
        #expect(text.hasPrefix(words), "\(shown)")
        let next = text[text.index(text.startIndex, offsetBy: words.count)...].first
        #expect(next == " " || next == ",", "cut at a word: \(shown)")
    }

    @Test("TerminalText.truncatedAtWord: whole when it fits; whole words and …; a giant first word is cut")
    func truncatedAtWord() {
        #expect(TerminalText.truncatedAtWord("Saved to /tmp/a.csv", toWidth: 30) == "Saved to /tmp/a.csv")
        #expect(TerminalText.truncatedAtWord("Could not load people: timeout", toWidth: 20) == "Could not load…")
        #expect(TerminalText.truncatedAtWord("alpha beta", toWidth: 6) == "alpha…")
        #expect(TerminalText.truncatedAtWord("supercalifragilistic", toWidth: 6) == "super…")
        #expect(
            TerminalText.truncatedAtWord("Saved to /tmp/some/long/folder/people.csv", toWidth: 30)
                == "Saved to …ng/folder/people.csv")
        #expect(TerminalText.width(TerminalText.truncatedAtWord("李小龙 Bruce Lee 李小龙", toWidth: 12)) <= 12)
    }

    @Test("After a failed first load the header says not loaded, and the list says why, wrapped")
    func headerAfterFailedLoad() throws {
        var state = AppState(
            session: Session(portal: "portal.example.com", me: Fixture.owner), size: TerminalSize(width: 80, height: 24)
        )
        state.autoRefreshInterval = nil
        let effects = update(&state, .started)
        let id = try #require(effects.compactMap { if case .request(let id, .loadPage) = $0 { id } else { nil } }.first)
        _ = update(&state, .response(id, .failure(.server(status: 503, message: "Service Unavailable"))))
        let screen = InMemoryScreen(size: state.size)
        Renderer().draw(AppView(state: state).frame(), on: screen)
        #expect(screen.line(0).contains("not loaded"), "\(screen.line(0))")
        #expect(!screen.line(0).contains("loading…"))
        #expect(screen.text.contains("Could not load people"))
    }

    @Test("The bulk-delete dialog at 60×15 scrolls through every name; the keys never answer")
    func bulkDeleteScrolls() {
        let people = (0..<15).map { Fixture.person($0, status: .terminated) }
        var fixture = Fixture(people: people, size: TerminalSize(width: 60, height: 15))
        fixture.state.marks = Marks(people)
        fixture.press(.char("d"))
        var seen = Set<String>()
        var screen = fixture.render()
        #expect(screen.text.contains("more (↓ PgDn scroll)"), "\(screen.text)")
        for _ in 0..<20 {
            for n in 0..<15 where screen.text.contains("Person \(n) <") { seen.insert("Person \(n)") }
            fixture.press(.down)
            screen = fixture.render()
        }
        #expect(seen.count == 15, "every name can be read: \(seen.sorted())")
        #expect(screen.text.contains("above"), "\(screen.text)")
        #expect(screen.text.contains("Person 14 <"), "the end shows the last name")
        #expect(screen.text.contains("Delete 15 people?"), "still asking")
        fixture.press(.pageUp, .pageUp, .pageUp)
        #expect(!fixture.render().text.contains("above"))
    }

    @Test("The window of names: a full last page, a row for each of ↑ above and + more")
    func window() {
        #expect(PeopleInQuestion.window(count: 15, room: 4, scroll: 0) == 0..<3)
        #expect(PeopleInQuestion.window(count: 15, room: 4, scroll: 1) == 1..<3)
        #expect(PeopleInQuestion.window(count: 15, room: 4, scroll: 14) == 12..<15)
        #expect(PeopleInQuestion.window(count: 15, room: 4, scroll: 99) == 12..<15)
    }

    @Test(":messages shows a long message whole, wrapped at words, where the status line cut it")
    func messagesOverlay() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        let name = "frobnicate-every-account-of-the-portal"
        fixture.press(.char(":"))
        for c in name { fixture.press(.character(c)) }
        fixture.press(.enter)
        let status = fixture.render().line(23)
        #expect(
            status.contains("Unknown command") && status.contains("…") && !status.contains("lists the keys)"),
            "\(status)")
        fixture.press(.char(":"))
        for c in "messages" { fixture.press(.character(c)) }
        fixture.press(.enter)
        let screen = fixture.render()
        #expect(screen.text.contains("Messages, newest first"), "\(screen.text)")
        #expect(screen.text.contains("✗ Unknown command: " + name), "\(screen.text)")
        #expect(screen.text.contains("completes, ? lists the keys)"), "the rest, on the next row: \(screen.text)")
        #expect(screen.line(22).contains("Esc/q close"), "\(screen.line(22))")
        fixture.press(.escape)
        #expect(!fixture.render().text.contains("Messages, newest first"))
    }

    @Test("A failed export stays open and names the folder")
    func exportFailure() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        fixture.press(.char("e"))
        guard case .export(var form) = fixture.state.dialog else {
            Issue.record("no dialog")
            return
        }
        form.problem = "Not saved: cannot create people.csv in /root/missing: No such file or directory"
        fixture.state.dialog = .export(form)
        let text = fixture.render().text
        #expect(text.contains("/root/missing"), "\(text)")
        #expect(text.contains("Enter exports"))
    }

    @Test(
        "A dialog's line over its rows ends at a word with …, never in the middle of one",
        arguments: [13, 17, 21, 28])
    func dialogLineCutAtWord(_ width: Int) {
        let text = "Not saved: cannot create people.csv in /root/missing: No such file or directory"
        let rows = DialogBox.wrap([DialogBox.Line(text, maxLines: 2)], width: width).map(\.text)
        #expect(rows.count == 2, "\(rows)")
        let last = rows.last ?? ""
        #expect(last.contains("…"), "\(rows)")
        #expect(rows.allSatisfy { TerminalText.width($0) <= width }, "\(rows)")
        // Whole words of the text, or a path's end after "…" (it keeps its end, as on the
        // status line).
        let words = Set(text.split(separator: " ").map(String.init))
        for token in last.split(separator: " ").map(String.init) {
            let bare = token.trimmingCharacters(in: CharacterSet(charactersIn: "…"))
            let whole = bare.isEmpty || words.contains(bare)
            let pathEnd = token.hasPrefix("…") && bare.contains("/") && words.contains { $0.hasSuffix(bare) }
            #expect(whole || pathEnd, "\(token) in \(rows)")
        }
    }

    @Test("The export dialog names where a relative or ~ name goes, by absolute path, before anything is written")
    func exportNamesTheTarget() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        fixture.state.fileBase = FileBase(home: "/home/ann", directory: "/srv/work")
        fixture.press(.char("e"), .control("u"))
        for c in "~/out/people.csv" { fixture.press(.character(c)) }
        var text = fixture.render().text
        #expect(text.contains("Into:    /home/ann/out/people.csv"), "\(text)")
        fixture.press(.control("u"))
        for c in "/tmp/people.csv" { fixture.press(.character(c)) }
        text = fixture.render().text
        #expect(!text.contains("Into:"), "an absolute name is already the whole answer: \(text)")
    }

    @Test("The results' file name field names where a relative name goes, by absolute path")
    func resultsSaveNamesTheTarget() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 100, height: 24))
        fixture.state.fileBase = FileBase(home: "/home/ann", directory: "/srv/work")
        fixture.state.dialog = .report(ActionReport(kind: .terminate, done: Array(Self.people.prefix(3)), failed: []))
        fixture.state.results.savePath = "results.csv"
        let text = fixture.render().text
        #expect(text.contains("Save as CSV: results.csv"), "\(text)")
        #expect(text.contains("Into: /srv/work/results.csv"), "\(text)")
    }
}
