import Foundation

/// A person's API key as `GET /api/2.0/keys` shows it (`ApiKeyResponseDto`): never the
/// secret, only `sk-***` and its last four characters. A key belongs to the person who
/// created it (`createBy`) and acts as them.
public struct APIKey: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// `key`: `sk-***` and the postfix.
    public var maskedKey: String
    public var permissions: [String]
    public var createdOn: APIDate?
    /// `nil`: never used.
    public var lastUsed: APIDate?
    /// `nil`: never expires.
    public var expiresAt: APIDate?
    public var isActive: Bool
    /// `createBy.id`: the person the key belongs to.
    public var ownerID: String
    /// `createBy.displayName`, its HTML entities decoded.
    public var ownerName: String

    public init(
        id: String, name: String, maskedKey: String = "", permissions: [String] = [], createdOn: APIDate? = nil,
        lastUsed: APIDate? = nil, expiresAt: APIDate? = nil, isActive: Bool = true, ownerID: String,
        ownerName: String = ""
    ) {
        self.id = id
        self.name = name
        self.maskedKey = maskedKey
        self.permissions = permissions
        self.createdOn = createdOn
        self.lastUsed = lastUsed
        self.expiresAt = expiresAt
        self.isActive = isActive
        self.ownerID = ownerID
        self.ownerName = ownerName
    }

    /// Past its expiry date: the server answers `false` to a change of it and lets nobody
    /// sign in with it, whatever `isActive` says.
    public func isExpired(at now: Date) -> Bool {
        guard let date = expiresAt?.date else { return false }
        return date < now
    }

    /// Whether the key still signs anyone in: active and not expired.
    public func works(at now: Date) -> Bool { isActive && !isExpired(at: now) }
}
