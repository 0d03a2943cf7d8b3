import Foundation
import StandInPortal
import Testing

/// `PUT people/status/{status}` (`UpdateUserStatus`): the whole list is checked before anything
/// changes.
@Suite struct StatusRulesTests {
    private func setStatus(_ h: PortalHarness, _ status: String, _ ids: [String], token: String) async throws
        -> WireResponse
    {
        try await h.client.send("PUT", "/api/2.0/people/status/\(status)", token: token, json: ["userIds": ids])
    }

    @Test func terminatesAndReactivatesAndAnswersInRequestOrder() async throws {
        try await PortalHarness.run { h in
            let ids = [try await h.id(of: Cast.user), try await h.id(of: Cast.roomAdmin)]
            let off = try await setStatus(h, "Terminated", ids, token: h.ownerToken)
            #expect(off.status == 200)
            #expect(off.people.compactMap { $0["id"] as? String } == ids)
            #expect(off.people.allSatisfy { $0["status"] as? Int == 2 })
            #expect(await h.snapshot(ids[0])?.status == .terminated)
            let on = try await setStatus(h, "1", ids, token: h.ownerToken)
            #expect(on.people.allSatisfy { $0["status"] as? Int == 1 })
            #expect(await h.snapshot(ids[1])?.status == .active)
        }
    }

    @Test(arguments: ["owner", "self", "unknown", "ldap"])
    func refusedTargetsFailTheWholeCallAndChangeNothing(kind: String) async throws {
        try await PortalHarness.run { h in
            let bystander = try await h.id(of: Cast.user)
            let adminToken = try await h.token(for: Cast.secondAdmin)
            let target =
                switch kind {
                case "owner": try await h.id(of: PortalHarness.ownerEmail)
                case "self": try await h.id(of: Cast.secondAdmin)
                case "unknown": "0f0f0f0f-1111-4222-8333-444444444444"
                default: try await h.id(of: Cast.ldapUser)
                }
            let r = try await setStatus(h, "Terminated", [bystander, target], token: adminToken)
            #expect(r.status == 403)
            #expect(r.errorMessage == "Access denied")
            #expect(await h.snapshot(bystander)?.status == .active)
            if kind != "unknown" { #expect(await h.snapshot(target)?.status == .active) }
        }
    }

    @Test func onlyTheOwnerActsOnOtherAdmins() async throws {
        try await PortalHarness.run { h in
            let (otherAdmin, _) = try await h.add(
                PortalPersonSeed(email: "third.admin@example.com", type: .docSpaceAdmin))
            let adminToken = try await h.token(for: Cast.secondAdmin)
            let refused = try await setStatus(h, "Terminated", [otherAdmin], token: adminToken)
            #expect(refused.status == 403)
            #expect(await h.snapshot(otherAdmin)?.status == .active)
            let accepted = try await setStatus(h, "Terminated", [otherAdmin], token: h.ownerToken)
            #expect(accepted.status == 200)
            #expect(await h.snapshot(otherAdmin)?.status == .terminated)
        }
    }

    @Test(arguments: ["Pending", "4", "All"])
    func otherStatusesAreIncorrect(status: String) async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.user)
            let r = try await setStatus(h, status, [id], token: h.ownerToken)
            #expect(r.status == 400)
            #expect(r.errorMessage == "Incorrect status")
            #expect(await h.snapshot(id)?.status == .active)
        }
    }

    @Test(arguments: [Cast.roomAdmin, Cast.user, Cast.guest])
    func nonAdminsCannotChangeStatuses(caller: String) async throws {
        try await PortalHarness.run { h in
            let token = try await h.token(for: caller)
            let (target, _) = try await h.add(
                PortalPersonSeed(email: "target.\(caller.prefix(4))@example.com", type: .guest))
            let r = try await setStatus(h, "Terminated", [target], token: token)
            #expect(r.status == 403)
            #expect(await h.snapshot(target)?.status == .active)
        }
    }

    @Test func reactivationBeyondThePaidSeatsIs402AndKeepsEarlierActivations() async throws {
        let inUse = try await PortalHarness.paidSeatsInUse(PortalOptions(users: 60))
        try await PortalHarness.run(PortalOptions(users: 60, paidSeats: inUse + 1)) { h in
            let one = await h.portal.addPerson(
                PortalPersonSeed(email: "paid.one@example.com", type: .roomAdmin, status: .terminated))
            let two = await h.portal.addPerson(
                PortalPersonSeed(email: "paid.two@example.com", type: .roomAdmin, status: .terminated))
            let r = try await setStatus(h, "Active", [one, two], token: h.ownerToken)
            #expect(r.status == 402)
            #expect(r.errorMessage == "The number of admins should not exceed \(inUse + 1)")
            // Processed one by one: the first took the last seat.
            #expect(await h.snapshot(one)?.status == .active)
            #expect(await h.snapshot(two)?.status == .terminated)
        }
    }

    @Test func reactivatedInviteeComesBackPending() async throws {
        try await PortalHarness.run { h in
            let id = await h.portal.addPerson(
                PortalPersonSeed(
                    email: "late.invitee@example.com", firstName: "", lastName: "",
                    type: .user, status: .terminated, activationStatus: .pending))
            let r = try await setStatus(h, "Active", [id], token: h.ownerToken)
            #expect(r.people.first?["status"] as? Int == 4)
        }
    }
}
