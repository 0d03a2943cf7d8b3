import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCore

/// `P` profiles, `W` read-only ⇄ read-write, `e` export, `c`/`C` copy — through the pure
/// `update` (Harness), answers given by hand.
@Suite("Views: profiles, read-only toggle, export, copy")
struct ViewsTests {
    static let profiles = ProfileList(
        profiles: [
            PortalProfile(name: "lab", url: "https://lab.example.org", readOnly: true),
            PortalProfile(name: "work", url: "https://work.example.com"),
        ], current: "work")

    static func loaded(_ count: Int = 30, readOnly: Bool = false) -> Harness {
        var h = Harness.loaded(People.many(count), readOnly: readOnly)
        h.state.profiles = profiles
        return h
    }

    // MARK: W

    @Test("W: read-only → read-write asks y/N naming the portal; W never confirms, n/Esc/Enter cancel")
    func readWriteNeedsYes() {
        var h = Self.loaded(readOnly: true)
        #expect(h.state.keys == KeyTable.standard.readOnly())
        let opened = h.press(.char("W"))
        #expect(h.state.dialog == .confirmReadWrite)
        #expect(h.state.inputContext == .confirmation)
        #expect(opened.contains(.flushTypeAhead))
        // The trigger and every other key are swallowed.
        h.press(.char("W"), .char("t"), .char("x"), .down)
        #expect(h.state.dialog == .confirmReadWrite)
        #expect(h.state.session.readOnly)
        for cancel in [Key.char("n"), .escape, .enter] {
            h.press(cancel)
            #expect(h.state.dialog == nil)
            #expect(h.state.session.readOnly)
            h.press(.char("W"))
        }
        h.press(.char("y"))
        #expect(h.state.dialog == nil)
        #expect(!h.state.session.readOnly)
        #expect(h.state.keys == KeyTable.standard)
        #expect(h.state.message?.text.contains("portal.example.com") == true)
    }

    @Test("W: read-write → read-only at once, and the dangerous keys are gone")
    func readOnlyAtOnce() {
        var h = Self.loaded()
        h.press(.char("W"))
        #expect(h.state.dialog == nil)
        #expect(h.state.session.readOnly)
        #expect(h.state.keys == KeyTable.standard.readOnly())
        let effects = h.press(.char("t"))
        #expect(h.state.dialog == nil)
        #expect(Harness.requests(effects).isEmpty)
    }

    // MARK: Read-only: every path

    /// Requests that read: anything else asked in a read-only session would be a change.
    static func isRead(_ request: Request) -> Bool {
        switch request {
        case .loadPage, .loadDetail, .export, .switchProfile, .loadGroups, .personRooms, .ownedRooms, .readSignIns,
            .loadEveryone, .loadAPIKeys:
            true
        default: false
        }
    }

    /// Dialogs that cannot lead to a change request (the read-write question is the one
    /// deliberate way out of read-only, and asks first).
    static func isHarmless(_ dialog: Dialog?) -> Bool {
        switch dialog {
        case nil, .profilePicker, .export, .confirmReadWrite, .report, .columnChooser, .viewPicker: true
        // The filter's picker only: the others lead to adding or removing people.
        case .groupPicker(let picker): picker.purpose == .filter
        default: false
        }
    }

    static var dangerousBindings: [KeyBinding] { KeyTable.standard.bindings.filter(\.isDangerous) }

    /// Read-only states to try: nothing marked, people marked (some disabled, so that
    /// re-activate and delete would apply), the cursor on a disabled person, the detail focused,
    /// and an undo on offer (a terminate made before the session became read-only).
    static func readOnlyStates() -> [(String, Harness)] {
        let people = (0..<30).map { People.person($0, status: $0 % 3 == 0 ? .terminated : .active) }
        var plain = Harness.loaded(people, readOnly: true)
        plain.state.profiles = profiles
        var marked = plain
        marked.press(.char(" "), .char(" "), .char(" "), .char(" "))
        var detail = plain
        detail.press(.enter)
        var undoable = Harness.loaded(people)
        undoable.select("id-1")
        undoable.press(.char("t"), .char("y"))
        undoable.settle()
        undoable.press(.char("W"))
        return [("nothing marked", plain), ("four marked", marked), ("detail", detail), ("undo on offer", undoable)]
    }

