import DocSpaceAPI
import Testing

@testable import PeopleCore

/// Issue 11, items 1–3: keys act only on what is drawn, a paste is text, Alt is not Esc.
@Suite("Input safety: nothing acts unseen, paste is text, Alt is not Esc")
struct InputSafetyTests {
    static let people: [Person] = [
        People.person(1, status: .active, name: "Alice Archer"),
        People.person(2, status: .terminated, name: "Bob Builder"),
        People.person(3, status: .active, name: "Carol Clark"),
        People.person(4, status: .terminated, name: "Dave Doe"),
    ]
    static let tiny = TerminalSize(width: 40, height: 10)

    /// Every change request among the effects (a verify comes before each change).
    static func changes(_ effects: [Effect]) -> [Request] {
        Harness.requests(effects).filter { request in
            switch request {
            case .verify, .change: true
            default: false
            }
        }
    }

    // MARK: Nothing acts unseen

    @Test("At 40×10 (terminal too small) j t y and d y change nobody, open nothing, move nothing, and say so")
    func tooSmallIgnoresKeys() {
        var h = Harness.loaded(Self.people, size: Self.tiny)
        #expect(!h.state.drawsApp)
        var effects = h.press(.char("j"), .char("t"), .char("y"))
        effects += h.press(.char("d"), .char("y"), .char("u"), .char("e"), .char("n"), .char("T"), .enter)
        h.settle()
        #expect(Self.changes(effects).isEmpty)
        #expect(h.state.dialog == nil)
        #expect(h.state.cursor == 0)
        #expect(h.server.people.map(\.status) == Self.people.map(\.status))
        #expect(h.state.message?.text == "Ignored Enter (the terminal is too small)")
    }

    @Test("At 40×10 q still quits; with a change on its way it does not (its outcome would go unseen)")
    func tooSmallQuit() {
        var h = Harness.loaded(Self.people, size: Self.tiny)
        #expect(h.press(.char("q")).contains(.quit))
        var busy = Harness.loaded(Self.people)
        busy.press(.char("t"), .char("y"))
        #expect(busy.state.isChangeInFlight)
        busy.send(.resized(Self.tiny))
        #expect(!busy.press(.char("q")).contains(.quit))
        #expect(busy.state.message?.text == "A change is on its way: enlarge the terminal to follow it")
    }

    @Test("A dialog hidden by a shrink cannot be confirmed; once drawn again, y confirms it")
    func hiddenDialogCannotBeConfirmed() {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"))
        #expect(h.confirmation != nil)
        h.send(.resized(Self.tiny))
        #expect(Self.changes(h.press(.char("y"))).isEmpty)
        #expect(h.confirmation != nil, "still open, unanswered")
        h.send(.resized(TerminalSize(width: 80, height: 24)))
        #expect(Self.changes(h.press(.char("y"))) == [.verify(ids: ["id-1"])])
    }

    @Test("A key that starts a change acts only when the person it acts on is drawn (the cursor row off screen)")
    func selectionMustBeDrawn() {
        var h = Harness.loaded(People.many(60))
        // The rows on screen no longer include the cursor's (as if scrolled away).
        h.state.scroll = 40
        #expect(!h.state.selectionIsDrawn)
        let effects = h.press(.char("t"))
        #expect(h.state.dialog == nil)
        #expect(!effects.contains(.flushTypeAhead))
        #expect(h.state.message?.text == "terminate: the person it acts on is not on screen")
        // Marked people are named by the dialog that opens and counted on the status line.
        h.state.scroll = 0
        h.press(.char(" "))
        h.state.scroll = 40
        h.press(.char("t"))
        #expect(h.confirmation?.action.targets.map(\.id) == ["id-0"])
    }

    // MARK: Paste is text

    @Test("A two-line paste into the search is refused whole: nothing of it runs as keys (u, e, t, y)")
    func twoLinePasteIntoSearch() {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        h.settle()
        #expect(h.state.undo != nil, "an undo is on offer: a pasted u must not take it")
        h.press(.char("/"))
        let effects = h.press(.paste("jane@example.com\nu e terminate y"))
        #expect(h.state.search.isEditing)
        #expect(h.state.search.text == "")
        #expect(h.state.dialog == nil)
        #expect(Self.changes(effects).isEmpty)
        #expect(h.state.message?.text == "Not pasted: several lines do not go into the search, which holds one")
    }

    @Test("A one-line paste goes whole into the search, line breaks at its ends dropped")
    func oneLinePasteIntoSearch() {
        var h = Harness.loaded(Self.people)
        h.press(.char("/"), .char("x"))
        h.press(.paste("\r\nÓlafur Sørensen\t李\n"))
        #expect(h.state.search.text == "xÓlafur Sørensen 李")
        #expect(h.state.search.isEditing)
    }

