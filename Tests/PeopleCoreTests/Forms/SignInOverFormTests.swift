import DocSpaceAPI
import Testing

@testable import PeopleCore

/// A 401 while the add form or the invite dialog is open: the sign-in dialog opens over the
/// form, the form waits underneath with everything typed, and it comes back when the sign-in
/// closes, signed in or not. Nothing is sent again by itself.
@Suite("Forms: a 401 loses nothing typed")
struct SignInOverFormTests {
    static let expired = DocSpaceError.unauthorized(message: "The session has expired")
    static let secret = "Sup3r-s3cret-pw"

    var isCreate: (Request) -> Bool { { if case .create = $0 { true } else { false } } }
    var isLookup: (Request) -> Bool { { if case .lookUpEmails = $0 { true } else { false } } }
    var isInvite: (Request) -> Bool { { if case .invite = $0 { true } else { false } } }
    var isSignIn: (Request) -> Bool { { if case .signIn = $0 { true } else { false } } }

    var signInPrompt: (Harness) -> SignInPrompt? { { if case .signIn(let p) = $0.state.dialog { p } else { nil } } }

    func filledAddForm(canSignIn: Bool) -> Harness {
        var h = Harness.loaded(FormsPeople.people)
        h.state.session.canSignInAgain = canSignIn
        h.press(.char("n"))
        h.type("Jane")
        h.press(.tab)
        h.type("Doe")
        h.press(.tab)
        h.type("jane@example.com")
        h.press(.tab, .tab)
        h.type(Self.secret)
        return h
    }

    @Test(
        "The add is refused with 401: sign-in in front, the form underneath; signing in brings it back as typed, unsent"
    )
    func addFormComesBackAfterSigningIn() throws {
        var h = filledAddForm(canSignIn: true)
        let typed = try #require(h.addForm)
        h.press(.control("s"))
        h.answer(try #require(h.pendingRequest(isCreate)).id, with: .failure(Self.expired))
        let prompt = try #require(signInPrompt(h))
        guard case .addPerson(let kept)? = prompt.underneath else {
            Issue.record("the form is not kept under the sign-in dialog: \(String(describing: prompt.underneath))")
            return
        }
        #expect(kept.firstName == "Jane" && kept.lastName == "Doe" && kept.email == "jane@example.com")
        #expect(kept.password == typed.password)
        #expect(!kept.isSending)
        #expect(prompt.underneath?.waitingNote.contains("add form") == true)
        // Sign in: the form is back exactly as typed, and nothing was sent again.
        h.type("owner-pw")
        h.press(.enter)
        let signIn = try #require(h.pendingRequest(isSignIn))
        h.answer(signIn.id, with: .signedIn)
        let back = try #require(h.addForm)
        #expect(back.firstName == "Jane" && back.lastName == "Doe" && back.email == "jane@example.com")
        #expect(back.password == typed.password)
        #expect(!back.isSending)
        #expect(h.pendingRequest(isCreate) == nil)
        #expect(h.state.message?.text.contains("not added") == true)
        // Enter sends it now.
        h.press(.control("s"))
        #expect(h.pendingRequest(isCreate) != nil)
    }

    @Test("Without a way to sign in here (API key), Esc or Enter on the sign-in dialog gives the form back")
    func addFormComesBackWhenSignInCloses() throws {
        for key in [Key.escape, .enter] {
            var h = filledAddForm(canSignIn: false)
            h.press(.control("s"))
            h.answer(try #require(h.pendingRequest(isCreate)).id, with: .failure(Self.expired))
            #expect(signInPrompt(h) != nil)
            h.press(key)
            let back = try #require(h.addForm)
            #expect(back.email == "jane@example.com")
            #expect(!back.isSending)
        }
    }

    @Test("A 401 on another request while the add is on its way: the answer lands in the form underneath")
    func answerWhileSignInIsOpen() throws {
        var h = filledAddForm(canSignIn: false)
        h.press(.control("s"))
        let create = try #require(h.pendingRequest(isCreate))
        // Something else (a page, the detail) hit the expired session first.
        var effects: [Effect] = []
        h.state.sessionExpired(Self.expired, refusedChange: nil, into: &effects)
        guard case .addPerson(let waiting)? = signInPrompt(h)?.underneath else {
            Issue.record("the form is not under the sign-in dialog")
            return
        }
        #expect(waiting.isSending)
        // The add was accepted after all: the form is gone from under the sign-in, which stays.
        guard case .create(let draft) = create.request else {
            Issue.record("not a create: \(create.request)")
            return
        }
        let person = FormsPeople.created(draft)
        h.server.people.append(person)
        h.answer(create.id, with: .created(person))
        let prompt = try #require(signInPrompt(h))
        #expect(prompt.underneath == nil)
        h.press(.escape)
        #expect(h.state.dialog == nil)
    }

    @Test("The address check is refused with 401: the invite dialog comes back with every address")
    func inviteLookupRefused() throws {
        var h = Harness.loaded(FormsPeople.people)
        h.press(.char("i"))
        h.paste("new1@example.com\nnew2@example.com")
        h.press(.control("s"))
        let lookup = try #require(h.pendingRequest(isLookup))
        h.answer(lookup.id, with: .failure(Self.expired))
        guard case .invite(let kept)? = signInPrompt(h)?.underneath else {
            Issue.record("the invite dialog is not kept under the sign-in dialog")
            return
        }
        #expect(kept.addresses == ["new1@example.com", "new2@example.com"])
        h.press(.escape)
        let back = try #require(h.inviteForm)
        #expect(back.addresses == ["new1@example.com", "new2@example.com"])
        #expect(!back.isSending)
        #expect(back.problem?.contains("Nothing was sent") == true)
    }

    @Test(
        "The invitation itself is refused with 401: the addresses go back into the dialog, not into a report of failures"
    )
    func inviteRefused() throws {
        var h = Harness.loaded(FormsPeople.people)
        h.press(.char("i"))
        h.paste("new1@example.com\nnew2@example.com")
        h.press(.control("s"))
        h.answer(
            try #require(h.pendingRequest(isLookup)).id,
            with: .emailLookups([
                .missing(email: "new1@example.com"), .missing(email: "new2@example.com"),
            ]))
        h.answer(try #require(h.pendingRequest(isInvite)).id, with: .failure(Self.expired))
        guard case .invite? = signInPrompt(h)?.underneath else {
            Issue.record("the invite dialog is not kept under the sign-in dialog")
            return
        }
        #expect(h.audits.last?.targets.map(\.outcome) == ["failed", "failed"])
        h.press(.enter)
        let back = try #require(h.inviteForm)
        #expect(back.addresses == ["new1@example.com", "new2@example.com"])
        #expect(!back.isSending)
    }
}
