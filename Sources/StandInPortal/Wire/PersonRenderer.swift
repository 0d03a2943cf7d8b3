/// Writes people as the real server's `EmployeeFullDto` / `EmployeeDto` (§4): nulls omitted,
/// `displayName`, `department` and group names HTML-encoded, dates in the portal time zone,
/// caller-dependent fields (`createdBy` for admins, `usedSpace` for admins and self,
/// `department` hidden from User-type callers looking at others).
struct PersonRenderer {
    var directory: Directory
    var caller: Caller?
    /// `scheme://host` of the request, for the absolute `profileUrl`.
    var origin: String
    var dates: PortalDateFormat

    /// `EmployeeFullDto`. `selfExtras` adds the `GET people/@self` members.
    func full(_ person: PortalPerson, selfExtras: Bool = false) -> JSON {
        var o = JSONObject()
        o.set("firstName", person.firstName)
        o.set("lastName", person.lastName)
        o.set("userName", person.userName)
        o.set("email", person.email)
        if !person.contacts.isEmpty {
            o.set("contacts", JSON.array(person.contacts.map {
                .object(JSONObject([("type", .string($0.type)), ("value", .string($0.value))]))
            }))
        }
        o.set("status", person.status.rawValue)
        o.set("activationStatus", person.activationStatus.rawValue)
        o.set("terminated", person.terminatedDate.map { dates.string(from: $0) })
        let isSelf = caller?.id == person.id
        let callerIsUserType = caller?.person.type == .user
        if !(callerIsUserType && !isSelf) {
            o.set("department", HTMLEncoder.encode(directory.department(of: person)))
        }
        let groups = directory.groups(of: person)
        if !groups.isEmpty {
            o.set("groups", JSON.array(groups.map { group in
                var g = JSONObject()
                g.set("id", group.id)
                g.set("name", HTMLEncoder.encode(group.name))
                g.set("manager", group.manager)
                return .object(g)
            }))
        }
        o.set("location", person.location.flatMap { $0.isEmpty ? nil : $0 })
        o.set("notes", person.notes.flatMap { $0.isEmpty ? nil : $0 })
        o.set("mobilePhone", person.mobilePhone.flatMap { $0.isEmpty ? nil : $0 })
        o.set("isAdmin", person.type == .docSpaceAdmin && !person.isOwner)
        o.set("isRoomAdmin", person.type == .roomAdmin)
        o.set("isLDAP", person.isLDAP)
        o.set("isOwner", person.isOwner)
        o.set("isVisitor", person.type == .guest)
        o.set("isCollaborator", person.type == .user)
        o.set("cultureName", person.cultureName)
        o.set("mobilePhoneActivationStatus", 0)
        o.set("isSSO", person.isSSO)
        let mayReadQuota = isSelf || (caller?.isAdmin ?? false)
        if mayReadQuota {
            if let quota = person.quotaLimit {
                o.set("quotaLimit", JSON.int(quota))
            }
            o.set("usedSpace", JSON.double(person.usedSpace))
            if person.quotaLimit != nil { o.set("isCustomQuota", true) }
        }
        if caller?.isAdmin ?? false, let creatorID = person.createdBy, let creator = directory.person(id: creatorID) {
            o.set("createdBy", short(creator))
        }
        o.set("registrationDate", dates.string(from: person.registrationDate))
        if selfExtras {
            o.set("theme", "Base")
            o.set("loginEventId", abs(person.avatarHash % 100_000) + 1)
            o.set("authCookieLifetime", JSON.double(0))
            o.set("hasPersonalFolder", person.type != .guest)
        }
        appendShortMembers(of: person, to: &o)
        return .object(o)
    }

    /// `EmployeeDto`, the short form.
    func short(_ person: PortalPerson) -> JSON {
        var o = JSONObject()
        appendShortMembers(of: person, to: &o)
        return .object(o)
    }

    private func appendShortMembers(of person: PortalPerson, to o: inout JSONObject) {
        o.set("id", person.id)
        o.set("displayName", HTMLEncoder.encode(person.plainDisplayName))
        let hash = "?hash=\(person.avatarHash)"
        o.set("avatar", "/static/images/default_user_photo_size_82-82.png" + hash)
        o.set("avatarOriginal", "/static/images/default_user_photo_size_200-200.png" + hash)
        o.set("avatarMax", "/static/images/default_user_photo_size_200-200.png" + hash)
        o.set("avatarMedium", "/static/images/default_user_photo_size_48-48.png" + hash)
        o.set("avatarSmall", "/static/images/default_user_photo_size_32-32.png" + hash)
        let area = person.type == .guest ? "guests" : "people"
        o.set("profileUrl", "\(origin)/accounts/\(area)/filter?search=\(Self.urlEncode(person.email))")
        o.set("hasAvatar", false)
        o.set("isAnonim", false)
    }

    /// .NET `HttpUtility.UrlEncode`: unreserved characters stay, the rest become `%xx`
    /// (lower-case hex), a space becomes `+`.
    static func urlEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                 UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                out += "+"
            default:
                let hex = String(byte, radix: 16)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