    @Test("Read-only removes every dangerous action from every path: keys, : commands, perform")
    func readOnlyEveryPath() {
        let dangerous = Self.dangerousBindings
        #expect(!dangerous.isEmpty)
        // Every name the command line knows in a read-write session, aliases included.
        let names = Harness.loaded(People.many(3)).state.commandNames
        let arguments = ["", " 1", " all", " id-1", " p1@example.com", " --yes", " DELETE"]
        for (label, base) in Self.readOnlyStates() {
            #expect(base.state.session.readOnly, "\(label)")
            if label == "undo on offer" { #expect(base.state.undo != nil) }
            // Every key of every dangerous binding, in every context it could be typed in.
            for binding in dangerous {
                #expect(!base.state.keys.bindings.contains(binding), "\(binding.action) is in the read-only table")
                #expect(binding.action.changesPeople)
                for key in binding.keys {
                    for focus in [Pane.list, .detail] {
                        var h = base
                        h.state.focus = focus
                        let effects = h.press(key)
                        #expect(Harness.requests(effects).allSatisfy(Self.isRead), "\(label): \(key) → \(effects)")
                        #expect(
                            Self.isHarmless(h.state.dialog),
                            "\(label): \(key) opened \(String(describing: h.state.dialog))")
                    }
                }
                // The action itself, whatever asks for it.
                var h = base
                var effects: [Effect] = []
                h.state.perform(binding.action, into: &effects)
                #expect(Harness.requests(effects).isEmpty, "\(label): perform(\(binding.action))")
                #expect(h.state.dialog == nil)
            }
            // Every key of the whole table, then y and Enter (what would confirm a dialog):
            // nothing but reads. W is left out: it is the deliberate way to read-write, and asks.
            let everyKey = Set(KeyTable.standard.bindings.filter { $0.action != .toggleReadOnly }.flatMap(\.keys))
            for key in everyKey {
                for focus in [Pane.list, .detail] {
                    var h = base
                    h.state.focus = focus
                    let effects = h.press(key) + h.press(.char("y")) + h.press(.enter)
                    #expect(
                        Harness.requests(effects).allSatisfy(Self.isRead), "\(label): \(key), y, Enter → \(effects)")
                }
            }
            // Every `:` command, with and without arguments.
            for name in names where name != "q" && name != "quit" {
                for argument in arguments {
                    var h = base
                    h.press(.char(":"))
                    h.type(name + argument)
                    let effects = h.press(.enter)
                    #expect(
                        Harness.requests(effects).allSatisfy(Self.isRead), "\(label): :\(name)\(argument) → \(effects)")
                    #expect(
                        Self.isHarmless(h.state.dialog),
                        "\(label): :\(name)\(argument) opened \(String(describing: h.state.dialog))")
                    // And nothing a dialog could still send: y and Enter afterwards change nothing.
                    let after = h.press(.char("y")) + h.press(.enter)
                    #expect(
                        Harness.requests(after).allSatisfy(Self.isRead),
                        "\(label): :\(name)\(argument) then y/Enter → \(after)")
                }
            }
        }
        // The dangerous commands are refused with a reason, not "unknown".
        for binding in dangerous {
            guard let name = binding.action.commandName else { continue }
            var h = Self.loaded(readOnly: true)
            h.press(.char(":"))
            h.type(name)
            h.press(.enter)
            #expect(h.state.message?.text.contains("Read-only") == true, ":\(name)")
        }
    }

    // MARK: P

    @Test(
        "P lists the profiles with the current one chosen; Enter signs in; success replaces the session and clears the old portal's state"
    )
    func switchProfile() {
        var h = Self.loaded()
        h.press(.char(" "), .char(" "))
        h.press(.char("/"))
        h.type("Person")
        h.press(.enter)
        h.settle()
        #expect(!h.state.marks.isEmpty)
        h.press(.char("P"))
        guard case .profilePicker(let picker) = h.state.dialog else {
            Issue.record("no picker: \(String(describing: h.state.dialog))")
            return
        }
        #expect(picker.chosen?.name == "work")
        #expect(h.state.inputContext == .profilePicker)
        h.press(.up)
        let effects = h.press(.enter)
        #expect(Harness.requests(effects) == [.switchProfile(name: "lab")])
        // While it signs in the keys wait.
        h.press(.escape, .char("j"))
        guard case .profilePicker(let waiting) = h.state.dialog else {
            Issue.record("picker closed")
            return
        }
        #expect(waiting.switching == "lab")
        let lab = Person(id: "lab-owner", displayName: "Lab Owner", email: "owner@lab.example.org", isOwner: true)
        let switchID = h.pending.first { if case .switchProfile = $0.request { true } else { false } }!.id
        h.server = ScriptedServer([lab, People.person(900), People.person(901)])
        h.answer(
            switchID,
            with: .switchedProfile(Session(portal: "lab (lab.example.org)", me: lab, readOnly: true), profile: "lab"))
        #expect(h.state.dialog == nil)
        #expect(h.state.session.portal == "lab (lab.example.org)")
        #expect(h.state.session.readOnly, "the lab profile says read_only = true")
        #expect(h.state.keys == KeyTable.standard.readOnly())
        #expect(h.state.profiles?.current == "lab")
        #expect(h.state.marks.isEmpty)
        #expect(h.state.search.appliedText == nil)
        #expect(h.state.detail == nil || h.state.detail?.id == h.state.selectedPerson?.id)
        h.settle()
        #expect(h.state.list.total == 3)
        #expect((0..<3).compactMap { h.state.row(at: $0)?.id } == ["lab-owner", "id-900", "id-901"])
        #expect(h.state.message?.text.contains("lab") == true)
    }

    @Test("A failed switch keeps the current session and says why; P is refused while a change runs")
    func failedSwitch() {
        var h = Self.loaded()
        let before = h.state.session
        h.press(.char("P"), .up, .enter)
        let id = h.pending.last!.id
        h.answer(id, with: .profileRefused("not signed in to lab: run `docspace-people login --profile lab`"))
        guard case .profilePicker(let picker) = h.state.dialog else {
            Issue.record("picker closed")
            return
        }
        #expect(picker.problem?.contains("not signed in") == true)
        #expect(h.state.session == before)
        #expect(h.state.message?.text.contains("still on portal.example.com") == true)
        h.press(.enter)
        h.answer(h.pending.last!.id, with: .failure(.unauthorized(message: "Token expired")))
        #expect(h.state.message?.text.contains("Token expired") == true)
        #expect(h.state.session == before)
        h.press(.escape)
        #expect(h.state.dialog == nil)

        // A change in flight: no picker.
        h.select("id-4")
        h.press(.char("t"), .char("y"))
        #expect(h.state.isChangeInFlight)
        h.press(.char("P"))
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text.contains("change is still running") == true)
    }

    @Test("Choosing the current profile stays; without a switcher P says it is not available")
    func currentProfileAndNoSwitcher() {
        var h = Self.loaded()
        let effects = h.press(.char("P"), .enter)
        #expect(Harness.requests(effects).isEmpty)
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text.contains("Already on") == true)
        var bare = Harness.loaded(People.many(3))
        bare.press(.char("P"))
        #expect(bare.state.dialog == nil)
        #expect(bare.state.message?.text.contains("not available") == true)
    }

    // MARK: e

    /// 2026-11-29 07:15:00 UTC.
    static let clock = WallClock(epochAtZero: 1_795_936_500, utcOffset: 0)

    @Test("e: the default file name holds the portal and the time; Tab switches the format and the extension")
    func exportDialog() {
        var h = Self.loaded()
        h.state.wallClock = Self.clock
        h.press(.char("e"))
        guard case .export(let form) = h.state.dialog else {
            Issue.record("no dialog")
            return
        }
        #expect(form.path == "docspace-people-work-20261129-071500.csv")
        #expect(form.format == .csv)
        h.press(.tab)
        guard case .export(let json) = h.state.dialog else { return }
        #expect(json.format == .json)
        #expect(json.path.hasSuffix("-071500.json"))
        h.press(.backTab)
        guard case .export(let back) = h.state.dialog else { return }
        #expect(back.format == .csv)
        h.press(.control("u"))
        h.type("mine.txt")
        h.press(.right)
        guard case .export(let typed) = h.state.dialog else { return }
        #expect(typed.path == "mine.txt", "a path the admin typed keeps its name")
        h.press(.escape)
        #expect(h.state.dialog == nil)

        var bare = Harness.loaded(People.many(3))
        bare.state.wallClock = WallClock(epochAtZero: 1_795_936_500, utcOffset: 3_600)
        bare.press(.char("e"))
        guard case .export(let hosted) = bare.state.dialog else { return }
        #expect(
            hosted.path == "docspace-people-portal.example.com-20261129-081500.csv",
            "the host without profiles, local time")
    }

    @Test("e exports the view's query (search, filters, sort; all pages), shows progress, then writes a new file")
    func exportFlow() {
        var h = Self.loaded(250)
        h.press(.char("f"))  // Active
        h.press(.char("o"))  // sort by e-mail
        h.settle()
        h.command("search Person")
        h.settle()
        h.press(.char("e"), .tab)
        let effects = h.press(.enter)
        let requests = Harness.requests(effects)
        guard case .export(let query, let format)? = requests.first else {
            Issue.record("\(requests)")
            return
        }
        #expect(format == .json)
        #expect(query.status == .active)
        #expect(query.sortBy == .email)
        #expect(query.text == "Person")
        #expect(query.startIndex == 0)
        #expect(query.count == PeopleQuery.maxCount)
        let id = h.pending.last!.id
        h.send(.exportProgress(id, fetched: 100, total: 250))
        guard case .export(let form) = h.state.dialog else {
            Issue.record("closed")
            return
        }
        #expect(form.phase == .fetching(id, fetched: 100, total: 250))
        // Keys other than Esc wait while it fetches.
        h.press(.char("x"), .tab)
        guard case .export(let still) = h.state.dialog else { return }
        #expect(still.path == form.path && still.format == .json)
        h.answerNext()
        guard case .export(let writing) = h.state.dialog else {
            Issue.record("closed before the write")
            return
        }
        #expect(writing.phase == .writing, "open until the file is written")
        let write = h.frontEnd.compactMap { effect -> (String, String)? in
            if case .writeFile(let path, let contents) = effect { (path, contents) } else { nil }
        }.last
        #expect(write?.0 == form.path)
        let expected = { () -> String in
            var writer = PeopleExportWriter(format: .json)
            writer.append(
                h.server.page(PeopleQuery(text: "Person", status: .active, sortBy: .email, startIndex: 0, count: 1_000))
                    .people)
            return writer.finish()
        }()
        #expect(write?.1 == expected)
        #expect(h.state.message?.text.contains("Exported 250 people") == true)
        h.send(.fileWritten(path: "/work/" + form.path, problem: nil))
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text == "Saved to /work/\(form.path)")
    }

    @Test("Esc stops an export while it fetches: nothing is written; a failure stays in the dialog")
    func exportStopAndFailure() {
        var h = Self.loaded()
        h.press(.char("e"), .enter)
        let id = h.pending.last!.id
        let effects = h.press(.escape)
        #expect(effects.contains(.cancel([id])))
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text.contains("stopped") == true)
        #expect(!h.frontEnd.contains { if case .writeFile = $0 { true } else { false } })
        #expect(h.state.inFlight[id] == nil)

        h.press(.char("e"), .enter)
        h.answer(h.pending.last!.id, with: .failure(.server(status: 500, message: "Database is down")))
        guard case .export(let form) = h.state.dialog else {
            Issue.record("closed")
            return
        }
        #expect(form.phase == .editing)
        #expect(form.problem?.contains("Database is down") == true)
        h.press(.control("u"), .enter)
        guard case .export(let empty) = h.state.dialog else { return }
        #expect(empty.problem == "Type a file name first")
        #expect(!h.frontEnd.contains { if case .writeFile = $0 { true } else { false } })
    }

    // MARK: c / C

    @Test("c copies the selected e-mail, C the id, exactly; the status line names the person")
    func copy() {
        var h = Self.loaded()
        h.select("id-2")
        let email = h.press(.char("c"))
        #expect(email.contains(.copyToClipboard("p2@example.com")))
        #expect(h.state.message?.text.hasPrefix("Copied e-mail of Person 00002") == true)
        let id = h.press(.char("C"))
        #expect(id.contains(.copyToClipboard("id-2")))
        #expect(h.state.message?.text.hasPrefix("Copied id of Person 00002") == true)

        var odd = Harness.loaded([Person(id: "x-ö-李-🙂", displayName: "No Mail")])
        let none = odd.press(.char("c"))
        #expect(!none.contains { if case .copyToClipboard = $0 { true } else { false } })
        #expect(odd.state.message?.text.contains("no e-mail") == true)
        #expect(odd.press(.char("C")).contains(.copyToClipboard("x-ö-李-🙂")))
    }

    /// Pasted into a shell, a newline runs the line and `ESC[201~` ends a bracketed paste
    /// early (the rest is typed as keys); C1 U+009B is the same CSI in one character.
    @Test(
        "c and C refuse text with control characters (C0, DEL, C1, ESC[201~) and say so in the status line",
        arguments: [
            "a@b.c\necho pwned", "a@b.c\u{1B}[201~rm -rf ~", "a\u{9B}201~@b.c", "a\u{7F}@b.c",
            "a\u{85}@b.c", "tab\t@b.c", "a@b.c\u{2028}",
        ])
    func copyRefusesControlCharacters(text: String) {
        var h = Harness.loaded([Person(id: text, displayName: "Mallory", email: text)])
        for key in ["c", "C"] {
            let effects = h.press(.char(Character(key)))
            #expect(
                !effects.contains { if case .copyToClipboard = $0 { true } else { false } },
                "\(key) copied \(text.debugDescription)")
            #expect(
                h.state.message?.text.hasPrefix(
                    "Not copied: control characters in the \(key == "c" ? "e-mail" : "id") of Mallory") == true,
                "\(h.state.message?.text ?? "no message")")
            #expect(h.state.message?.level == .warning)
        }
    }

    @Test("The wall clock turns the app's seconds into the local date")
    func wallClock() {
        #expect(Self.clock.civil(at: 0).compactStamp == "20261129-071500")
        #expect(Self.clock.civil(at: 3_600 * 17 + 59).compactStamp == "20261130-001559")
        #expect(WallClock(epochAtZero: 951_782_400).civil(at: 0).compactStamp == "20000229-000000")
        #expect(WallClock(epochAtZero: 0, utcOffset: -3_600).civil(at: 0).compactStamp == "19691231-230000")
        #expect(ExportForm.slug("work (work.example.com:8443)") == "work-work.example.com-8443")
        #expect(ExportForm.slug("../../etc/passwd") == "etc-passwd")
        #expect(ExportForm.slug("Ünïcode") == "n-code")
    }
}

