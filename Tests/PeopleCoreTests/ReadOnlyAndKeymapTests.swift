import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCore

@Suite("Read-only sessions and the key table")
struct ReadOnlyAndKeymapTests {
    @Test("Read-only drops every dangerous key from the table, so bar and help never show them")
    func readOnlyTable() {
        let table = KeyTable.standard.readOnly()
        #expect(!table.bindings.contains { $0.isDangerous })
        for action in ChangeKind.keyed.map(UserAction.change) + [.undo] {
            #expect(!table.bindings.contains { $0.action == action })
        }
        // T, > and < (group membership), the hand-over keys and x (cancel a portal task); n, i, I (issue #6);
        // b (off-board, issue #16); J (turn off API keys, issue #16); z (a storage quota, issue #15);
        // E (remove guests, issue #15).
        #expect(
            KeyTable.standard.bindings.filter(\.isDangerous).map(\.action)
                == [
                    .change(.terminate), .change(.reactivate), .change(.delete), .undo, .changeType, .addToGroup,
                    .removeFromGroup, .handOver,
                    .loseData, .cancelTask, .addPerson, .invite, .change(.resendInvitation), .change(.signOut),
                    .offboard, .change(.resetTwoFactor), .change(.sendPasswordReset), .change(.turnOffKeys(.all)),
                    .setQuota, .change(.removeGuest),
                ])
    }

    @Test("In a read-only session t and :terminate open nothing and say why")
    func readOnlyKeys() {
        var h = Harness.loaded(People.many(5), readOnly: true)
        let effects = h.press(.char("t"))
        #expect(h.state.dialog == nil)
        #expect(Harness.requests(effects).isEmpty)
        #expect(h.state.message?.text.contains("Read-only") == true)
        h.command("delete")
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text.contains("Read-only") == true)
        #expect(h.state.availability(of: .change(.terminate)) == .unavailable("read-only"))
    }

    @Test("No key is bound twice in one context")
    func noDuplicates() {
        for context in KeyContext.allCases {
            let keys = KeyTable.standard.bindings(in: context).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "duplicate key in \(context)")
        }
        // A key in a pane context must not also mean something else in the shared context.
        for pane in [KeyContext.list, .detail] {
            let paneKeys = Set(KeyTable.standard.bindings(in: pane).flatMap(\.keys))
            let shared = Set(KeyTable.standard.bindings(in: .panes).flatMap(\.keys))
            #expect(paneKeys.isDisjoint(with: shared))
        }
    }

    @Test("No dangerous action is bound to a confirm key or a navigation key (k9s Ctrl-K, lazygit dd)")
    func dangerKeysAreDistinct() {
        let confirmKeys = Set(KeyTable.standard.bindings(in: .confirmation).flatMap(\.keys))
        // `n` (issue #6's key for the add form) only opens an empty form: a stray n
        // after a dialog's "No" sends nothing, and Esc on the empty form closes it at once.
        let opensAForm: Set<UserAction> = [.addPerson]
        for binding in KeyTable.standard.bindings where binding.isDangerous {
            if !opensAForm.contains(binding.action) { #expect(confirmKeys.isDisjoint(with: binding.keys)) }
            #expect(!binding.keys.contains { if case .control = $0 { true } else { false } })
        }
    }

    @Test("keymap.md at the top of the repository matches the key table")
    func keymapFileMatches() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("keymap.md")
        if ProcessInfo.processInfo.environment["UPDATE_KEYMAP"] == "1" {
            try KeymapDocument.markdown().write(to: file, atomically: true, encoding: .utf8)
        }
        let text = try String(contentsOf: file, encoding: .utf8)
        let expected = KeymapDocument.markdown()
        #expect(
            text == expected,
            "keymap.md is out of date: run `UPDATE_KEYMAP=1 swift test --filter keymapFileMatches` and commit it")
    }

    @Test("Field keys are no commands: no name on the command line, no danger, always available")
    func fieldKeysAreNoCommands() {
        let state = AppState(session: People.session())
        for key in FieldKey.allCases {
            let action = UserAction.edit(key)
            #expect(action.commandName == nil, "\(key)")
            #expect(!action.changesPeople, "\(key)")
            #expect(state.availability(of: action) == .available, "\(key)")
            #expect(action.name == "\(key)")
        }
        // The commands are the rest, and the ones that change people are exactly the keys a
        // read-only session drops.
        let dropped = Set(
            KeyTable.standard.bindings.filter { !KeyTable.standard.readOnly().bindings.contains($0) }
                .map(\.action))
        #expect(dropped == Set(UserAction.allCases.filter(\.changesPeople)))
        #expect(dropped.contains(.change(.signOut)) && dropped.contains(.changeType) && !dropped.contains(.send))
    }

    @Test("Every action with a command name is reachable from the command line")
    func commandNames() {
        var state = AppState(session: People.session())
        for binding in KeyTable.standard.bindings {
            if let name = binding.action.commandName {
                #expect(state.commandNames.contains(name))
            }
        }
        var effects: [Effect] = []
        state.runCommand("help", into: &effects)
        #expect(state.helpScroll == 0)
    }
}
