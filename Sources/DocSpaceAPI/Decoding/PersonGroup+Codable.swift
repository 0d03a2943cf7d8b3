/// `{id, name, manager?, isSystem?}`. The name is sent as stored, not HTML-encoded (unlike
/// `department` and `displayName`: `GroupSummaryDtoHelper.GetAsync` copies it as it is), so it
/// is kept as sent — decoding it would turn a group really named "R&amp;D" into "R&D".
extension PersonGroup: Codable {
    /// The wire's member names. Public so that writers outside this module (the CLI's fast
    /// JSON output) follow the model's own keys and notice when one is added.
    public enum CodingKeys: String, CodingKey, CaseIterable { case id, name, manager }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.requiredID(.id), name: c.lenientString(.name) ?? "",
            manager: c.lenientString(.manager))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(manager, forKey: .manager)
    }
}
