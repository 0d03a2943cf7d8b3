import Foundation
import StandInPortal
import Testing

/// API keys (`ApiKeysController`): who sees whose keys, who may turn them off or delete them.
/// A refusal is a 200 `false`, so each refused case checks through the owner's listing that
/// nothing changed.
@Suite("API keys")
struct APIKeyRulesTests {
    private static let keys = "/api/2.0/keys"

    /// The portal's keys as the owner sees them (every key): owner e-mail → (id, active).
    private func listing(_ h: PortalHarness, token: String? = nil) async throws -> [[String: Any]] {
        let r = try await h.client.get(Self.keys, token: token ?? h.ownerToken)
        #expect(r.status == 200)
        return r.people
    }

    private func key(named name: String, in keys: [[String: Any]]) throws -> [String: Any] {
        try #require(keys.first { $0["name"] as? String == name })
    }

    @Test(
        "ApiKeysController.GetApiKeys: a DocSpace admin lists every key of the portal, anyone else only their own; masked, with the creator"
    )
    func listing() async throws {
        try await PortalHarness.run { h in
            let all = try await listing(h)
            #expect(all.count == 6)
            let zapier = try key(named: "Zapier", in: all)
            #expect(zapier["key"] as? String == "sk-***9f2e")
            #expect(zapier["isActive"] as? Bool == true)
            #expect(zapier["createOn"] is String && zapier["lastUsed"] is String)
            #expect(zapier["expiresAt"] == nil, "null is omitted")
            let creator = try #require(zapier["createBy"] as? [String: Any])
            #expect(creator["id"] as? String == (try await h.id(of: Cast.secondAdmin)))
            let admin = try await h.token(for: Cast.secondAdmin)
            #expect(try await listing(h, token: admin).count == 6, "any DocSpace admin sees all")
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            let own = try await listing(h, token: roomAdmin)
            #expect(Set(own.compactMap { $0["name"] as? String }) == ["CI upload", "Old laptop"])
            let user = try await h.token(for: Cast.guest)
            #expect(try await listing(h, token: user).isEmpty)
        }
    }

    @Test(
        "ApiKeysController.UpdateApiKey: someone else's key for a non-admin, or an expired key, answers false and changes nothing; an admin turns off anyone's"
    )
    func turnOff() async throws {
        try await PortalHarness.run { h in
            let all = try await listing(h)
            let ownerKey = try #require(try key(named: "Nightly backup", in: all)["id"] as? String)
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            let refused = try await h.client.send(
                "PUT", "\(Self.keys)/\(ownerKey)", token: roomAdmin, json: ["isActive": false])
            #expect(refused.status == 200)
            #expect(refused.object["response"] as? Bool == false)
            #expect(try key(named: "Nightly backup", in: try await listing(h))["isActive"] as? Bool == true)

            let expired = try #require(try key(named: "Reports export", in: all)["id"] as? String)
            let late = try await h.client.send(
                "PUT", "\(Self.keys)/\(expired)", token: h.ownerToken, json: ["isActive": false])
            #expect(late.object["response"] as? Bool == false, "an expired key is not changed, even by the owner")
            #expect(try key(named: "Reports export", in: try await listing(h))["isActive"] as? Bool == true)

            let unknown = try await h.client.send(
                "PUT", "\(Self.keys)/\(UUID().uuidString.lowercased())", token: h.ownerToken,
                json: ["isActive": false])
            #expect(unknown.status == 500, "the server dereferences the missing key")

            let admin = try await h.token(for: Cast.secondAdmin)
            let done = try await h.client.send(
                "PUT", "\(Self.keys)/\(ownerKey)", token: admin, json: ["isActive": false])
            #expect(done.object["response"] as? Bool == true, "an admin turns off even the owner's key")
            #expect(try key(named: "Nightly backup", in: try await listing(h))["isActive"] as? Bool == false)
        }
    }

    @Test(
        "ApiKeysController.DeleteApiKey: someone else's key for a non-admin answers false and the key stays; an admin deletes anyone's"
    )
    func delete() async throws {
        try await PortalHarness.run { h in
            let all = try await listing(h)
            let zoeKey = try #require(try key(named: "CI upload", in: all)["id"] as? String)
            let user = try await h.token(for: Cast.user)
            let refused = try await h.client.send("DELETE", "\(Self.keys)/\(zoeKey)", token: user)
            #expect(refused.status == 200)
            #expect(refused.object["response"] as? Bool == false)
            #expect(try await listing(h).count == 6, "nothing deleted")

            let deleted = try await h.client.send("DELETE", "\(Self.keys)/\(zoeKey)", token: h.ownerToken)
            #expect(deleted.object["response"] as? Bool == true)
            let after = try await listing(h)
            #expect(after.count == 5)
            #expect(!after.contains { $0["id"] as? String == zoeKey })
            let notGUID = try await h.client.send("DELETE", "\(Self.keys)/not-a-guid", token: h.ownerToken)
            #expect(notGUID.status == 404)
        }
    }
}
