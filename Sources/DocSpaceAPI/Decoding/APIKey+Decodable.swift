/// `APIKey` ← `ApiKeyResponseDto`: `{id, name, key, keyPostfix, permissions, lastUsed,
/// createOn, createBy: EmployeeDto, expiresAt, isActive}`. Lenient like `Person`: only `id`
/// and the owner's id are required (a key of nobody could not be told apart). The owner's
/// `displayName` comes HTML-encoded, as in every `EmployeeDto`, and is decoded as `Person`'s.
extension APIKey: Decodable {
    enum CodingKeys: String, CodingKey {
        case id, name, key, permissions, lastUsed, createOn, createBy, expiresAt, isActive
    }

    enum OwnerKeys: String, CodingKey {
        case id, displayName
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let owner = try c.nestedContainer(keyedBy: OwnerKeys.self, forKey: .createBy)
        self.init(
            id: try c.requiredID(.id), name: c.lenientString(.name) ?? "", maskedKey: c.lenientString(.key) ?? "",
            permissions: c.lenientArray(String.self, .permissions), createdOn: c.lenientDate(.createOn),
            lastUsed: c.lenientDate(.lastUsed), expiresAt: c.lenientDate(.expiresAt),
            isActive: c.lenientBool(.isActive) ?? true, ownerID: try owner.requiredID(.id),
            ownerName: owner.lenientString(.displayName).map(HTMLEntities.decode) ?? "")
    }
}

/// The `response` of `GET keys`: a key that cannot be read (no id, no owner) is dropped
/// rather than failing the listing, as for groups.
struct APIKeyList: Decodable {
    var keys: [APIKey]

    init(from decoder: any Decoder) throws {
        var list = try decoder.unkeyedContainer()
        var keys: [APIKey] = []
        while !list.isAtEnd {
            if let key = try list.decode(Readable.self).key { keys.append(key) }
        }
        self.keys = keys
    }

    /// Always decodes, so the list steps over a key it cannot read.
    private struct Readable: Decodable {
        var key: APIKey?
        init(from decoder: any Decoder) throws { key = try? APIKey(from: decoder) }
    }
}
