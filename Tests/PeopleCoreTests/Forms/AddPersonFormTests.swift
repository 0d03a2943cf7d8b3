import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCore

/// `n`: the add-person form, its inline checks, where the server's errors land, and the
/// password that never shows.
@Suite("Forms: add a person")
struct AddPersonFormTests {
    static let secret = "Sup3r-s3cret-pw"

    func opened() -> Harness {
        var h = Harness.loaded(FormsPeople.people)
        h.press(.char("n"))
        return h
    }

    /// Fills every field: Jane Doe, jane@example.com, type as given, the secret password.
    func filled(type: EmployeeType = .user, email: String = "jane@example.com") -> Harness {
        var h = opened()
        h.type("Jane")
        h.press(.tab)
        h.type("Doe")
        h.press(.tab)
        h.type(email)
        h.press(.tab)
        while h.addForm?.type != type { h.press(.right) }
        h.press(.tab)
        h.type(Self.secret)
        return h
    }

    var isCreate: (Request) -> Bool { { if case .create = $0 { true } else { false } } }

    @Test("n opens an empty form on the first name, flushing type-ahead")
    func opens() throws {
        let h = opened()
        let form = try #require(h.addForm)
        #expect(form.focus == .firstName)
        #expect(form.type == .user)
        #expect(h.state.inputContext == .personForm)
        #expect(h.frontEnd.contains(.flushTypeAhead))
    }

    @Test("Tab, ↓, Enter go forward; Shift-Tab and ↑ back; the focus wraps")
    func moving() {
        var h = opened()
        h.press(.tab)
        #expect(h.addForm?.focus == .lastName)
        h.press(.down)
        #expect(h.addForm?.focus == .email)
        h.press(.enter)
        #expect(h.addForm?.focus == .type)
        h.press(.backTab)
        #expect(h.addForm?.focus == .email)
        h.press(.up, .up, .up)
        #expect(h.addForm?.focus == .password)
        h.press(.tab)
        #expect(h.addForm?.focus == .firstName)
    }

    @Test("The type cycles with → ← and Space; Space in a name is a space")
    func typeCycle() {
        var h = opened()
        h.type("Mary Ann")
        #expect(h.addForm?.firstName == "Mary Ann")
        h.press(.tab, .tab, .tab)
        h.press(.right)
        #expect(h.addForm?.type == .guest)
        h.press(.char(" "))
        #expect(h.addForm?.type == .docSpaceAdmin)
        h.press(.left)
        #expect(h.addForm?.type == .guest)
        h.type("x")  // typing on the type changes nothing
        #expect(h.addForm?.type == .guest)
    }

    @Test("A bad character shows at once; Required only once the field is left")
    func inlineChecks() throws {
        var h = opened()
        #expect(h.addForm?.error(for: .firstName) == nil)
        h.press(.tab)
        #expect(h.addForm?.error(for: .firstName) == "Required")
        h.press(.backTab)
        h.type("Jane2")
        #expect(try #require(h.addForm?.error(for: .firstName)).contains("2"))
        h.press(.backspace)
        #expect(h.addForm?.error(for: .firstName) == nil)
        h.press(.tab, .tab)
        h.type("jane@")
        // Not left yet and not "required": the check already says what is missing.
        #expect(h.addForm?.error(for: .email) == "Nothing after the @")
        h.type("example.com")
        #expect(h.addForm?.error(for: .email) == nil)
        h.press(.tab, .tab)
        h.type("short")
        #expect(h.addForm?.error(for: .password) != nil)
    }

    @Test("Submitting with a bad field sends nothing and puts the focus on the first bad one")
    func badSubmit() {
        var h = opened()
        h.press(.tab)
        h.type("Doe")
        h.press(.control("s"))
        #expect(h.pendingRequest(isCreate) == nil)
        #expect(h.addForm?.focus == .firstName)
        #expect(h.addForm?.error(for: .firstName) == "Required")
        #expect(h.addForm?.error(for: .email) == "Required")
        #expect(h.frontEnd.contains(.bell))
    }

