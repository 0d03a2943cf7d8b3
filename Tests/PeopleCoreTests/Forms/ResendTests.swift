import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `I`: resend invitations to the marked pending people, y/N, re-checked, in batches.
@Suite("Forms: resend invitations")
struct ResendTests {
    var isVerify: (Request) -> Bool { { if case .verify = $0 { true } else { false } } }
    var isResend: (Request) -> Bool { { if case .resendInvitations = $0 { true } else { false } } }

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
        #expect(confirmation.targets.map(\.id) == ["inv-100", "inv-101", "inv-102"])
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
            ResendConfirmation.reason(cannotResendTo: direct) == "added directly, not invited: no invitation to resend")
        var h = Harness.loaded([direct] + FormsPeople.pending)
        h.select(direct.id)
        h.press(.char("I"))
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text.contains("added directly") == true)
        // After an e-mail change (activation 0) the portal mails activation instructions: offered.
        var changed = People.person(31)
        changed.activationStatus = .notActivated
        #expect(ResendConfirmation.reason(cannotResendTo: changed) == nil)
    }

    @Test("y: re-checked, only those still pending sent, per-person results and an audit line")
    func flow() throws {
        var h = marked()
        h.press(.char("I"), .char("y"))
        let verify = try #require(h.pendingRequest(isVerify))
        #expect(verify.request == .verify(ids: ["inv-100", "inv-101", "inv-102"]))
        var accepted = FormsPeople.pending[1]
        accepted.status = .active
        accepted.activationStatus = .activated
        h.answer(
            verify.id, with: .lookups([.found(FormsPeople.pending[0]), .found(accepted), .missing(id: "inv-102")]))
        let resend = try #require(h.pendingRequest(isResend))
        #expect(resend.request == .resendInvitations(ids: ["inv-100"]))
        h.answer(resend.id, with: .people([FormsPeople.pending[0]]))
        let report = try #require(h.addressReport)
        let byEmail = Dictionary(uniqueKeysWithValues: report.results.map { ($0.email, $0) })
        #expect(byEmail["inv100@example.com"]?.outcome == .done)
        #expect(byEmail["inv101@example.com"]?.outcome == .skipped)
        #expect(byEmail["inv101@example.com"]?.detail.contains("accepted") == true)
        #expect(byEmail["inv102@example.com"]?.detail == "no longer exists")
        #expect(byEmail["p19@example.com"]?.outcome == .skipped)
        let audit = try #require(h.audits.last)
        #expect(audit.action == "resend-invitation")
        #expect(audit.request == "PUT /api/2.0/people/invite")
        #expect(audit.targets.count == 4)
        #expect(!h.state.marks.contains { $0.id == "inv-100" }, "the mark of a person reached is cleared")
    }

    @Test("The portal skips someone silently: not in its answer, reported as not sent")
    func skipped() throws {
        var h = marked()
        h.press(.char("I"), .char("y"))
        h.answer(try #require(h.pendingRequest(isVerify)).id, with: .lookups(FormsPeople.pending.map(Lookup.found)))
        h.answer(try #require(h.pendingRequest(isResend)).id, with: .people(Array(FormsPeople.pending.prefix(2))))
        let report = try #require(h.addressReport)
        #expect(report.results.first { $0.email == "inv102@example.com" }?.outcome == .failed)
        #expect(h.state.message?.level == .warning)
    }

    @Test("Esc during the re-check stops before anything is sent; once sent, Esc says it cannot be called back")
    func escape() throws {
        var h = marked()
        h.press(.char("I"), .char("y"))
        h.tick(1.5)
        h.press(.escape)
        #expect(h.state.message?.text == "Resending stopped before anything was sent")
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

    @Test("Rate-limited: every one fails with the portal's words")
    func rateLimited() throws {
        var h = marked()
        h.press(.char("I"), .char("y"))
        h.answer(try #require(h.pendingRequest(isVerify)).id, with: .lookups(FormsPeople.pending.map(Lookup.found)))
        h.answer(try #require(h.pendingRequest(isResend)).id, with: .failure(.rateLimited(retryAfter: 900)))
        let report = try #require(h.addressReport)
        #expect(report.results.filter { $0.outcome == .failed }.allSatisfy { $0.detail.contains("429") })
        #expect(report.count(.failed) == 3)
    }
}

/// The runner sends `PUT people/invite` in batches of at most 100, one after the other.
@Suite("Forms: resend batches")
struct ResendBatchTests {
    actor Recorder {
        var batches: [[String]] = []
        var failOn: Int?
        func record(_ ids: [String]) throws {
            batches.append(ids)
            if batches.count == failOn { throw DocSpaceError.rateLimited(retryAfter: 60) }
        }
        func setFailOn(_ n: Int) { failOn = n }
    }

    struct Client: PeopleClient {
        let recorder: Recorder
        func resendInvitations(ids: [String]) async throws -> [Person] {
            try await recorder.record(ids)
            return ids.map { Person(id: $0, displayName: $0, status: .pending) }
        }
        func me() async throws -> Person { People.owner }
        func people(_ query: PeopleQuery) async throws -> PeoplePage { PeoplePage(people: [], startIndex: 0, total: 0) }
        func person(id: String) async throws -> Person { throw DocSpaceError.notFound(message: nil) }
        func person(email: String) async throws -> Person { throw DocSpaceError.notFound(message: nil) }
        func create(_ person: NewPerson) async throws -> Person { throw DocSpaceError.cancelled }
        func invite(_ invitations: [Invitation], culture: Culture?) async throws -> [PersonSummary] { [] }
        func setStatus(_ status: EmployeeStatus, ids: [String]) async throws -> [Person] { [] }
        func upgradeType(_ type: EmployeeType, ids: [String]) async throws -> [Person] { [] }
        func startTypeChange(userId: String, to type: EmployeeType, reassignTo: String?) async throws -> TaskProgress {
            throw DocSpaceError.cancelled
        }
        func typeChangeProgress(userId: String) async throws -> TaskProgress? { nil }
        func delete(id: String) async throws -> Person { throw DocSpaceError.cancelled }
        func delete(ids: [String]) async throws -> [Person] { [] }
        func reassignNecessary(userId: String) async throws -> Bool { false }
        func startReassign(from: String, to: String, deleteProfile: Bool) async throws -> TaskProgress {
            throw DocSpaceError.cancelled
        }
        func reassignProgress(userId: String) async throws -> TaskProgress? { nil }
        func cancelTypeChange(userId: String) async throws -> TaskProgress? { nil }
        func cancelReassign(userId: String) async throws -> TaskProgress? { nil }
    }

    static let ids = (0..<250).map { "inv-\($0)" }

    @Test("250 people: 3 requests of 100, 100 and 50; all answered")
    func batches() async {
        let recorder = Recorder()
        let response = await EffectRunner.resendInvitations(ids: Self.ids, with: Client(recorder: recorder))
        #expect(await recorder.batches.map(\.count) == [100, 100, 50])
        guard case .people(let people) = response else {
            Issue.record("not .people: \(response)")
            return
        }
        #expect(people.map(\.id) == Self.ids)
    }

    @Test("A failed batch stops the rest: they are reported as not sent")
    func stops() async {
        let recorder = Recorder()
        await recorder.setFailOn(2)
        let response = await EffectRunner.resendInvitations(ids: Self.ids, with: Client(recorder: recorder))
        #expect(await recorder.batches.count == 2)
        guard case .stopped(.people(let answered), let failure) = response else {
            Issue.record("not stopped")
            return
        }
        #expect(answered.count == 100)
        #expect(failure.failedIDs.count == 100)
        #expect(failure.unsentIDs.count == 50)
    }
}
