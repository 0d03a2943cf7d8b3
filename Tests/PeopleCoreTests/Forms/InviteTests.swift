import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `i`: one or many e-mails, each checked inline; members left out; per-address results.
@Suite("Forms: invite")
struct InviteTests {
    var isLookup: (Request) -> Bool { { if case .lookUpEmails = $0 { true } else { false } } }
    var isInvite: (Request) -> Bool { { if case .invite = $0 { true } else { false } } }

    func opened() -> Harness {
        var h = Harness.loaded(FormsPeople.people)
        h.press(.char("i"))
        return h
    }

    @Test("A pasted column, commas, semicolons and spaces all separate; Enter in the addresses is a line break")
    func pasting() throws {
        var h = opened()
        h.paste("a@x.com\nb@y.org\nc@z.net, d@w.com;e@v.io f@u.dev\n")
        let form = try #require(h.inviteForm)
        #expect(form.addresses == ["a@x.com", "b@y.org", "c@z.net", "d@w.com", "e@v.io", "f@u.dev"])
        #expect(form.focus == .addresses)
        #expect(h.pendingRequest(isLookup) == nil, "Enter in the addresses sends nothing")
    }

    @Test("Bad addresses are named as soon as they are finished, and nothing is sent until they are fixed or removed")
    func badAddresses() throws {
        var h = opened()
        h.type("good@example.com, bad@, worse")
        // "worse" is still being typed: not judged yet.
        #expect(h.inviteForm?.badAddresses().map(\.address) == ["bad@"])
        h.press(.control("s"))
        #expect(h.pendingRequest(isLookup) == nil)
        let problem = try #require(h.inviteForm?.problem)
        #expect(problem.contains("bad@") && problem.contains("worse") && problem.contains("Nothing was sent"))
        // Remove them: Ctrl-U clears, then retype the good one.
        h.press(.control("u"))
        h.type("good@example.com")
        #expect(h.inviteForm?.problem == nil)
        h.press(.control("s"))
        #expect(h.pendingRequest(isLookup) != nil)
    }

    @Test("The profile's culture goes with the invitation; without one none is sent (the portal's own)")
    func culture() throws {
        for culture in [Culture("pt-BR"), nil] {
            var h = Harness.loaded(FormsPeople.people)
            h.state.session.culture = culture
            h.press(.char("i"))
            h.type("lang@example.com")
            h.press(.control("s"))
            let lookup = try #require(h.pendingRequest(isLookup))
            h.answer(lookup.id, with: .emailLookups([.missing(email: "lang@example.com")]))
            let invite = try #require(h.pendingRequest(isInvite))
            #expect(invite.request == .invite([Invitation(email: "lang@example.com", type: .user)], culture: culture))
        }
    }

    @Test("Empty: nothing to send")
    func empty() {
        var h = opened()
        h.press(.control("s"))
        #expect(h.inviteForm?.problem != nil)
        #expect(h.pending.isEmpty)
    }

