import Foundation
import StandInPortal
import Testing

/// The security actions' rules: two-factor reset, the password-reset e-mail, the e-mail change.
/// Each refused case checks that nothing changed: the person's sessions still work, nothing
/// was mailed, the address is as it was.
@Suite("Security actions")
struct SecurityRulesTests {
    private static let tfa = "/api/2.0/settings/tfaappnewapp"

    @Test(
        "TfaappController.UnlinkTfaApp: for others the owner only (403 'No permissions…'), not a disabled person, not without an app; it ends the sessions and mails the person"
    )
    func resetTwoFactor() async throws {
        try await PortalHarness.run { h in
            let (id, token) = try await h.add(PortalPersonSeed(email: "with.app@example.com"))
            let admin = try await h.token(for: Cast.secondAdmin)
            let user = try await h.token(for: Cast.user)
            for caller in [admin, user] {
                let refused = try await h.client.send("PUT", Self.tfa, token: caller, json: ["id": id])
                #expect(refused.status == 403)
                #expect(refused.errorMessage == "No permissions to perform this action")
            }
            #expect(try await h.client.get("/api/2.0/people/@self", token: token).status == 200, "nothing ended")
            #expect(await h.portal.sentEmails().isEmpty, "nothing mailed")

            let disabled = try await h.client.send(
                "PUT", Self.tfa, token: h.ownerToken, json: ["id": try await h.id(of: Cast.terminatedUser)])
            #expect(disabled.status == 403)
            #expect(disabled.errorMessage == "Not available.")
            let invitee = try await h.client.send(
                "PUT", Self.tfa, token: h.ownerToken, json: ["id": try await h.id(of: Cast.invitee)])
            #expect(invitee.errorMessage == "TFA application settings are not available")

            let reset = try await h.client.send("PUT", Self.tfa, token: h.ownerToken, json: ["id": id])
            #expect(reset.status == 200)
            #expect(reset.object["response"] as? String == "")
            #expect(try await h.client.get("/api/2.0/people/@self", token: token).status == 401, "sessions end")
            #expect(await h.portal.sentEmails().map(\.kind) == [.twoFactorReset])
            let again = try await h.client.send("PUT", Self.tfa, token: h.ownerToken, json: ["id": id])
            #expect(again.status == 403)
            #expect(again.errorMessage == "TFA application settings are not available", "the app is gone")
        }
    }

    @Test(
        "EmployeeFullDto.tfaAppEnabled: for a DocSpace admin while two-factor by app is on, false once the app is reset; absent for others and when it is off, and then no reset"
    )
    func tfaAppEnabledAsTheServerShowsIt() async throws {
        try await PortalHarness.run { h in
            let (id, _) = try await h.add(PortalPersonSeed(email: "with.app@example.com"))
            let path = "/api/2.0/people/\(id)"
            let seen = try await h.client.get(path, token: h.ownerToken)
            #expect(seen.object["response"].flatMap { ($0 as? [String: Any])?["tfaAppEnabled"] as? Bool } == true)
            // A room admin may read the profile, but is no DocSpace admin.
            let byRoomAdmin = try await h.client.get(path, token: try await h.token(for: Cast.roomAdmin))
            #expect(byRoomAdmin.status == 200)
            let shown = byRoomAdmin.object["response"] as? [String: Any]
            #expect(shown?["id"] as? String == id)
            #expect(shown?["tfaAppEnabled"] == nil, "not for a room admin")
            _ = try await h.client.send("PUT", Self.tfa, token: h.ownerToken, json: ["id": id])
            let after = try await h.client.get(path, token: h.ownerToken)
            #expect((after.object["response"] as? [String: Any])?["tfaAppEnabled"] as? Bool == false)
        }
        var off = PortalOptions(users: 120, apiKey: PortalHarness.apiKey)
        off.twoFactorApp = false
        try await PortalHarness.run(off) { h in
            let (id, token) = try await h.add(PortalPersonSeed(email: "with.app@example.com"))
            let seen = try await h.client.get("/api/2.0/people/\(id)", token: h.ownerToken)
            #expect((seen.object["response"] as? [String: Any])?["tfaAppEnabled"] == nil)
            let reset = try await h.client.send("PUT", Self.tfa, token: h.ownerToken, json: ["id": id])
            #expect(reset.errorMessage == "TFA application settings are not available")
            #expect(try await h.client.get("/api/2.0/people/@self", token: token).status == 200, "nothing ended")
        }
    }