    @Test("A paste with no field does nothing but say so")
    func pasteWithoutField() {
        var h = Harness.loaded(Self.people)
        h.press(.char(" "))
        var before = h.state
        let effects = h.press(.paste("t y d y u"))
        #expect(effects.isEmpty)
        #expect(h.state.message?.text == "Pasted text ignored: no field has the keyboard")
        before.message = h.state.message
        before.messageLog = h.state.messageLog  // what was said is logged for :messages
        #expect(h.state == before)
    }

    @Test("In the invite list line breaks of a paste separate addresses; in a form field several lines are refused")
    func pasteIntoForms() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("i"))
        h.press(.paste("a@example.org\r\nb@example.org\rc@example.org\n"))
        guard case .invite(let invite) = h.state.dialog else {
            Issue.record("no invite dialog")
            return
        }
        #expect(invite.text == "a@example.org\nb@example.org\nc@example.org\n")
        #expect(invite.addresses.count == 3)
        h.press(.escape, .char("y"))
        h.press(.char("n"))
        h.press(.paste("Zoë\n"))
        h.press(.tab)
        h.press(.paste("Ærøskøbing\nx@example.org"))
        guard case .addPerson(let form) = h.state.dialog else {
            Issue.record("no add form")
            return
        }
        #expect(form.firstName == "Zoë")
        #expect(form.lastName == "")
        #expect(form.focus == .lastName)
    }

    @Test("A paste of y into a y/N confirmation neither confirms nor cancels it")
    func pasteIntoConfirmation() {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"))
        let effects = h.press(.paste("y"), .paste("y\n"), .paste("\n"))
        #expect(Self.changes(effects).isEmpty)
        #expect(h.confirmation != nil)
        #expect(h.state.message?.text == "Pasted text ignored: no field has the keyboard")
    }

    @Test("A paste never types what a typed confirmation asks for: DELETE, or the number of people")
    func pasteIntoTypedConfirmation() {
        var h = Harness.loaded(Self.people)
        h.press(.down, .char(" "), .down, .char(" "))
        #expect(h.state.marks.map(\.id) == ["id-2", "id-4"])
        h.press(.char("d"))
        #expect(h.confirmation?.typedAnswer?.expected == "DELETE")
        h.press(.paste("DELETE"))
        #expect(h.confirmation?.typedAnswer?.typed == "")
        #expect(h.state.message?.text == "Type the answer: a paste does not confirm")
        #expect(Self.changes(h.press(.enter)).isEmpty)
        // More than the threshold: the number of people is typed, never pasted.
        var many = Harness.loaded(People.many(30))
        for _ in 0..<(ChangeKind.typedCountThreshold + 1) { many.press(.char(" ")) }
        many.press(.char("t"))
        let expected = many.confirmation?.typedAnswer?.expected
        #expect(expected == String(ChangeKind.typedCountThreshold + 1))
        many.press(.paste(expected ?? ""))
        #expect(many.confirmation?.typedAnswer?.typed == "")
        #expect(Self.changes(many.press(.enter)).isEmpty)
    }

    @Test("Without bracketed paste, the keys after the Enter that leaves a field in the same burst are thrown away")
    func enterLeavingFieldFlushes() {
        var h = Harness.loaded(Self.people)
        h.press(.char("/"), .char("x"))
        #expect(h.press(.enter).contains(.flushTypeAhead))
        h.press(.char(":"))
        h.type("sort")
        #expect(h.press(.enter).contains(.flushTypeAhead))
        // Enter in the invite list is a line break: the column goes on, nothing is flushed.
        h.press(.char("i"))
        #expect(!h.press(.enter).contains(.flushTypeAhead))
    }

    @Test("Pasted text: line breaks unified, tabs become spaces, controls dropped; one line or nil")
    func pastedText() {
        #expect(AppState.pastedText("a\r\nb\rc\n", severalLines: true) == "a\nb\nc\n")
        #expect(AppState.pastedText("\n a\tb\u{7}\u{1B}[31m \n\n", severalLines: false) == " a b[31m ")
        #expect(AppState.pastedText("a\nb", severalLines: false) == nil)
        #expect(AppState.pastedText("", severalLines: false) == "")
    }

    // MARK: Alt is not Esc

    @Test("Alt-j and Alt-t with three marked: the marks stay, no dialog opens, nothing is said")
    func altKeepsMarks() {
        var h = Harness.loaded(Self.people)
        h.press(.char(" "), .char(" "), .char(" "))
        #expect(h.state.marks.count == 3)
        let before = h.state
        let effects = h.press(.alt(.char("j")), .alt(.char("t")), .alt(.escape))
        #expect(effects.isEmpty)
        #expect(h.state == before)
    }

    @Test("Alt-y does not confirm and Alt-n does not cancel a dialog")
    func altInDialog() {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"))
        let effects = h.press(.alt(.char("y")), .alt(.char("n")))
        #expect(Self.changes(effects).isEmpty)
        #expect(h.confirmation != nil)
    }
}
