/// Writes people as the real server's `EmployeeFullDto` / `EmployeeDto`: nulls omitted,
/// `displayName` and `department` HTML-encoded but group names as stored (`GroupSummaryDto`
/// copies `group.Name`; only `Department` joins `Name.HtmlEncode()`), dates in the portal time zone,
/// caller-dependent fields (`createdBy` for admins, `usedSpace` for admins and self,
/// `department` hidden from User-type callers looking at others).
///
/// It reads nothing but its `PersonSubject`s, never the directory, so a page can be rendered
/// off the `PortalState` actor once the subjects are resolved on it (`PageRendering`).
struct PersonRenderer: Sendable {
    var caller: Caller?
    /// `scheme://host` of the request, for the absolute `profileUrl`.
    var origin: String
    var dates: PortalDateFormat
    /// The portal's two-factor authentication by app is on (`TfaAppAuthSettings`).
    var twoFactorAppOn = true
    /// The portal's default per-user limit while per-user quotas are on; `nil` while they are
    /// off, when the server shows nobody's `quotaLimit` (`EmployeeFullDtoHelper`).
    var defaultUserQuota: Int64? = 0

    /// `EmployeeFullDto`. `selfExtras` adds the `GET people/@self` members.
    func full(_ subject: PersonSubject, selfExtras: Bool = false) -> JSON {
        var o = JSONObject()
        o.reserveCapacity(44)
        writeFull(subject, selfExtras: selfExtras, to: &o)
        return .object(o)
    }

    /// `EmployeeDto`, the short form.
    func short(_ person: PortalPerson) -> JSON {
        var o = JSONObject()
        writeShort(person, to: &o)
        return .object(o)
    }

    /// The members of `EmployeeFullDto`, in the server's order, into any sink.
    func writeFull<Sink: JSONMemberSink>(_ subject: PersonSubject, selfExtras: Bool = false, to o: inout Sink) {
        let person = subject.person
        o.add("firstName", person.firstName)
        o.add("lastName", person.lastName)
        o.add("userName", person.userName)
        o.add("email", person.email)
        if !person.contacts.isEmpty {
            o.addObjects("contacts", person.contacts) { c, contact in
                c.add("type", contact.type)
                c.add("value", contact.value)
            }
        }
        o.add("status", person.status.rawValue)
        o.add("activationStatus", person.activationStatus.rawValue)
        o.add("terminated", person.terminatedDate.map { dates.string(from: $0) })
        let isSelf = caller?.id == person.id
        let callerIsUserType = caller?.person.type == .user
        if !(callerIsUserType && !isSelf) {
            o.add("department", HTMLEncoder.encode(subject.department))
        }
        let groups = subject.groups
        if !groups.isEmpty {
            o.addObjects("groups", groups) { g, group in
                g.add("id", group.id)
                g.add("name", group.name)
                g.add("manager", group.manager)
            }
        }
        o.add("location", person.location.flatMap { $0.isEmpty ? nil : $0 })
        o.add("notes", person.notes.flatMap { $0.isEmpty ? nil : $0 })
        o.add("mobilePhone", person.mobilePhone.flatMap { $0.isEmpty ? nil : $0 })
        o.add("isAdmin", person.type == .docSpaceAdmin && !person.isOwner)
        o.add("isRoomAdmin", person.type == .roomAdmin)
        o.add("isLDAP", person.isLDAP)
        o.add("isOwner", person.isOwner)
        o.add("isVisitor", person.type == .guest)
        o.add("isCollaborator", person.type == .user)
        o.add("cultureName", person.cultureName)
        o.add("mobilePhoneActivationStatus", 0)
        o.add("isSSO", person.isSSO)
        let mayReadQuota = isSelf || (caller?.isAdmin ?? false)
        if mayReadQuota {
            o.add("usedSpace", JSON.double(person.usedSpace))
            if let defaultUserQuota {
                o.add("quotaLimit", JSON.int(person.quotaLimit ?? defaultUserQuota))
                if person.quotaLimit != nil { o.add("isCustomQuota", true) }
            }
        }
        if caller?.isAdmin ?? false, let creator = subject.creator {
            switch creator {
            case .person(let creator):
                o.addObject("createdBy") { c in writeShort(creator, to: &c) }
            case .removed:
                o.addObject("createdBy") { c in writeRemovedProfile(to: &c) }
            }
        }
        // `EmployeeFullDto.GetFullAsync`: for a DocSpace admin, and only while the portal's
        // two-factor authentication by app is on, whether this person has set an app up.
        if caller?.isAdmin ?? false, twoFactorAppOn {
            o.add("tfaAppEnabled", person.hasTwoFactorApp)
        }
        o.add("registrationDate", dates.string(from: person.registrationDate))
        if selfExtras {
            o.add("theme", "Base")
            o.add("loginEventId", abs(person.avatarHash % 100_000) + 1)
            o.add("authCookieLifetime", JSON.double(0))
            o.add("hasPersonalFolder", person.type != .guest)
        }
        writeShort(person, to: &o)
    }

    /// The members of `EmployeeDto` (also the tail of `EmployeeFullDto`), into any sink.
    func writeShort<Sink: JSONMemberSink>(_ person: PortalPerson, to o: inout Sink) {
        let area = person.type == .guest ? "guests" : "people"
        writeShort(
            id: person.id, displayName: HTMLEncoder.encode(person.plainDisplayName), avatarHash: person.avatarHash,
            profilePath: "/accounts/\(area)/filter?search=" + Self.urlEncode(person.email), to: &o)
    }

    /// The system "LostUser" (`Constants.LostUser`) that stands for a deleted profile: its
    /// own id and the "profile removed" name (`web:removed-profile-name`'s default, as no
    /// `ProfileRemoved` resource exists), not HTML-encoded.
    func writeRemovedProfile<Sink: JSONMemberSink>(to o: inout Sink) {
        writeShort(
            id: Self.lostUserID, displayName: Self.removedProfileName, avatarHash: 0,
            profilePath: "/accounts/people/filter?search=", to: &o)
    }

    static let lostUserID = "4a515a15-d4d6-4b8e-828e-e0586f18f3a3"
    static let removedProfileName = "profile removed"

    private func writeShort<Sink: JSONMemberSink>(
        id: String, displayName: String, avatarHash: Int, profilePath: String,
        to o: inout Sink
    ) {
        o.add("id", id)
        o.add("displayName", displayName)
        let hash = "?hash=" + String(avatarHash)
        o.add("avatar", joining: "/static/images/default_user_photo_size_82-82.png", hash)
        o.add("avatarOriginal", joining: "/static/images/default_user_photo_size_200-200.png", hash)
        o.add("avatarMax", joining: "/static/images/default_user_photo_size_200-200.png", hash)
        o.add("avatarMedium", joining: "/static/images/default_user_photo_size_48-48.png", hash)
        o.add("avatarSmall", joining: "/static/images/default_user_photo_size_32-32.png", hash)
        o.add("profileUrl", joining: origin, profilePath)
        o.add("hasAvatar", false)
        o.add("isAnonim", false)
    }

    /// .NET `HttpUtility.UrlEncode`: unreserved characters stay, the rest become `%xx`
    /// (lower-case hex), a space becomes `+`.
    static func urlEncode(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"):
                out.append(byte)
            case UInt8(ascii: " "):
                out.append(UInt8(ascii: "+"))
            default:
                out.append(UInt8(ascii: "%"))
                out.append(lowerHexDigits[Int(byte >> 4)])
                out.append(lowerHexDigits[Int(byte & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let lowerHexDigits = Array("0123456789abcdef".utf8)
}
