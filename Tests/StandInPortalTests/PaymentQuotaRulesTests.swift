import Foundation
import StandInPortal
import Testing

/// The plan's quota (`PaymentsController.GetQuotaPaymentInformation`): the paid seats an import
/// checks before it sends anything.
@Suite("Payment quota")
struct PaymentQuotaRulesTests {
    private static let quota = "/api/2.0/portal/payment/quota"

    private func manager(_ r: WireResponse) -> [String: Any]? {
        let features = r.person["features"] as? [[String: Any]] ?? []
        return features.first { $0["id"] as? String == "manager" }
    }

    @Test(
        "PaymentsController.GetQuotaPaymentInformation: the manager feature is the paid seats and the seats taken; a guest 403, a User sees no used value, and reading changes nothing"
    )
    func seats() async throws {
        let inUse = try await PortalHarness.paidSeatsInUse(PortalOptions(users: 60))
        try await PortalHarness.run(PortalOptions(users: 60, paidSeats: inUse + 3)) { h in
            let owner = try await h.client.get(Self.quota, token: h.ownerToken)
            #expect(owner.status == 200)
            let feature = try #require(manager(owner))
            #expect(feature["value"] as? Int == inUse + 3)
            #expect((feature["used"] as? [String: Any])?["value"] as? Int == inUse)

            let user = try await h.client.get(Self.quota, token: try await h.token(for: Cast.user))
            #expect(user.status == 200)
            #expect((manager(user)?["used"] as? [String: Any])?["value"] is NSNull)

            let guest = try await h.client.get(Self.quota, token: try await h.token(for: Cast.guest))
            #expect(guest.status == 403)
            #expect(guest.errorMessage == "Access denied")
            #expect(try await h.client.get(Self.quota).status == 401)

            let again = try await h.client.get(Self.quota, token: h.ownerToken)
            #expect((manager(again)?["used"] as? [String: Any])?["value"] as? Int == inUse, "nothing changed")
            let paid = try await h.client.get(
                "/api/2.0/people/filter?payments=Paid&employeeStatus=Default&count=1", token: h.ownerToken)
            #expect(paid.object["total"] as? Int == inUse)
        }
    }

    @Test("PaymentsController.GetQuotaPaymentInformation: a plan without a seat limit answers -1")
    func noLimit() async throws {
        try await PortalHarness.run { h in
            let owner = try await h.client.get(Self.quota, token: h.ownerToken)
            #expect(manager(owner)?["value"] as? Int == -1)
        }
    }
}