/// The export's fetching through a client: every page in order, each person once, bounded,
/// and stopping without cancelling requests.
@Suite("Views: the export's fetching")
struct ExportFetchTests {
    static func expected(_ people: [Person], _ format: PeopleExportFormat) -> String {
        var writer = PeopleExportWriter(format: format)
        writer.append(ScriptedServer(people).page(PeopleQuery(startIndex: 0, count: 100_000)).people)
        return writer.finish()
    }

    @Test(
        "Every page, in order, one request per 100 people; progress rises to the total",
        arguments: PeopleExportFormat.allCases)
    func everyPage(_ format: PeopleExportFormat) async {
        let people = People.many(1_050)
        let script = ClientScript(people)
        let progress = ProgressLog()
        let response = await ExportFetch.run(
            PeopleQuery(text: nil, startIndex: 300, count: 20), format: format,
            with: ScriptedClient(script), stop: ExportFetch.StopFlag()
        ) { fetched, total in
            progress.add(fetched, total)
        }
        #expect(
            response == .exported(ExportedPeople(contents: Self.expected(people, format), count: 1_050)),
            "from the first person whatever the view's paging, 100 at a time")
        let listings = await script.calls(of: .listing)
        #expect(listings.count == 11)
        let steps = progress.steps
        #expect(steps.first == Step(fetched: 100, total: 1_050))
        #expect(steps.last == Step(fetched: 1_050, total: 1_050))
        #expect(steps.map(\.fetched) == steps.map(\.fetched).sorted())
    }

    @Test("Stopped after the first page: no other page is asked for, and the answer is cancelled")
    func stops() async {
        let script = ClientScript(People.many(1_000))
        let stop = ExportFetch.StopFlag()
        let response = await ExportFetch.run(PeopleQuery(), format: .csv, with: ScriptedClient(script), stop: stop) {
            _, _ in
            stop.stop()
        }
        #expect(response == .failure(.cancelled))
        #expect(await script.calls(of: .listing).count == 1)
    }

    @Test("A failed page ends the export with the server's error; nothing partial passes as done")
    func failure() async {
        let script = ClientScript(People.many(700))
        await script.fail(.listing, onCall: 4, with: .server(status: 500, message: "Database is down"))
        let response = await ExportFetch.run(
            PeopleQuery(), format: .json, with: ScriptedClient(script),
            stop: ExportFetch.StopFlag()
        ) { _, _ in }
        #expect(response == .failure(.server(status: 500, message: "Database is down")))
        #expect(await script.calls(of: .listing).count <= 7)
    }

    struct Step: Equatable {
        var fetched: Int
        var total: Int
    }

    final class ProgressLog: @unchecked Sendable {
        private let lock = NSLock()
        private var log: [Step] = []
        func add(_ fetched: Int, _ total: Int) { lock.withLock { log.append(Step(fetched: fetched, total: total)) } }
        var steps: [Step] { lock.withLock { log } }
    }
}

