import DocSpaceAPI
import Testing

@testable import PeopleCore

/// The line editor behind the app's fields: the keys reach it through each field's handler.
@Suite("Fields edit like a shell line: the search, the forms, the file names")
struct FieldEditingTests {
    static let people: [Person] =
        [
            People.person(1, name: "Alice Smith"),
            People.person(2, name: "Carlos Ibanez"),
        ] + (10..<30).map { People.person($0) }

    @Test("`/` again opens with the previous search selected: typing replaces it (smith, then ibanez)")
    func slashReplacesPreviousSearch() {
        var h = Harness.loaded(Self.people)
        h.press(.char("/"))
        h.type("smith")
        h.press(.enter)
        h.settle()
        #expect(h.state.search.appliedText == "smith")
        h.press(.char("/"))
        #expect(h.state.search.line.selection == 0..<5, "the previous search is selected")
        h.type("ibanez")
        #expect(h.state.search.text == "ibanez")
        h.press(.enter)
        h.settle()
        #expect(h.state.search.appliedText == "ibanez")
        #expect(h.state.localMatches == nil)
    }

    @Test("`/` then an arrow keeps the previous search and edits it at the cursor")
    func arrowKeepsPreviousSearch() {
        var h = Harness.loaded(Self.people)
        h.press(.char("/"))
        h.type("smth")
        h.press(.enter)
        h.settle()
        h.press(.char("/"), .left, .left)
        #expect(h.state.search.line.selection == nil)
        h.type("i")
        #expect(h.state.search.text == "smith")
        h.press(.home)
        h.press(.delete)
        #expect(h.state.search.text == "mith")
    }

    @Test("↑/↓ in the search recall this session's searches, newest first, then what was typed")
    func searchHistory() {
        var h = Harness.loaded(Self.people)
        for text in ["smith", "ibanez"] {
            h.press(.char("/"))
            h.type(text)
            h.press(.enter)
            h.settle()
        }
        h.press(.char("/"), .control("u"))
        h.type("al")
        h.press(.up)
        #expect(h.state.search.text == "ibanez")
        h.press(.up)
        #expect(h.state.search.text == "smith")
        h.press(.up)
        #expect(h.state.search.text == "smith", "the oldest stays")
        h.press(.down, .down)
        #expect(h.state.search.text == "al", "back to what was typed")
        #expect(h.state.search.isEditing)
        // A recalled search is searched like a typed one.
        h.press(.up)
        h.press(.enter)
        h.settle()
        #expect(h.state.search.appliedText == "ibanez")
    }

    @Test("A typo in the middle of an invite address is fixed with ← and Backspace")
    func inviteTypo() throws {
        var h = Harness.loaded(FormsPeople.people)
        h.press(.char("i"))
        h.type("jnae@example.com")
        for _ in 0..<13 { h.press(.left) }
        h.press(.backspace, .backspace)
        h.type("an")
        let form = try #require(h.inviteForm)
        #expect(form.text == "jane@example.com")
        #expect(form.line.cursor == 3)
    }

    @Test("A paste goes in at the cursor of the invite list, whole")
    func pasteAtCursor() throws {
        var h = Harness.loaded(FormsPeople.people)
        h.press(.char("i"))
        h.type("a@x.com c@z.net")
        for _ in 0..<7 { h.press(.left) }
        h.paste("b@y.org\n")
        let form = try #require(h.inviteForm)
        #expect(form.addresses == ["a@x.com", "b@y.org", "c@z.net"])
    }

    @Test("In the add-person form ←/→ move the cursor in a name; on the type they still choose")
    func personFormArrows() throws {
        var h = Harness.loaded(FormsPeople.people)
        h.press(.char("n"))
        h.type("Jne")
        h.press(.left, .left)
        h.type("a")
        #expect(h.addForm?.firstName == "Jane")
        h.press(.right, .char(" "))
        #expect(h.addForm?.firstName == "Jan e", "Space types in the names")
        h.press(.tab, .tab, .tab)
        let type = try #require(h.addForm).type
        h.press(.right)
        #expect(h.addForm?.type != type)
    }

    @Test("In the export dialog ← moves the cursor in the path; Tab switches the format")
    func exportArrows() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("e"), .control("u"))
        h.type("peple.csv")
        for _ in 0..<7 { h.press(.left) }
        h.type("o")
        guard case .export(let form) = h.state.dialog else {
            Issue.record("no export dialog")
            return
        }
        #expect(form.path == "people.csv")
        #expect(form.format == .csv)
    }

    @Test("The typed DELETE: a missed letter typed where it belongs confirms")
    func typedAnswerFixed() {
        var answer = TypedAnswer(word: "DELETE")
        for c in "DLETE" { _ = answer.reply(to: .character(c), table: .standard) }
        for _ in 0..<4 { #expect(answer.reply(to: .left, table: .standard) == .swallow, "a move is not an edit") }
        #expect(answer.reply(to: .char("E"), table: .standard) == .edit)
        #expect(answer.typed == "DELETE")
        #expect(answer.reply(to: .enter, table: .standard) == .confirm)
    }

    @Test("The command line: a typo at its start fixed with Home and →, then run")
    func commandLineFixed() {
        var h = Harness.loaded(Self.people)
        h.press(.char(":"))
        h.type("serch ibanez")
        h.press(.home, .right, .right)
        h.type("a")
        #expect(h.state.commandLine == "search ibanez")
        h.press(.enter)
        #expect(h.state.search.appliedText == "ibanez")
    }

    @Test("The sign-in dialog: Ctrl-W and Ctrl-K in the e-mail, the password edited at its cursor")
    func signInFields() throws {
        var h = Harness.loaded(Self.people)
        h.state.dialog = .signIn(
            SignInPrompt(
                email: "old admin@example.com", canSignIn: true, reason: "The portal no longer accepts the session"))
        h.press(.tab)  // from the password to the e-mail
        h.press(.home, .alt(.char("f")), .right, .control("w"))
        guard case .signIn(let edited) = h.state.dialog else {
            Issue.record("no sign-in dialog")
            return
        }
        #expect(edited.email == "admin@example.com")
        h.press(.alt(.char("f")), .control("k"), .tab)
        h.type("pw")
        h.press(.left)
        h.type("x")
        guard case .signIn(let prompt) = h.state.dialog else {
            Issue.record("no sign-in dialog")
            return
        }
        #expect(prompt.email == "admin")
        #expect(prompt.password.revealed == "pxw")
    }
}
