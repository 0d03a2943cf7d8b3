/// `{type, value}`, e.g. `{"type": "phone", "value": "+1 555 0100"}`.
extension Contact: Codable {
    /// The wire's member names. Public so that writers outside this module (the CLI's fast
    /// JSON output) follow the model's own keys and notice when one is added.
    public enum CodingKeys: String, CodingKey, CaseIterable { case type, value }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(type: c.lenientString(.type) ?? "", value: c.lenientString(.value) ?? "")
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(value, forKey: .value)
    }
}
