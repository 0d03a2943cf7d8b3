/// `Group` ⇄ `GroupDto` (`GroupFullDtoHelper.Get`): `{id, name, manager?, membersCount,
/// members?, isLDAP, category, parent, isSystem?, shared?}`; the last four are not kept.
///
/// Lenient like `Person`: only `id` is required; a head that cannot be read is no head, an
/// unreadable member is dropped. The name is kept as sent (the server does not encode it).
extension Group: Codable {
    /// The wire's member names.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, manager, membersCount, members, isLDAP
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let members = c.contains(.members) && !((try? c.decodeNil(forKey: .members)) ?? true)
        self.init(
            id: try c.requiredID(.id), name: c.lenientString(.name) ?? "",
            head: try? c.decodeIfPresent(Person.self, forKey: .manager),
            memberCount: max(0, c.lenientInt(.membersCount) ?? 0),
            members: members ? c.lenientArray(Person.self, .members) : nil,
            isLDAP: c.lenientBool(.isLDAP) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(head, forKey: .manager)
        try c.encode(memberCount, forKey: .membersCount)
        try c.encodeIfPresent(members, forKey: .members)
        try c.encode(isLDAP, forKey: .isLDAP)
    }
}

/// The `response` of `GET group`: a list whose unreadable groups are dropped rather than
/// failing the page.
struct GroupList: Decodable {
    var groups: [Group]

    init(from decoder: any Decoder) throws {
        var list = try decoder.unkeyedContainer()
        var groups: [Group] = []
        while !list.isAtEnd {
            if let group = try list.decode(Readable.self).group { groups.append(group) }
        }
        self.groups = groups
    }

    /// Always decodes, so the list steps over a group it cannot read.
    private struct Readable: Decodable {
        var group: Group?
        init(from decoder: any Decoder) throws { group = try? Group(from: decoder) }
    }
}