@Suite("Views: the command line")
struct ViewsCommandTests {
    @Test(":profile NAME switches without the picker; an unknown name lists the known ones")
    func profileCommand() {
        var h = ViewsTests.loaded()
        h.press(.char(":"))
        h.type("profile nowhere")
        let none = h.press(.enter)
        #expect(Harness.requests(none).isEmpty)
        #expect(h.state.message?.text == "No profile nowhere (known: lab, work)")
        h.press(.char(":"))
        h.type("profile lab")
        let effects = h.press(.enter)
        #expect(Harness.requests(effects) == [.switchProfile(name: "lab")])
        #expect(h.state.busyLabel == "switching portal")
        guard case .profilePicker(let picker) = h.state.dialog else {
            Issue.record("no picker")
            return
        }
        #expect(picker.switching == "lab")
        #expect(picker.chosen?.name == "lab")
        // Without a name it opens the picker.
        var bare = ViewsTests.loaded()
        bare.command("profile")
        guard case .profilePicker(let open) = bare.state.dialog else {
            Issue.record("no picker")
            return
        }
        #expect(open.switching == nil)
    }

    @Test(":export, :readonly, :copy-email and :copy-id do what their keys do")
    func commands() {
        var h = ViewsTests.loaded()
        h.press(.char(":"))
        h.type("copy-email")
        #expect(h.press(.enter).contains(.copyToClipboard("p0@example.com")))
        h.press(.char(":"))
        h.type("copy-id")
        #expect(h.press(.enter).contains(.copyToClipboard("id-0")))
        h.command("readonly")
        #expect(h.state.session.readOnly)
        h.command("export")
        guard case .export = h.state.dialog else {
            Issue.record("no export dialog")
            return
        }
        h.press(.enter)
        #expect(h.state.busyLabel == "exporting")
    }
}
