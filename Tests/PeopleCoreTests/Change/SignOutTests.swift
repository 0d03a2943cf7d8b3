import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `S`: sign the selected or marked people out everywhere, the first action built on the one
/// change path.
@Suite("Sign out everywhere")
struct SignOutTests {
    @Test("S asks y/N naming the person, the portal and the request; y ends their sessions and says so")
    func selected() throws {
        var h = Harness.loaded(People.many(3))
        h.press(.char("S"))
        let confirmation = try #require(h.confirmation)
        #expect(confirmation.title == "Sign 1 person out everywhere?")
        #expect(confirmation.action.targets.map(\.id) == ["id-0"])
        #expect(confirmation.portal == "portal.example.com")
        #expect(confirmation.action.serverCall == "PUT /api/2.0/security/activeconnections/logoutall/id-0")
        h.confirm()
        h.settle()
        #expect(h.server.actedOn == ["id-0"])
        #expect(h.state.message?.text == "Signed out everywhere Person 00000 <p0@example.com>")
        let audit = try #require(
            h.frontEnd.compactMap { if case .audit(let entry) = $0, entry.stage == .outcome { entry } else { nil } }
                .last)
        #expect(audit.action == "sign-out")
        #expect(audit.request == "PUT /api/2.0/security/activeconnections/logoutall/id-0")
        #expect(audit.targets.map(\.outcome) == ["done"])
        #expect(audit.targets.map(\.detail) == ["every session ended"])
    }

    @Test("Marked people: one request each; the owner may be signed out by an admin, yourself and the disabled may not")
    func rules() {
        let me = People.owner
        let admin = People.person(1, type: .docSpaceAdmin)
        let user = People.person(2)
        #expect(ChangeKind.signOut.refusal(for: me, me: me)?.text == "not on yourself")
        #expect(
            ChangeKind.signOut.refusal(for: People.person(3, status: .terminated), me: me)?.text
                == "disabled: no sessions")
        #expect(
            ChangeKind.signOut.refusal(for: me, me: admin) == nil,
            "the server lets any DocSpace admin end the owner's sessions")
        #expect(ChangeKind.signOut.refusal(for: admin, me: user)?.text == "DocSpace admins only")
        var h = Harness.loaded(People.many(4))
        h.state.marks = Marks(People.many(4))
        h.press(.char("S"))
        h.confirm()
        h.settle()
        let batches = h.server.requestLog.compactMap { if case .change(.signOut, let ids) = $0 { ids } else { nil } }
        #expect(batches == [["id-0"], ["id-1"], ["id-2"], ["id-3"]])
        #expect(h.report?.done.count == 4)
    }
}
