import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `A` (reset two-factor authentication), `R` (send a password-reset e-mail) and the e-mail
/// change: each a change on the one change path, with the server's rules before `y`.
@Suite("Security actions")
struct SecurityActionsTests {
    @Test("A asks y/N with the server's rule and the request; y unlinks the app and says so, in the audit too")
    func resetTwoFactor() throws {
        var h = Harness.loaded(People.many(3))
        h.press(.char("A"))
        let confirmation = try #require(h.confirmation)
        #expect(confirmation.title == "Reset two-factor authentication of 1 person?")
        #expect(confirmation.action.consequence.contains("ends every session"))
        #expect(confirmation.action.consequence.contains("only the owner"))
        #expect(confirmation.action.serverCall == "PUT /api/2.0/settings/tfaappnewapp {id: id-0}")
        h.confirm()
        h.settle()
        #expect(h.server.actedOn == ["id-0"])
        #expect(h.state.message?.text == "Two-factor authentication reset for Person 00000 <p0@example.com>")
        let audit = try #require(
            h.frontEnd.compactMap { if case .audit(let entry) = $0, entry.stage == .outcome { entry } else { nil } }
                .last)
        #expect(audit.action == "reset-2fa")
        #expect(audit.targets.map(\.detail) == ["authenticator app unlinked, every session ended"])
    }

    @Test("A is the owner's: for an admin it opens nothing, says why and sends nothing; the action bar greys it")
    func resetTwoFactorIsTheOwners() {
        var h = Harness.loaded(People.many(3))
        h.state.session.me = People.person(9, type: .docSpaceAdmin)
        #expect(h.state.refusal(of: .change(.resetTwoFactor))?.short == "owner only")
        let effects = h.press(.char("A"))
        #expect(h.confirmation == nil)
        #expect(Harness.requests(effects).isEmpty)
        #expect(
            h.state.message?.text
                == "Can't reset two-factor authentication of Person 00000: owner only: the portal lets only the owner reset it"
        )
    }

    @Test("The rules of each: disabled and invited people, the owner, other admins, LDAP and SSO")
    func rules() {
        let owner = People.owner
        let admin = People.person(1, type: .docSpaceAdmin)
        let user = People.person(2)
        var ldap = People.person(3)
        ldap.isLDAP = true
        var sso = People.person(4)
        sso.isSSO = true
        let disabled = People.person(5, status: .terminated)
        let invited = People.person(6, status: .pending)

        #expect(ChangeKind.resetTwoFactor.refusal(for: user, me: owner) == nil)
        #expect(ChangeKind.resetTwoFactor.refusal(for: admin, me: owner) == nil, "the owner resets admins too")
        #expect(ChangeKind.resetTwoFactor.refusal(for: user, me: admin)?.short == "owner only")
        #expect(ChangeKind.resetTwoFactor.refusal(for: disabled, me: owner)?.text == "disabled")
        #expect(ChangeKind.resetTwoFactor.refusal(for: invited, me: owner)?.short == "invited")
        var withoutApp = People.person(7)
        withoutApp.tfaAppEnabled = false
        var withApp = People.person(8)
        withApp.tfaAppEnabled = true
        #expect(ChangeKind.resetTwoFactor.refusal(for: withoutApp, me: owner)?.text == "no authenticator app set up")
        #expect(ChangeKind.resetTwoFactor.refusal(for: withApp, me: owner) == nil)

        let reset = ChangeKind.sendPasswordReset
        #expect(reset.refusal(for: user, me: admin) == nil)
        #expect(reset.refusal(for: admin, me: owner) == nil)
        #expect(reset.refusal(for: People.person(7, type: .docSpaceAdmin), me: admin)?.text == "admins: owner only")
        #expect(reset.refusal(for: owner, me: admin)?.text == "not on the owner")
        #expect(reset.refusal(for: user, me: People.person(8, type: .roomAdmin))?.text == "DocSpace admins only")
        #expect(reset.refusal(for: disabled, me: owner)?.text == "disabled")
        #expect(reset.refusal(for: invited, me: owner)?.text == "invited: resend the invitation instead")
        #expect(reset.refusal(for: ldap, me: owner)?.short == "LDAP")
        #expect(reset.refusal(for: sso, me: owner)?.short == "SSO")

        let change = ChangeKind.setEmail("new@example.com")
        #expect(change.refusal(for: user, me: admin) == nil)
        #expect(change.refusal(for: owner, me: admin)?.text == "not on the owner")
        #expect(change.refusal(for: People.person(7, type: .docSpaceAdmin), me: admin)?.text == "admins: owner only")
        #expect(change.refusal(for: disabled, me: owner)?.text == "disabled")
        #expect(change.refusal(for: invited, me: owner)?.short == "invited")
        #expect(ChangeKind.setEmail("P2@example.com").refusal(for: user, me: owner)?.short == "same")
    }

    @Test("R: the confirmation names the portal's limit of 5 calls in 15 minutes when more are asked for")
    func passwordResetLimit() throws {
        var h = Harness.loaded(People.many(7))
        h.state.marks = Marks(People.many(7))
        h.press(.char("R"))
        let confirmation = try #require(h.confirmation)
        #expect(confirmation.title == "Send a password-reset e-mail to 7 people?")
        #expect(confirmation.action.consequence.contains("5 calls in 15 minutes"))
        #expect(ChangeKind.sendPasswordReset.callLimit?.calls == 5)
        h.confirm()
        h.settle()
        let sent = h.server.requestLog.compactMap {
            if case .change(.sendPasswordReset, let ids) = $0 { ids } else { nil }
        }
        #expect(sent.count == 7, "one request per person")
        #expect(h.report?.done.count == 7)
    }

    @Test("R: the portal's 429 (5 calls in 15 minutes) makes the run wait as long as its Retry-After says")
    func passwordResetWaitsOutTheLimit() throws {
        var h = Harness.loaded(People.many(2))
        h.server.refusals["id-0"] = .rateLimited(retryAfter: 840)
        h.press(.char("R"))
        h.confirm()
        h.settle()
        let run = try #require(h.state.changeRun)
        #expect(run.phase == .waiting)
        #expect(run.waiting?.seconds == 840)
        #expect(run.waiting?.batch.targets.map(\.id) == ["id-0"], "nothing was done: the same person goes again")
    }

    @Test("The e-mail change is proven by the person read back: the new address, Not activated")
    func emailChangeIsReadBack() {
        var run = ChangeRun(
            action: PendingAction(kind: .setEmail("new@example.com"), targets: [People.person(0)]))
        guard case .send(let batch) = run.start() else {
            Issue.record("nothing to send")
            return
        }
        var now = People.person(0)
        now.email = "new@example.com"
        now.activationStatus = .notActivated
        #expect(run.answered(batch, .people([now])) == .finished)
        #expect(run.report.done.map(\.id) == ["id-0"])
        #expect(ChangeKind.setEmail("new@example.com").doneDetail(now) == "now new@example.com, not activated")
        var unchanged = ChangeRun(
            action: PendingAction(kind: .setEmail("new@example.com"), targets: [People.person(1)]))
        guard case .send(let other) = unchanged.start() else { return }
        _ = unchanged.answered(other, .people([People.person(1)]))
        #expect(unchanged.report.done.isEmpty, "an answer that does not show the address is not done")
    }

    @Test(":set-email NEW asks y/N with the server's rules before y; y changes the address, read back as done")
    func emailChangeFromTheCommandLine() throws {
        var h = Harness.loaded(People.many(3))
        h.command("set-email moved@example.com")
        let confirmation = try #require(h.confirmation)
        #expect(confirmation.title == "Change the e-mail of 1 person to moved@example.com?")
        #expect(confirmation.action.consequence.contains("ends every session"))
        #expect(confirmation.action.consequence.contains("Only the owner changes a DocSpace admin's address"))
        h.confirm()
        h.settle()
        #expect(h.server.people.first { $0.id == "id-0" }?.email == "moved@example.com")
        #expect(h.state.message?.text == "E-mail changed for Person 00000 <moved@example.com>")

        h.state.marks = Marks(Array(People.many(3).prefix(2)))
        h.press(.char(":"))
        h.type("set-email two@example.com")
        let effects = h.press(.enter)
        #expect(h.confirmation == nil, "an address is one person's")
        #expect(Harness.requests(effects).isEmpty)
    }
}
