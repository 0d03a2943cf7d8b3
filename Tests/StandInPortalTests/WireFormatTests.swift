import Foundation
import StandInPortal
import Testing

/// The person on the wire (`EmployeeFullDto`): HTML-encoded names, the real server's JSON escaping, dates
/// in the portal time zone, flags, caller-dependent members.
@Suite struct WireFormatTests {
    @Test func displayNameIsHTMLEncodedLikeDotNetForApostropheAndAccents() async throws {
        try await PortalHarness.run { h in
            let obrien = try await h.client.get(
                "/api/2.0/people/\(try await h.id(of: Cast.secondAdmin))", token: h.ownerToken)
            #expect(obrien.person["displayName"] as? String == "Siobh&#225;n O&#39;Brien")
            #expect(obrien.person["lastName"] as? String == "O'Brien")
            #expect(obrien.person["firstName"] as? String == "Siobhán")
            // The department is HTML-encoded too (group names are not: ReadingRulesTests).
            #expect(obrien.person["department"] as? String == "Marketing, Smith &amp; Sons")

            let zoe = try await h.client.get(
                "/api/2.0/people/\(try await h.id(of: Cast.roomAdmin))", token: h.ownerToken)
            #expect(zoe.person["displayName"] as? String == "Zo&#235; &#198;r&#248;sk&#248;bing")
        }
    }

