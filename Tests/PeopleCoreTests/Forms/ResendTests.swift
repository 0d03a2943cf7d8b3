import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `I`: resend invitations to the marked pending people, y/N, re-checked, in batches.
@Suite("Forms: resend invitations")
struct ResendTests {
    var isVerify: (Request) -> Bool { { if case .verify = $0 { true } else { false } } }
    var isResend: (Request) -> Bool { { if case .change(.resendInvitation, _) = $0 { true } else { false } } }

    /// The three invitees and one active person marked.
    func marked() -> Harness {
        var h = Harness.loaded(FormsPeople.people)
        h.select("id-19")
        h.press(.char(" "))  // id-19, then the cursor is on inv-100
        h.press(.char(" "), .char(" "), .char(" "))
        return h
    }

    @Test("The dialog names the pending people, leaves the others out with why, and follows the y/N policy")
    func dialog() throws {
        var h = marked()
        #expect(h.state.marks.map(\.id) == ["id-19", "inv-100", "inv-101", "inv-102"])
        h.press(.char("I"))
        let confirmation = try #require(h.resendConfirmation)
        #expect(confirmation.action.targets.map(\.id) == ["inv-100", "inv-101", "inv-102"])
        #expect(confirmation.skipped.map(\.person.id) == ["id-19"])
        #expect(confirmation.title == "Resend the invitation to 3 people?")
        #expect(h.frontEnd.contains(.flushTypeAhead))
        h.press(.char("I"), .char("x"))
        #expect(h.resendConfirmation != nil, "the trigger and other keys are swallowed")
        h.press(.enter)
        #expect(h.state.dialog == nil)
        #expect(h.pendingRequest(isVerify) == nil && h.pendingRequest(isResend) == nil, "Enter cancels")
    }

    @Test("Selected person not pending: said, no dialog")
    func notPending() {
        var h = Harness.loaded(FormsPeople.people)
        h.press(.char("I"))
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text.contains("not pending") == true)
    }

    @Test("Someone added directly (active, activation 2, e.g. through people/active) is not offered a resend")
    func addedDirectlyIsNotOffered() {
        var direct = People.person(30, type: .guest)
        direct.activationStatus = .pending  // `AddMemberAsActivated`: active at once, activation Pending, no e-mail
        #expect(
            ChangeKind.resendInvitation.refusal(for: direct, me: People.owner)?.text
                == "added directly, not invited: no invitation to resend")
        var h = Harness.loaded([direct] + FormsPeople.pending)
        h.select(direct.id)
        h.press(.char("I"))
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text.contains("added directly") == true)
        // After an e-mail change (activation 0) the portal mails activation instructions: offered.
        var changed = People.person(31)
        changed.activationStatus = .notActivated
        #expect(ChangeKind.resendInvitation.refusal(for: changed, me: People.owner) == nil)
    }

    @Test("y: re-checked; someone no longer pending stops it before anything is sent")
    func recheckStops() throws {
        var h = marked()
        h.press(.char("I"), .char("y"))
        let verify = try #require(h.pendingRequest(isVerify))
        #expect(verify.request == .verify(ids: ["inv-100", "inv-101", "inv-102"]))
        var accepted = FormsPeople.pending[1]
        accepted.status = .active
        accepted.activationStatus = .activated
        h.answer(
            verify.id,
            with: .lookups([.found(FormsPeople.pending[0]), .found(accepted), .found(FormsPeople.pending[2])]))
        #expect(h.pendingRequest(isResend) == nil)
        #expect(h.state.message?.text.hasPrefix("Not sent, nothing changed") == true)
    }

    @Test("y: re-checked, sent, per-person results from the portal's answer, one audit line")
    func flow() throws {
        var h = marked()
        h.press(.char("I"), .char("y"))
        h.answer(try #require(h.pendingRequest(isVerify)).id, with: .lookups(FormsPeople.pending.map(Lookup.found)))
        let resend = try #require(h.pendingRequest(isResend))
        #expect(resend.request == .change(.resendInvitation, ids: ["inv-100", "inv-101", "inv-102"]))
        h.answer(resend.id, with: .batch(.people(Array(FormsPeople.pending.prefix(2)))))
        let report = try #require(h.report)
        let byID = Dictionary(uniqueKeysWithValues: report.resultRows.map { ($0.person.id, $0) })
        #expect(byID["inv-100"]?.outcome == .done)
        #expect(byID["inv-100"]?.detail == "invitation sent again")
        #expect(byID["inv-102"]?.outcome == .skipped, "not in the portal's answer: it left them out")
        #expect(byID["id-19"]?.outcome == .notSent)
        let audit = try #require(h.audits.last)
        #expect(audit.action == "resend-invitation")
        #expect(audit.request == "PUT /api/2.0/people/invite")
        #expect(audit.targets.count == 4)
        #expect(!h.state.marks.contains { $0.id == "inv-100" }, "the mark of a person reached is cleared")
        #expect(h.state.message?.level == .warning)
    }

    @Test("Esc during the re-check stops before anything is sent; once sent, Esc says it cannot be called back")
    func escape() throws {
        var h = marked()
        h.press(.char("I"), .char("y"))
        h.tick(1.5)
        h.press(.escape)
        #expect(h.state.message?.text == "Resend stopped before anything was sent: nothing changed")
        #expect(h.pendingRequest(isResend) == nil)
        #expect(h.state.marks.count == 4, "the marks stay")

        h.press(.char("I"), .char("y"))
        h.answer(try #require(h.pendingRequest(isVerify)).id, with: .lookups(FormsPeople.pending.map(Lookup.found)))
        #expect(h.state.busyLabel == "sending change")
        h.tick(1.5)
        h.press(.escape)
        #expect(h.state.message?.text.contains("cannot be called back") == true)
        #expect(h.state.marks.count == 4, "Esc did not clear the marks")
    }

    @Test("Rate-limited for 15 minutes (the sensitive endpoints' window): a wait, then the same resend again")
    func rateLimitedWaits() throws {
        var h = marked()
        h.press(.char("I"), .char("y"))
        h.answer(try #require(h.pendingRequest(isVerify)).id, with: .lookups(FormsPeople.pending.map(Lookup.found)))
        let first = try #require(h.pendingRequest(isResend))
        h.answer(first.id, with: .batch(.failure(.rateLimited(retryAfter: 900))))
        #expect(h.report == nil)
        #expect(
            h.state.message?.text == "The portal's rate limit: the next batch goes in 900 s (about 15 min) (Esc stops)")
        h.tick(899)
        #expect(h.pendingRequest(isResend) == nil)
        h.tick(1)
        let again = try #require(h.pendingRequest(isResend))
        #expect(again.request == first.request)
    }

    @Test("Rate-limited for longer than any window: every one fails with the portal's words")
    func rateLimited() throws {
        var h = marked()
        h.press(.char("I"), .char("y"))
        h.answer(try #require(h.pendingRequest(isVerify)).id, with: .lookups(FormsPeople.pending.map(Lookup.found)))
        h.answer(try #require(h.pendingRequest(isResend)).id, with: .batch(.failure(.rateLimited(retryAfter: 3600))))
        let report = try #require(h.report)
        #expect(report.failed.allSatisfy { $0.reason.contains("429") })
        #expect(report.count(of: .failed) == 3)
        #expect(h.pendingRequest(isVerify) == nil, "an e-mail leaves nothing to read back")
    }
}