    @Test(
        "UserController.SendUserPassword: someone else needs an admin; disabled, LDAP refused in the server's words; the person's sessions stay"
    )
    func passwordReset() async throws {
        try await PortalHarness.run { h in
            let path = "/api/2.0/people/password"
            let user = try await h.token(for: Cast.user)
            let byUser = try await h.client.send("POST", path, token: user, json: ["email": Cast.guest])
            #expect(byUser.status == 403)
            #expect(byUser.errorMessage == "Access denied")
            let disabled = try await h.client.send(
                "POST", path, token: h.ownerToken, json: ["email": Cast.terminatedUser])
            #expect(disabled.status == 403)
            #expect(disabled.errorMessage == "Your profile is suspended")
            let ldap = try await h.client.send("POST", path, token: h.ownerToken, json: ["email": Cast.ldapUser])
            #expect(ldap.errorMessage == "Password recovery operation is prohibited for an LDAP user")
            #expect(await h.portal.sentEmails().isEmpty, "nothing mailed")

            let sent = try await h.client.send("POST", path, token: h.ownerToken, json: ["email": Cast.user])
            #expect(sent.status == 200)
            #expect(
                sent.object["response"] as? String
                    == "The password change instruction has been sent to \(Cast.user) email address.")
            #expect(await h.portal.sentEmails().map(\.kind) == [.passwordReset])
            #expect(try await h.client.get("/api/2.0/people/@self", token: user).status == 200, "sessions stay")
            let anonymous = try await h.client.send("POST", path, json: ["email": "nobody@example.com"])
            #expect(anonymous.status == 200, "anonymously the answer never tells")
            #expect(await h.portal.sentEmails().count == 1)
        }
    }

    @Test(
        "UserController.SendEmailChangeInstructions: another admin's address is the owner's to change, a taken address 400, a disabled person 404; an admin's change is at once, Not activated, and ends the sessions"
    )
    func emailChange() async throws {
        try await PortalHarness.run { h in
            let path = "/api/2.0/people/email"
            let admin = try await h.token(for: Cast.secondAdmin)
            let (otherAdmin, otherToken) = try await h.add(
                PortalPersonSeed(email: "other.admin@example.com", type: .docSpaceAdmin))
            let refused = try await h.client.send(
                "POST", path, token: admin, json: ["userId": otherAdmin, "email": "moved@example.com"])
            #expect(refused.status == 403)
            #expect(await h.snapshot(otherAdmin)?.email == "other.admin@example.com", "unchanged")
            #expect(try await h.client.get("/api/2.0/people/@self", token: otherToken).status == 200)
            let userID = try await h.id(of: Cast.user)
            let taken = try await h.client.send(
                "POST", path, token: admin, json: ["userId": userID, "email": Cast.guest])
            #expect(taken.status == 400)
            #expect(taken.errorMessage == "User with this email is already registered")
            let disabled = try await h.client.send(
                "POST", path, token: admin,
                json: ["userId": try await h.id(of: Cast.terminatedUser), "email": "x@example.com"])
            #expect(disabled.status == 404)
            #expect(await h.portal.sentEmails().isEmpty)

            let userToken = try await h.token(for: Cast.user)
            let changed = try await h.client.send(
                "POST", path, token: admin, json: ["userId": userID, "email": "New.Address@example.com"])
            #expect(changed.status == 200)
            #expect(
                changed.object["response"] as? String == "The email change instructions have been successfully sent")
            let now = try #require(await h.snapshot(userID))
            #expect(now.email == "new.address@example.com")
            #expect(now.activationStatus == .notActivated)
            #expect(try await h.client.get("/api/2.0/people/@self", token: userToken).status == 401, "sessions end")
            #expect(await h.portal.sentEmails().map(\.to) == ["new.address@example.com"])
        }
    }
}
