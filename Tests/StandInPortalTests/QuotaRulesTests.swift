import Foundation
import StandInPortal
import Testing

/// Per-user storage quotas (`UserController.UpdateUserQuota`, `ResetUsersQuota`,
/// `SettingsController.GetUserQuotaSettings`). Each refused case checks that the person's
/// limit is as it was.
@Suite("Storage quotas")
struct QuotaRulesTests {
    private static let setPath = "/api/2.0/people/userquota"
    private static let resetPath = "/api/2.0/people/resetquota"
    private static let settingsPath = "/api/2.0/settings/userquotasettings"
    private static let twoGB: Int64 = 2_147_483_648

    /// The person as the owner reads them: `quotaLimit`, `isCustomQuota`.
    private func limit(_ h: PortalHarness, _ id: String) async throws -> (limit: Int64?, custom: Bool?) {
        let person = try await h.client.get("/api/2.0/people/\(id)", token: h.ownerToken).object["response"]
        let fields = person as? [String: Any]
        return ((fields?["quotaLimit"] as? NSNumber)?.int64Value, fields?["isCustomQuota"] as? Bool)
    }

    @Test(
        "userquota: DocSpace admins only (403), a quota above the portal's storage or not a number 400, nothing changed; then the people answered with their limit; -1 is no limit"
    )
    func setQuota() async throws {
        try await PortalHarness.run { h in
            let (id, _) = try await h.add(PortalPersonSeed(email: "quota.person@example.com"))
            let before = try await limit(h, id)
            #expect(before.limit == PortalOptions().defaultUserQuota, "the portal's default")
            #expect(before.custom == nil)

            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            let byRoomAdmin = try await h.client.send(
                "PUT", Self.setPath, token: roomAdmin, json: ["userIds": [id], "quota": Self.twoGB])
            #expect(byRoomAdmin.status == 403)
            #expect(byRoomAdmin.errorMessage == "Access denied")
            let tooLarge = try await h.client.send(
                "PUT", Self.setPath, token: h.ownerToken,
                json: ["userIds": [id], "quota": PortalOptions().totalStorage + 1])
            #expect(tooLarge.status == 400)
            #expect(tooLarge.errorMessage?.hasPrefix("Failed to set quota per user") == true)
            let text = try await h.client.send(
                "PUT", Self.setPath, token: h.ownerToken, json: ["userIds": [id], "quota": "2GB"])
            #expect(text.status == 400)
            #expect(try await limit(h, id) == before, "nothing changed")

            let set = try await h.client.send(
                "PUT", Self.setPath, token: h.ownerToken, json: ["userIds": [id], "quota": Self.twoGB])
            #expect(set.status == 200)
            let answered = (set.object["response"] as? [[String: Any]])?.first
            #expect((answered?["quotaLimit"] as? NSNumber)?.int64Value == Self.twoGB)
            #expect(try await limit(h, id) == (Self.twoGB, true))

            _ = try await h.client.send(
                "PUT", Self.setPath, token: h.ownerToken, json: ["userIds": [id], "quota": -1])
            #expect(try await limit(h, id) == (-1, true), "no limit, still a custom quota")
        }
    }

    @Test(
        "resetquota: back to the default; DocSpace admins only; 402 on a plan without storage statistics, nothing changed"
    )
    func resetQuota() async throws {
        try await PortalHarness.run { h in
            let (id, _) = try await h.add(PortalPersonSeed(email: "quota.person@example.com"))
            _ = try await h.client.send(
                "PUT", Self.setPath, token: h.ownerToken, json: ["userIds": [id], "quota": Self.twoGB])
            let user = try await h.token(for: Cast.user)
            let byUser = try await h.client.send("PUT", Self.resetPath, token: user, json: ["userIds": [id]])
            #expect(byUser.status == 403)
            #expect(try await limit(h, id) == (Self.twoGB, true), "nothing changed")
            let reset = try await h.client.send("PUT", Self.resetPath, token: h.ownerToken, json: ["userIds": [id]])
            #expect(reset.status == 200)
            #expect(try await limit(h, id) == (PortalOptions().defaultUserQuota, nil))
        }
        var plan = PortalOptions(users: 120, apiKey: PortalHarness.apiKey)
        plan.storageStatistics = false
        try await PortalHarness.run(plan) { h in
            let (id, _) = try await h.add(PortalPersonSeed(email: "quota.person@example.com"))
            _ = try await h.client.send(
                "PUT", Self.setPath, token: h.ownerToken, json: ["userIds": [id], "quota": Self.twoGB])
            let reset = try await h.client.send("PUT", Self.resetPath, token: h.ownerToken, json: ["userIds": [id]])
            #expect(reset.status == 402)
            #expect(reset.errorMessage == "Your pricing plan does not support this option")
            #expect(try await limit(h, id) == (Self.twoGB, true), "nothing changed")
        }
    }

    @Test(
        "userquotasettings: on with the default for an admin, 403 for others; off: nobody shows a limit, and a limit set is stored but not shown"
    )
    func settings() async throws {
        try await PortalHarness.run { h in
            let on = try await h.client.get(Self.settingsPath, token: h.ownerToken)
            let settings = on.object["response"] as? [String: Any]
            #expect(settings?["enableQuota"] as? Bool == true)
            #expect((settings?["defaultQuota"] as? NSNumber)?.int64Value == PortalOptions().defaultUserQuota)
            let byUser = try await h.client.get(Self.settingsPath, token: try await h.token(for: Cast.user))
            #expect(byUser.status == 403)
        }
        var off = PortalOptions(users: 120, apiKey: PortalHarness.apiKey)
        off.userQuotas = false
        try await PortalHarness.run(off) { h in
            let read = try await h.client.get(Self.settingsPath, token: h.ownerToken)
            #expect((read.object["response"] as? [String: Any])?["enableQuota"] as? Bool == false)
            let (id, _) = try await h.add(PortalPersonSeed(email: "quota.person@example.com"))
            let set = try await h.client.send(
                "PUT", Self.setPath, token: h.ownerToken, json: ["userIds": [id], "quota": Self.twoGB])
            #expect(set.status == 200, "the server does not check the setting")
            #expect(try await limit(h, id) == (nil, nil), "stored, neither applied nor shown")
        }
    }

    @Test("people/filter quotaFilter: 2 the custom quotas, 1 the rest; the demo portal has a few custom ones")
    func filterByQuota() async throws {
        try await PortalHarness.run { h in
            let custom = try await h.client.get("/api/2.0/people/filter?quotaFilter=2", token: h.ownerToken)
            let all = try await h.client.get("/api/2.0/people/filter", token: h.ownerToken)
            let byDefault = try await h.client.get("/api/2.0/people/filter?quotaFilter=1", token: h.ownerToken)
            let customTotal = custom.object["total"] as? Int ?? -1
            let allTotal = all.object["total"] as? Int ?? -1
            #expect(customTotal > 0 && customTotal * 10 < allTotal, "a few")
            #expect((byDefault.object["total"] as? Int ?? -1) == allTotal - customTotal)
            let people = custom.object["response"] as? [[String: Any]] ?? []
            #expect(people.allSatisfy { $0["isCustomQuota"] as? Bool == true })
        }
    }
}
