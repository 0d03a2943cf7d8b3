import Foundation
import StandInPortal
import Testing

/// A person's guests (`UserController.DeleteGuests`, `GetGuestSharingLink`, the `area`,
/// `invitedByMe` and `inviterId` filters of `people/filter`). Each refused case checks that
/// the guest is still the inviter's.
@Suite("Guests")
struct GuestRulesTests {
    private static let removePath = "/api/2.0/people/guests"
    /// The cast's room admin who invited the cast's guests (`kim.minjun`, `smithandsons`).
    private static let inviter = "ivan.petrov@example.com"
    private static let otherGuest = "contact@smithandsons.example.com"

    /// The ids in every page of `people/filter?area=2&…` as this caller sees it.
    private func guests(_ h: PortalHarness, token: String, _ extra: String = "") async throws -> [String] {
        var ids: [String] = []
        var start = 0
        while true {
            let r = try await h.client.get(
                "/api/2.0/people/filter?area=2&count=100&startIndex=\(start)\(extra)", token: token)
            #expect(r.status == 200)
            ids += r.people.compactMap { $0["id"] as? String }
            if r.people.count < 100 { return ids }
            start += 100
        }
    }

    @Test(
        "area=2: a DocSpace admin sees every guest, a room admin only their own; invitedByMe and inviterId match createdBy"
    )
    func whoSeesWhichGuests() async throws {
        try await PortalHarness.run { h in
            let ivan = try await h.token(for: Self.inviter)
            let ivanID = try await h.id(of: Self.inviter)
            let kim = try await h.id(of: Cast.guest)
            let smith = try await h.id(of: Self.otherGuest)
            #expect(Set(try await guests(h, token: ivan)) == [kim, smith])
            #expect(Set(try await guests(h, token: ivan, "&invitedByMe=true")) == [kim, smith])

            let all = try await guests(h, token: h.ownerToken)
            #expect(all.contains(kim) && all.contains(smith))
            #expect(all.count > 2, "the owner sees guests others invited too")
            let byIvan = try await guests(h, token: h.ownerToken, "&inviterId=\(ivanID)")
            #expect(Set(byIvan) == [kim, smith])
            let byOwner = try await guests(h, token: h.ownerToken, "&invitedByMe=true")
            #expect(!byOwner.contains(kim) && !byOwner.isEmpty)

            let people = try await h.client.get("/api/2.0/people/filter?area=1&count=100", token: h.ownerToken)
            #expect(!people.people.contains { $0["isVisitor"] as? Bool == true }, "area=1 holds no guests")
        }
    }

    @Test(
        "DELETE people/guests: users 403; one guest not the caller's (or not a guest, or unknown) refuses all, nothing changed"
    )
    func removeRefused() async throws {
        try await PortalHarness.run { h in
            let ivan = try await h.token(for: Self.inviter)
            let kim = try await h.id(of: Cast.guest)
            let smith = try await h.id(of: Self.otherGuest)
            let user = try await h.id(of: Cast.user)
            let zoe = try await h.token(for: Cast.roomAdmin)
            let userToken = try await h.token(for: Cast.user)

            let byUser = try await h.client.send("DELETE", Self.removePath, token: userToken, json: ["userIds": [kim]])
            #expect(byUser.status == 403)
            #expect(byUser.errorMessage == "Access denied")
            let notHers = try await h.client.send("DELETE", Self.removePath, token: zoe, json: ["userIds": [kim]])
            #expect(notHers.status == 403)
            let byOwner = try await h.client.send(
                "DELETE", Self.removePath, token: h.ownerToken, json: ["userIds": [kim]])
            #expect(byOwner.status == 403, "a DocSpace admin too needs the guest to be theirs")
            let mixed = try await h.client.send(
                "DELETE", Self.removePath, token: ivan, json: ["userIds": [kim, user, smith]])
            #expect(mixed.status == 403)
            let unknown = try await h.client.send(
                "DELETE", Self.removePath, token: ivan,
                json: ["userIds": [kim, "0f0f0f0f-1111-4222-8333-444444444444"]])
            #expect(unknown.status == 403)
            let noIDs = try await h.client.send("DELETE", Self.removePath, token: ivan, json: [String: Any]())
            #expect(noIDs.status == 400)
            #expect(Set(try await guests(h, token: ivan)) == [kim, smith], "nothing changed")
        }
    }

    @Test("DELETE people/guests: the guests leave the caller's guests; the accounts stay as they were")
    func removeGuests() async throws {
        try await PortalHarness.run { h in
            let ivan = try await h.token(for: Self.inviter)
            let kim = try await h.id(of: Cast.guest)
            let smith = try await h.id(of: Self.otherGuest)
            let before = await h.snapshot(kim)
            let r = try await h.client.send("DELETE", Self.removePath, token: ivan, json: ["userIds": [kim]])
            #expect(r.status == 200)
            #expect(r.object["response"] == nil)
            #expect(try await guests(h, token: ivan) == [smith])
            #expect(try await h.client.get("/api/2.0/people/\(kim)", token: ivan).status == 403, "no longer visible")
            #expect(await h.snapshot(kim) == before, "same account, status and type")
            #expect(try await guests(h, token: h.ownerToken).contains(kim), "still listed for DocSpace admins")
            let again = try await h.client.send("DELETE", Self.removePath, token: ivan, json: ["userIds": [kim]])
            #expect(again.status == 403, "no longer theirs to remove")
        }
    }

    @Test(
        "people/guests/{id}/share: unknown 404, not a guest 400, a user or another room admin 403; the inviter and admins get a link"
    )
    func shareLink() async throws {
        try await PortalHarness.run { h in
            let kim = try await h.id(of: Cast.guest)
            let user = try await h.id(of: Cast.user)
            let path = { (id: String) in "/api/2.0/people/guests/\(id)/share" }
            let unknown = try await h.client.get(path("0f0f0f0f-1111-4222-8333-444444444444"), token: h.ownerToken)
            #expect(unknown.status == 404)
            #expect(unknown.errorMessage == "User not found")
            let notGuest = try await h.client.get(path(user), token: h.ownerToken)
            #expect(notGuest.status == 400)
            #expect(notGuest.errorMessage == "User is not a guest")
            let byUser = try await h.client.get(path(kim), token: try await h.token(for: Cast.user))
            #expect(byUser.status == 403)
            let byZoe = try await h.client.get(path(kim), token: try await h.token(for: Cast.roomAdmin))
            #expect(byZoe.status == 403)

            let ivan = try await h.token(for: Self.inviter)
            let link = try await h.client.get(path(kim), token: ivan)
            #expect(link.status == 200)
            let text = try #require(link.object["response"] as? String)
            #expect(text.hasPrefix("http") && text.contains("/s/"))
            let again = try await h.client.get(path(kim), token: ivan)
            #expect(again.object["response"] as? String == text, "the same link for the same caller and guest")
            #expect(try await h.client.get(path(kim), token: h.ownerToken).status == 200)
        }
    }
}
