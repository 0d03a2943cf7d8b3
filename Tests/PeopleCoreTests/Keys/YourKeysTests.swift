import DocSpaceAPI
import Testing

@testable import PeopleCore

/// Your keys (`[keys]` in config.toml) over the key table: names read, keys refused with
/// their line, clashes named with both lines, and the y/N rule out of reach of any binding.
@Suite("Your keys: [keys] over the key table")
struct YourKeysTests {
    static func table(_ lines: [(String, [String])]) throws(KeyProblem) -> KeyTable {
        try KeyTable.standard.overridden(
            by: lines.enumerated().map { KeyOverride(action: $1.0, keys: $1.1, line: $0 + 2) })
    }

    static func problem(_ lines: [(String, [String])]) -> KeyProblem? {
        do {
            _ = try table(lines)
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "Key names as [keys] writes them",
        arguments: [
            ("t", Key.character("t")), ("T", .character("T")), ("é", .character("é")), ("Ctrl-D", .control("d")),
            ("ctrl-u", .control("u")), ("Alt-x", .alt(.character("x"))), ("Alt-Up", .alt(.up)), ("F2", .function(2)),
            ("PgUp", .pageUp), ("pgdn", .pageDown), ("Home", .home), ("End", .end), ("Up", .up), ("Down", .down),
            ("Left", .left), ("Right", .right), ("Enter", .enter), ("Esc", .escape), ("Tab", .tab),
            ("Space", .char(" ")),
            ("Shift-Tab", .backTab),
        ])
    func names(name: String, key: Key) throws {
        #expect(try KeyName.key(name) == key)
        #expect(try KeyName.key(KeyName.spelling(key)) == key, "the spelling reads back")
    }

    @Test("No default is on Ctrl-A or Ctrl-B (screen's and tmux's prefixes); paging is also on Ctrl-U/Ctrl-D")
    func noMultiplexerPrefix() {
        for binding in KeyTable.standard.bindings {
            #expect(
                !binding.keys.contains(.control("a")) && !binding.keys.contains(.control("b")),
                "\(binding.action) in \(binding.context): under screen or tmux that key never arrives")
        }
        // A text field's shell keys may use Ctrl-A (start of line), but never alone.
        let prefixes: [Key] = [.control("a"), .control("b")]
        for entry in FieldKey.lineEditingKeys where entry.keys.contains(where: prefixes.contains) {
            #expect(
                entry.keys.contains { !prefixes.contains($0) },
                "\(entry.key) has no key that arrives under screen or tmux")
        }
        for context in [KeyContext.list, .detail] {
            #expect(KeyTable.standard.binding(for: .control("u"), in: context)?.action == .pageUp)
            #expect(KeyTable.standard.binding(for: .control("d"), in: context)?.action == .pageDown)
        }
    }

    @Test("Every key of the defaults has a spelling that reads back")
    func defaultsSpelled() throws {
        for binding in KeyTable.standard.bindings {
            for key in binding.keys { #expect(try KeyName.key(KeyName.spelling(key)) == key) }
        }
    }

    @Test(
        "Keys the terminal cannot deliver as themselves are refused, saying why",
        arguments: [
            ("Ctrl-I", "arrives as Tab"), ("Ctrl-M", "arrives as Enter"), ("Ctrl-J", "arrives as Enter"),
            ("Ctrl-H", "arrives as Backspace"), ("Ctrl-C", "never reaches the app"),
            ("Ctrl-Z", "never reaches the app"),
            ("Ctrl-1", "one letter"), ("F13", "F1 to F12"), ("Shift-x", "the capital itself"),
            ("PageDwon", "is not a key"),
            ("", "is not a key"), ("Alt-Esc", "Esc pressed twice"), ("\u{7}", "not a printable character"),
        ])
    func impossible(name: String, reason: String) {
        #expect(throws: KeyName.Problem.self) { try KeyName.key(name) }
        do {
            _ = try KeyName.key(name)
        } catch {
            #expect(error.reason.contains(reason), "\(error.reason)")
        }
    }

    @Test("terminate = \"x\": x terminates where t did, t does nothing, the row says the line")
    func rebinds() throws {
        let table = try Self.table([("terminate", ["x"])])
        let binding = try #require(table.binding(for: .char("x"), in: .panes))
        #expect(binding.action == .change(.terminate))
        #expect(binding.userLine == 2)
        #expect(table.binding(for: .char("t"), in: [.list, .panes]) == nil)
        #expect(table.keyName(for: .change(.terminate)) == "x")
        #expect(table.usersBindings.map(\.action) == [.change(.terminate)])
        #expect(table.bindings.count == KeyTable.standard.bindings.count)
    }

    @Test("page_down = [\"PgDn\", \"Ctrl-F\"]: every context of page_down but text fields")
    func everyContextButFields() throws {
        let table = try Self.table([("page_down", ["PgDn", "Ctrl-F"])])
        for context in [KeyContext.list, .detail, .help, .messages, .confirmation, .handover, .report] {
            #expect(table.binding(for: .control("f"), in: context)?.action == .pageDown, "\(context)")
        }
        #expect(table.binding(for: .control("d"), in: .list) == nil, "Ctrl-D is no longer page down")
        #expect(
            table.bindings(in: .typedConfirmation) == KeyTable.standard.bindings(in: .typedConfirmation),
            "a text field keeps its keys")
    }

    @Test("An unknown name is refused at its line, and the keys of a question have no name")
    func unknownName() throws {
        let problem = try #require(Self.problem([("terminate", ["x"]), ("frobnicate", ["z"])]))
        #expect(problem.line == 3)
        #expect(problem.reason.contains("unknown action \"frobnicate\""))
        for name in ["confirm", "cancel", "submit"] {
            #expect(Self.problem([(name, ["z"])])?.reason.contains("unknown action") == true, "\(name)")
        }
        #expect(Self.problem([("terminat", ["z"])])?.reason.contains("did you mean terminate") == true)
    }

    @Test("An impossible key is refused at its line")
    func impossibleKeyLine() throws {
        let problem = try #require(Self.problem([("search", ["s"]), ("sort", ["Ctrl-I"])]))
        #expect(problem.line == 3)
        #expect(problem.reason.contains("sort: Ctrl-I arrives as Tab"), "\(problem.reason)")
    }

    @Test("A key of a default still in force is refused, naming that action")
    func shadowsDefault() throws {
        let problem = try #require(Self.problem([("terminate", ["j"])]))
        #expect(problem.line == 2)
        #expect(problem.reason.contains("j for terminate is already the key of move_down"), "\(problem.reason)")
        // In a dialog, the keys of the question cannot be taken.
        let dialog = try #require(Self.problem([("move_down", ["Down", "Y"])]))
        #expect(dialog.reason.contains("a key of the dialog"), "\(dialog.reason)")
    }

    @Test("Two of your actions on one key: both lines named, at the later one")
    func twoOfYours() throws {
        let problem = try #require(Self.problem([("terminate", ["x"]), ("search", ["s"]), ("sort", ["x"])]))
        #expect(problem.line == 4)
        #expect(
            problem.reason.contains("x is bound twice in List and detail: to terminate (line 2) and to sort (line 4)"),
            "\(problem.reason)")
    }

    @Test("Swapping two keys is no clash: the file is read whole before the check")
    func swap() throws {
        let table = try Self.table([("terminate", ["a"]), ("reactivate", ["t"])])
        #expect(table.binding(for: .char("a"), in: .panes)?.action == .change(.terminate))
        #expect(table.binding(for: .char("t"), in: .panes)?.action == .change(.reactivate))
    }

    @Test("No action that asks y/N can be on Enter, y or Y", arguments: UserAction.allCases.filter(\.asksYesNo))
    func enterNeverStartsAChange(action: UserAction) throws {
        let name = try #require(action.bindingName)
        for key in ["Enter", "y", "Y"] {
            let problem = try #require(Self.problem([(name, [key])]), "\(name) = \(key)")
            #expect(problem.line == 2)
            #expect(problem.reason.contains("cannot be on"), "\(problem.reason)")
        }
    }

    /// Every action on every key a hand would try to confirm with: whatever the table
    /// accepts, Enter means No in every question, only y/Y confirm, and no key that opens a
    /// question or changes people is Enter or y.
    @Test("Whatever one binding does, only y or the typed answer confirms and Enter never starts or answers a change")
    func noBindingReachesTheRule() throws {
        let keys = ["Enter", "y", "Y", "n", "N", "Esc", "Space", "x", "h", "L", "Ctrl-D", "Tab"]
        let names = UserAction.allCases.compactMap(\.bindingName)
        var accepted = 0
        for name in names {
            for key in keys {
                guard let table = try? Self.table([(name, [key])]) else { continue }
                accepted += 1
                for context in [KeyContext.confirmation, .discardConfirmation] {
                    #expect(Reply.yesNo(.enter, table: table, in: context) == .cancel, "\(name) = \(key)")
                    for other in keys.map({ try! KeyName.key($0) })
                    where Reply.yesNo(other, table: table, in: context) == .confirm {
                        #expect(other == .char("y") || other == .char("Y"), "\(name) = \(key) confirms on \(other)")
                    }
                }
                for binding in table.bindings where binding.action.asksYesNo {
                    #expect(!binding.keys.contains(.enter), "\(name) = \(key): Enter on \(binding.action)")
                    #expect(
                        binding.context == .discardConfirmation || binding.context == .confirmation
                            || !binding.keys.contains(.char("y")), "\(name) = \(key): y on \(binding.action)")
                }
            }
        }
        #expect(accepted > names.count, "most bindings are accepted: the test checks real tables")
    }

    @Test("In the app: x opens the terminate question, Enter cancels, x again never confirms, y does")
    func inTheApp() throws {
        let people = [People.person(1, status: .active, name: "Alice Archer")]
        var h = Harness.loaded(people, keys: try Self.table([("terminate", ["x"])]))
        h.press(.char("t"))
        #expect(h.state.dialog == nil, "t is free now")
        let opened = h.press(.char("x"))
        #expect(opened.contains(.flushTypeAhead))
        #expect(h.confirmation?.title == "Terminate 1 person?")
        h.press(.char("x"))
        #expect(h.confirmation != nil, "the key that opened it never confirms")
        let cancelled = h.press(.enter)
        #expect(h.state.dialog == nil)
        #expect(Harness.requests(cancelled).isEmpty)
        h.press(.char("x"))
        let confirmed = h.press(.char("y"))
        #expect(Harness.requests(confirmed).count == 1, "y confirms: \(Harness.requests(confirmed))")
    }

    @Test("The help page and the read-only cut carry your keys")
    func helpAndReadOnly() throws {
        let table = try Self.table([("terminate", ["x"]), ("search", ["s"])])
        let entries = HelpPage.entries(for: table, readOnly: false)
        #expect(entries.contains { $0.keys == "x" && $0.help.hasPrefix("Terminate") })
        #expect(entries.contains { $0.keys == "s" && $0.help.hasPrefix("Search") })
        #expect(!entries.contains { $0.keys == "t" && $0.help.hasPrefix("Terminate") })
        var h = Harness.loaded([People.person(1, status: .active)], readOnly: true, keys: table)
        #expect(h.state.keys == table.readOnly())
        #expect(h.state.keys.binding(for: .char("s"), in: .panes)?.action == .search)
        h.press(.char("x"))
        #expect(h.state.message?.text.contains("Read-only session: terminate is turned off") == true)
    }
}
