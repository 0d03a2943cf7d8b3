/// A person's storage limit as `PUT people/userquota` takes it: a number of bytes, or no
/// limit, which the server writes as `-1` (`UserQuotaSettings.NoQuota`).
public enum StorageLimit: Sendable, Hashable {
    case bytes(Int64)
    case noLimit

    /// The server's value of "no limit".
    public static let noLimitValue: Int64 = -1

    /// The number the request carries.
    public var wireValue: Int64 {
        switch self {
        case .bytes(let bytes): bytes
        case .noLimit: Self.noLimitValue
        }
    }

    /// The limit a person's `quotaLimit` shows; `-1` is no limit.
    public init(quotaLimit: Int64) {
        self = quotaLimit == Self.noLimitValue ? .noLimit : .bytes(quotaLimit)
    }
}