    @Test("Members are left out, disabled people refused, new addresses invited; results per address; audit line")
    func flow() throws {
        var h = opened()
        h.paste("new1@example.com\np3@example.com\ninv100@example.com\ngone@example.com\nnew2@example.com")
        h.press(.tab)
        #expect(h.inviteForm?.focus == .type)
        h.press(.left)  // User → Room admin
        #expect(h.inviteForm?.type == .roomAdmin)
        h.press(.enter)  // Enter on the type sends
        let lookup = try #require(h.pendingRequest(isLookup))
        #expect(
            lookup.request
                == .lookUpEmails([
                    "new1@example.com", "p3@example.com", "inv100@example.com",
                    "gone@example.com", "new2@example.com",
                ]))
        #expect(h.inviteForm?.isSending == true)
        let gone = People.person(99, status: .terminated)
        h.answer(
            lookup.id,
            with: .emailLookups([
                .missing(email: "new1@example.com"),
                .found(email: "p3@example.com", People.person(3)),
                .found(email: "inv100@example.com", FormsPeople.pending[0]),
                .found(email: "gone@example.com", gone),
                .failed(email: "new2@example.com", .forbidden(message: "Access denied")),
            ]))
        let invite = try #require(h.pendingRequest(isInvite))
        #expect(
            invite.request
                == .invite(
                    [
                        Invitation(email: "new1@example.com", type: .roomAdmin),
                        Invitation(email: "new2@example.com", type: .roomAdmin),
                    ], culture: nil))
        h.answer(
            invite.id,
            with: .invited([
                PersonSummary(id: "n1", displayName: "new1@example.com"),
                PersonSummary(id: "inv-100", displayName: "inv100@example.com"),
            ]))
        let report = try #require(h.addressReport)
        #expect(
            report.results.map(\.email) == [
                "new1@example.com", "p3@example.com", "inv100@example.com",
                "gone@example.com", "new2@example.com",
            ])
        #expect(report.results.map(\.outcome) == [.done, .skipped, .skipped, .failed, .failed])
        #expect(report.results[0].detail == "invited as Room admin (pending)")
        #expect(report.results[1].detail.contains("already a member"))
        #expect(report.results[2].detail.contains("already invited"))
        #expect(report.results[3].detail.contains("disabled"))
        #expect(report.results[4].detail.contains("did not confirm"))
        #expect(h.state.inputContext == .summary, "closes only: no save key offered that would not save")
        let audit = try #require(h.audits.last)
        #expect(audit.action == "invite RoomAdmin")
        #expect(audit.request == "POST /api/2.0/people/invite")
        #expect(audit.targets.count == 5)
        #expect(audit.targets[0].id == "n1" && audit.targets[0].outcome == "done")
        // The list reloads to show the invitees; Esc closes the results.
        #expect(!h.pendingPages.isEmpty)
        h.press(.escape)
        #expect(h.state.dialog == nil)
    }

    @Test("Only members: nothing is sent, the results say why")
    func onlyMembers() throws {
        var h = opened()
        h.type("p1@example.com")
        h.press(.control("s"))
        let lookup = try #require(h.pendingRequest(isLookup))
        h.answer(lookup.id, with: .emailLookups([.found(email: "p1@example.com", People.person(1))]))
        #expect(h.pendingRequest(isInvite) == nil)
        #expect(h.addressReport?.results.map(\.outcome) == [.skipped])
        #expect(h.audits.isEmpty, "no change request, no audit line")
    }

    @Test("The portal invites 2 of 4 and refuses the third: a re-read decides, 2 done, 2 failed in its words")
    func refusedPartWay() throws {
        var h = opened()
        let addresses = ["a@example.com", "b@example.com", "c@example.com", "d@example.com"]
        h.type(addresses.joined(separator: " "))
        h.press(.control("s"))
        h.answer(
            try #require(h.pendingRequest(isLookup)).id, with: .emailLookups(addresses.map { .missing(email: $0) }))
        let refusal = "The number of admins should not exceed 3"
        h.answer(try #require(h.pendingRequest(isInvite)).id, with: .failure(.paymentRequired(message: refusal)))
        // Not reported yet: the addresses are read back first.
        #expect(h.addressReport == nil)
        let reread = try #require(h.pendingRequest(isLookup))
        #expect(reread.request == .lookUpEmails(addresses))
        let invited = { (n: Int) -> Person in
            var person = People.person(200 + n, status: .pending)
            person.email = addresses[n]
            return person
        }
        h.answer(
            reread.id,
            with: .emailLookups([
                .found(email: addresses[0], invited(0)), .found(email: addresses[1], invited(1)),
                .missing(email: addresses[2]), .missing(email: addresses[3]),
            ]))
        let report = try #require(h.addressReport)
        #expect(report.results.map(\.outcome) == [.done, .done, .failed, .failed])
        #expect(report.results[0].detail.contains("a re-read shows them"))
        #expect(report.results[2].detail == "refused: \(ErrorText.explain(.paymentRequired(message: refusal)))")
        #expect(report.results[2].detail.hasSuffix(refusal))
        #expect(h.state.message?.text == "Invitations: 2 invited, 2 failed")
        #expect(h.state.message?.level == .warning)
        // The audit line says the same, address by address.
        let audit = try #require(h.audits.last)
        #expect(audit.targets.map(\.outcome) == ["done", "done", "failed", "failed"])
        #expect(audit.targets.map(\.detail) == report.results.map(\.detail))
        #expect(audit.targets[0].id == invited(0).id)
    }

    @Test("The invitation's answer is lost and the re-read fails too: outcome unknown, never done")
    func lostAndUnread() throws {
        var h = opened()
        h.type("a@example.com")
        h.press(.control("s"))
        h.answer(try #require(h.pendingRequest(isLookup)).id, with: .emailLookups([.missing(email: "a@example.com")]))
        h.answer(
            try #require(h.pendingRequest(isInvite)).id, with: .failure(.transport(message: "connection reset")))
        h.answer(
            try #require(h.pendingRequest(isLookup)).id,
            with: .emailLookups([.failed(email: "a@example.com", .transport(message: "timed out"))]))
        let report = try #require(h.addressReport)
        #expect(report.results.map(\.outcome) == [.failed])
        #expect(report.results[0].detail.hasPrefix("outcome unknown: no clear answer"))
        #expect(h.state.message?.level == .error)
    }

    @Test("Esc while the addresses are being checked stops before anything is sent")
    func stopLookups() throws {
        var h = opened()
        h.type("a@example.com")
        h.press(.control("s"))
        let lookup = try #require(h.pendingRequest(isLookup))
        h.press(.escape)
        #expect(h.inviteForm?.isSending == false)
        #expect(h.inviteForm?.problem?.contains("Stopped") == true)
        #expect(h.effects.contains(.cancel([lookup.id])))
        #expect(h.pendingRequest(isInvite) == nil)
    }

    @Test("Esc with addresses typed asks before discarding them")
    func discard() {
        var h = opened()
        h.type("a@example.com")
        h.press(.escape)
        #expect(h.inviteForm?.confirmingDiscard == true)
        h.press(.char("n"))
        #expect(h.inviteForm?.text == "a@example.com")
        h.press(.escape, .char("y"))
        #expect(h.state.dialog == nil)
    }

    @Test("Guests are not offered: invitations cannot make guests")
    func types() {
        var h = opened()
        h.press(.tab)
        var seen: Set<EmployeeType> = []
        for _ in 0..<6 {
            h.press(.right)
            if let type = h.inviteForm?.type { seen.insert(type) }
        }
        #expect(seen == [.docSpaceAdmin, .roomAdmin, .user])
    }
}
