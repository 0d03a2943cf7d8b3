/// The portal's per-user storage quota settings, `GET settings/userquotasettings`
/// (`TenantUserQuotaSettings`). While `enableQuota` is false the portal applies no per-user
/// limit and shows nobody's `quotaLimit`, so setting one changes nothing anyone can see.
public struct UserQuotaSettings: Sendable, Hashable, Decodable {
    /// Whether per-user quotas are on.
    public var enableQuota: Bool
    /// The limit of everyone without a custom quota, in bytes; `0` or less: none set
    /// (the server stores `-2` until an admin saves the settings).
    public var defaultQuota: Int64

    public init(enableQuota: Bool, defaultQuota: Int64) {
        self.enableQuota = enableQuota
        self.defaultQuota = defaultQuota
    }

    enum CodingKeys: String, CodingKey { case enableQuota, defaultQuota }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        enableQuota = try c.decodeIfPresent(Bool.self, forKey: .enableQuota) ?? false
        defaultQuota = try c.decodeIfPresent(Int64.self, forKey: .defaultQuota) ?? -2
    }
}