    @Test("Enter on the last field sends POST people with the trimmed fields; Ctrl-S from any field")
    func submit() throws {
        var h = filled()
        h.press(.enter)
        let item = try #require(h.pendingRequest(isCreate))
        guard case .create(let draft) = item.request else { return }
        #expect(draft.firstName == "Jane" && draft.lastName == "Doe" && draft.email == "jane@example.com")
        #expect(draft.type == .user)
        #expect(draft.password?.revealed == Self.secret)
        #expect(draft.serverCall == "POST /api/2.0/people")
        #expect(h.addForm?.isSending == true)

        var g = filled(type: .guest)
        g.press(.up, .up, .up)  // on the e-mail
        g.press(.control("s"))
        let guest = try #require(g.pendingRequest(isCreate))
        guard case .create(let guestDraft) = guest.request else { return }
        #expect(guestDraft.serverCall == "POST /api/2.0/people/active")
    }

    @Test("Esc on an empty form closes it; with text it asks, n keeps everything, y discards")
    func escape() {
        var h = opened()
        h.press(.escape)
        #expect(h.state.dialog == nil)

        h.press(.char("n"))
        h.type("Ja")
        h.press(.escape)
        #expect(h.addForm?.confirmingDiscard == true)
        #expect(h.state.inputContext == .discardConfirmation)
        h.press(.char("q"), .enter)  // other keys are swallowed, Enter says no
        #expect(h.addForm?.confirmingDiscard == false)
        #expect(h.addForm?.firstName == "Ja")
        h.press(.escape, .char("n"))
        #expect(h.addForm?.firstName == "Ja")
        h.press(.escape, .char("y"))
        #expect(h.state.dialog == nil)
        #expect(h.pendingRequest(isCreate) == nil)
    }