    @Test func eAcuteIsANumericEntityInDisplayNameButPlainInNames() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.send(
                "POST", "/api/2.0/people", token: h.ownerToken,
                json: ["firstName": "José", "lastName": "Hélène", "email": "jose.helene@example.com", "type": "User"])
            #expect(r.person["displayName"] as? String == "Jos&#233; H&#233;l&#232;ne")
            #expect(r.person["firstName"] as? String == "José")
            let read = try await h.client.get(
                "/api/2.0/people/email?email=jose.helene@example.com", token: h.ownerToken)
            #expect(read.person["displayName"] as? String == "Jos&#233; H&#233;l&#232;ne")
        }
    }

    @Test func htmlSpecialCharactersAndNonLatinScriptsAreEncodedOnlyWhereDotNetEncodes() async throws {
        try await PortalHarness.run { h in
            let bold = try await h.client.get("/api/2.0/people/email?email=bold.tag@example.net", token: h.ownerToken)
            #expect(bold.person["displayName"] as? String == "&lt;b&gt;Bold&lt;/b&gt; Tag")
            let company = try await h.client.get(
                "/api/2.0/people/email?email=contact@smithandsons.example.com", token: h.ownerToken)
            #expect(company.person["displayName"] as? String == "Smith &amp; Sons &quot;Ltd&quot;")
            // CJK is outside U+00A0–U+00FF and the astral planes: left as is.
            let li = try await h.client.get("/api/2.0/people/email?email=li.xiaolong@example.com", token: h.ownerToken)
            #expect(li.person["displayName"] as? String == "小龙 李")
        }
    }

    @Test func bodiesAreEscapedLikeSystemTextJsonsDefaultEncoder() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get(
                "/api/2.0/people/\(try await h.id(of: Cast.secondAdmin))", token: h.ownerToken)
            // `O&#39;Brien` is written with `&` and `'` escaped, and `á` as \u00E1.
            #expect(r.text.contains(#""displayName":"Siobh\u0026#225;n O\u0026#39;Brien""#))
            #expect(r.text.contains(#""firstName":"Siobh\u00E1n""#))
            #expect(!r.text.contains("á"))
        }
    }

    @Test func datesUseSevenFractionDigitsAndThePortalOffset() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get(
                "/api/2.0/people/email?email=\(Cast.terminatedRoomAdmin)", token: h.ownerToken)
            let pattern = #/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}\+03:00$/#
            let registered = try #require(r.person["registrationDate"] as? String)
            #expect(registered.wholeMatch(of: pattern) != nil, "\(registered)")
            let terminated = try #require(r.person["terminated"] as? String)
            #expect(terminated.wholeMatch(of: pattern) != nil, "\(terminated)")
        }
    }

    @Test func datesEndInZWhenThePortalIsOnUTC() async throws {
        try await PortalHarness.run(PortalOptions(users: 30, timeZoneOffsetMinutes: 0)) { h in
            let r = try await h.client.get("/api/2.0/people/@self", token: h.ownerToken)
            let registered = try #require(r.person["registrationDate"] as? String)
            #expect(
                registered.wholeMatch(of: #/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/#) != nil, "\(registered)")
        }
    }

    @Test func typeFlagsFollowTheServerIncludingOwnerIsNotAdmin() async throws {
        try await PortalHarness.run { h in
            let me = try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).person
            #expect(me["isOwner"] as? Bool == true)
            #expect(me["isAdmin"] as? Bool == false)
            let admin = try await h.client.get("/api/2.0/people/email?email=\(Cast.secondAdmin)", token: h.ownerToken)
                .person
            #expect(admin["isAdmin"] as? Bool == true)
            #expect(admin["isOwner"] as? Bool == false)
            let guest = try await h.client.get("/api/2.0/people/email?email=\(Cast.guest)", token: h.ownerToken).person
            #expect(guest["isVisitor"] as? Bool == true)
            #expect(guest["isCollaborator"] as? Bool == false)
            #expect(
                (guest["profileUrl"] as? String)?.contains("/accounts/guests/filter?search=kim.minjun%40example.org")
                    == true)
            let user = try await h.client.get("/api/2.0/people/email?email=\(Cast.user)", token: h.ownerToken).person
            #expect(user["isCollaborator"] as? Bool == true)
            #expect(user["isRoomAdmin"] as? Bool == false)
            let ldap = try await h.client.get("/api/2.0/people/email?email=\(Cast.ldapUser)", token: h.ownerToken)
                .person
            #expect(ldap["isLDAP"] as? Bool == true)
        }
    }

    @Test func selfCarriesThemeAndLoginExtras() async throws {
        try await PortalHarness.run { h in
            let me = try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).person
            #expect(me["theme"] as? String == "Base")
            #expect(me["loginEventId"] is Int)
            #expect(me["hasPersonalFolder"] as? Bool == true)
            let other = try await h.client.get("/api/2.0/people/email?email=\(Cast.user)", token: h.ownerToken).person
            #expect(other["theme"] == nil)
        }
    }

    @Test func createdByAndUsedSpaceOnlyForAdminCallersAndNullsOmitted() async throws {
        try await PortalHarness.run { h in
            let lukasz = try await h.id(of: Cast.user)
            let asOwner = try await h.client.get("/api/2.0/people/\(lukasz)", token: h.ownerToken).person
            let creator = try #require(asOwner["createdBy"] as? [String: Any])
            #expect(creator["displayName"] as? String == "Administrator ", "\"{0} {1}\" with an empty last name")
            #expect(asOwner["usedSpace"] != nil)
            #expect(asOwner["terminated"] == nil)
            #expect(asOwner["mobilePhone"] == nil)

            let roomAdminToken = try await h.token(for: Cast.roomAdmin)
            let asRoomAdmin = try await h.client.get("/api/2.0/people/\(lukasz)", token: roomAdminToken)
            #expect(asRoomAdmin.status == 200)
            #expect(asRoomAdmin.person["createdBy"] == nil)
            #expect(asRoomAdmin.person["usedSpace"] == nil)
        }
    }

    @Test func profileUrlIsAbsoluteFromTheRequestHost() async throws {
        try await PortalHarness.run { h in
            let me = try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).person
            #expect(
                me["profileUrl"] as? String
                    == h.client.baseURL.absoluteString + "/accounts/people/filter?search=owner%40example.com")
            #expect(
                (me["avatar"] as? String)?.hasPrefix("/static/images/default_user_photo_size_82-82.png?hash=") == true)
        }
    }

    @Test func inviteesShowTheirEmailAsDisplayNameAndEmptyNames() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get("/api/2.0/people/email?email=\(Cast.invitee)", token: h.ownerToken).person
            #expect(r["displayName"] as? String == Cast.invitee)
            #expect(r["firstName"] as? String == "")
            #expect(r["status"] as? Int == 4)
            #expect(r["activationStatus"] as? Int == 2)
        }
    }

    @Test func fieldsParameterTrimsPeople() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get("/api/2.0/people/filter?count=3&fields=id,displayName", token: h.ownerToken)
            #expect(r.people.count == 3)
            #expect(r.people.allSatisfy { Set($0.keys) == ["id", "displayName"] })
        }
    }
}
