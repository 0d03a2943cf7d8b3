/// `PersonSummary` ⇄ `EmployeeDto` (the short person of `createdBy` and of invitation answers).
/// Lenient like `Person`: only `id` is required and `displayName` is HTML-decoded.
extension PersonSummary: Codable {
    /// The wire's member names. Public so that writers outside this module (the CLI's fast
    /// JSON output) follow the model's own keys and notice when one is added.
    public enum CodingKeys: String, CodingKey, CaseIterable { case id, displayName, avatar, profileUrl, hasAvatar }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.requiredID(.id)
        let displayName =
            c.lenientString(.displayName).map(HTMLEntities.decode)
            .flatMap { $0.isBlank ? nil : $0 } ?? id
        self.init(
            id: id, displayName: displayName, avatar: c.lenientString(.avatar),
            profileUrl: c.lenientString(.profileUrl), hasAvatar: c.lenientBool(.hasAvatar))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(displayName, forKey: .displayName)
        try c.encodeIfPresent(avatar, forKey: .avatar)
        try c.encodeIfPresent(profileUrl, forKey: .profileUrl)
        try c.encodeIfPresent(hasAvatar, forKey: .hasAvatar)
    }
}