    @Test(
        "Server errors land on their field and the form keeps everything typed",
        arguments: [
            (
                DocSpaceError.badRequest(message: "User with this email is already registered", fieldErrors: [:]),
                AddPersonForm.Field.email
            ),
            (.badRequest(message: "Incorrect email", fieldErrors: [:]), .email),
            (.badRequest(message: "Incorrect firstname or lastname", fieldErrors: [:]), .firstName),
            (
                .badRequest(
                    message: "The password is too short: at least 12 characters are required", fieldErrors: [:]),
                .password
            ),
            (.paymentRequired(message: "The number of paid users has exceeded the limit"), .type),
            (.forbidden(message: "Access denied"), .type),
        ])
    func serverErrorOnField(_ error: DocSpaceError, _ field: AddPersonForm.Field) throws {
        var h = filled()
        h.press(.control("s"))
        let item = try #require(h.pendingRequest(isCreate))
        h.answer(item.id, with: .failure(error))
        let form = try #require(h.addForm)
        #expect(!form.isSending)
        #expect(form.focus == field)
        let shown = try #require(form.error(for: field))
        if case .badRequest(let message, _) = error { #expect(shown == message) }
        if case .paymentRequired = error { #expect(shown.contains("exceeded the limit")) }
        #expect(form.generalError == nil)
        #expect(form.firstName == "Jane" && form.lastName == "Doe" && form.email == "jane@example.com")
        #expect(form.password.revealed == Self.secret)
        // Editing the field clears the server's complaint.
        h.press(.backspace)
        if field != .type { #expect(h.addForm?.serverErrors[field] == nil) }
        #expect(h.audits.last?.targets.first?.outcome == "failed")
    }

    @Test("Other server errors show at the bottom; a lost answer says the person may exist")
    func generalErrors() throws {
        var h = filled()
        h.press(.control("s"))
        h.answer(try #require(h.pendingRequest(isCreate)).id, with: .failure(.server(status: 500, message: "Boom")))
        #expect(h.addForm?.generalError?.contains("Boom") == true)
        h.press(.control("s"))
        h.answer(try #require(h.pendingRequest(isCreate)).id, with: .failure(.timeout(seconds: 30)))
        #expect(h.addForm?.generalError?.contains("may have been added") == true)
    }

    @Test("Added: the form closes, the person is in the list and selected, the status line says so, one audit line")
    func success() throws {
        var h = filled(email: "Jane.Doe@Example.com")
        h.press(.control("s"))
        let item = try #require(h.pendingRequest(isCreate))
        guard case .create(let draft) = item.request else { return }
        let person = FormsPeople.created(draft)
        h.server.people.append(person)
        h.answer(item.id, with: .created(person))
        #expect(h.state.dialog == nil)
        h.settle()
        #expect(h.state.selectedPerson?.id == person.id)
        #expect(h.state.message?.text.contains("Added Jane Doe <jane.doe@example.com> as User") == true)
        let audit = try #require(h.audits.last)
        #expect(audit.action == "add")
        #expect(audit.request == "POST /api/2.0/people")
        #expect(audit.source == "tui")
        #expect(audit.portal == "portal.example.com")
        #expect(audit.user.id == "owner")
        #expect(
            audit.targets == [
                .init(
                    id: "new-1", email: "jane.doe@example.com", displayName: "Jane Doe",
                    outcome: "done", detail: "added as User")
            ])
    }

    @Test("A filter that would hide the new person is reset")
    func filterReset() throws {
        var h = Harness.loaded(FormsPeople.people)
        h.press(.char("f"), .char("f"))  // pending only
        h.settle()
        h.press(.char("n"))
        h.type("Jane")
        h.press(.tab, .tab)
        h.type("jane@example.com")
        h.press(.control("s"))
        let item = try #require(h.pendingRequest(isCreate))
        guard case .create(let draft) = item.request else { return }
        let person = FormsPeople.created(draft)
        h.server.people.append(person)
        h.answer(item.id, with: .created(person))
        h.settle()
        #expect(h.state.filters.status == nil)
        #expect(h.state.selectedPerson?.id == person.id)
    }

    @Test("No free paid seat: the portal makes a User and the status line says so")
    func seatDowngrade() throws {
        var h = filled(type: .roomAdmin)
        h.press(.control("s"))
        let item = try #require(h.pendingRequest(isCreate))
        guard case .create(let draft) = item.request else { return }
        h.answer(item.id, with: .created(FormsPeople.created(draft, type: .user)))
        #expect(h.state.message?.text.contains("not Room admin") == true)
        #expect(h.state.message?.level == .warning)
    }

    @Test("The password is never in the state's description, a dump, an effect or the audit log")
    func passwordNeverShows() throws {
        var h = filled()
        #expect(!h.everythingPrintable.contains(Self.secret))
        h.press(.control("s"))
        #expect(!h.everythingPrintable.contains(Self.secret))
        let item = try #require(h.pendingRequest(isCreate))
        h.answer(item.id, with: .failure(.badRequest(message: "Incorrect email", fieldErrors: [:])))
        #expect(!h.everythingPrintable.contains(Self.secret))
        #expect(!h.audits.isEmpty)
        h.press(.control("s"))
        let again = try #require(h.pendingRequest(isCreate))
        guard case .create(let draft) = again.request else { return }
        h.answer(again.id, with: .created(FormsPeople.created(draft)))
        #expect(h.audits.count == 2)
        #expect(!h.everythingPrintable.contains(Self.secret))
        // The purpose kept while the request was out held no password either.
        #expect(!h.state.inFlight.values.contains { if case .create(let d) = $0 { d.password != nil } else { false } })
    }

    @Test("A portal message that echoes the password: blanked on the field, in the status line and the audit")
    func echoedPassword() throws {
        var h = filled()
        h.press(.control("s"))
        let item = try #require(h.pendingRequest(isCreate))
        h.answer(
            item.id, with: .failure(.badRequest(message: "The password \(Self.secret) is too weak", fieldErrors: [:])))
        #expect(h.addForm?.error(for: .password) == "The password (password) is too weak")
        #expect(!h.everythingPrintable.contains(Self.secret))
    }

    @Test("Read-only: n, i, I and :add, :invite, :resend change nothing")
    func readOnly() {
        var h = Harness.loaded(FormsPeople.people, readOnly: true)
        for key in ["n", "i", "I"] as [Character] {
            h.press(.char(key))
            #expect(h.state.dialog == nil)
            #expect(h.state.message?.text.contains("Read-only") == true)
        }
        for command in ["add", "invite", "resend"] {
            h.press(.char(":"))
            h.type(command)
            h.press(.enter)
            #expect(h.state.dialog == nil)
            #expect(h.state.message?.text.contains("Read-only") == true)
        }
        #expect(
            h.state.keys.bindings.allSatisfy {
                ![UserAction.addPerson, .invite, .change(.resendInvitation)].contains($0.action)
            })
    }
}
