/// `{id, name, manager?, isSystem?}`; the name is HTML-encoded on the wire like `department`.
extension PersonGroup: Codable {
    /// The wire's member names. Public so that writers outside this module (the CLI's fast
    /// JSON output) follow the model's own keys and notice when one is added.
    public enum CodingKeys: String, CodingKey, CaseIterable { case id, name, manager }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.requiredID(.id), name: c.lenientString(.name).map(HTMLEntities.decode) ?? "",
                  manager: c.lenientString(.manager))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(manager, forKey: .manager)
    }
}
