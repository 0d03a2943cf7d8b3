/// One API key as the server stores it (`ASC.Core.Common.EF.Model.ApiKey`): the secret is kept
/// only as a hash, so the portal shows `sk-***` and the last four characters (`KeyPostfix`).
/// The key belongs to the person who created it (`CreateBy`); it acts as them.
struct PortalAPIKey: Sendable {
    var id: String
    var name: String
    var postfix: String
    /// The creator: the only person the key belongs to.
    var createdBy: String
    var createdOn: PortalInstant
    var lastUsed: PortalInstant?
    var expiresAt: PortalInstant?
    var isActive: Bool
    /// Empty: every scope (the server stores `*` as none).
    var permissions: [String] = []

    /// `ApiKey.Key`: what the listing shows in place of the secret.
    var maskedKey: String { "sk-***\(postfix)" }

    /// Past its expiry date (`UpdateApiKey` then answers `false`; the auto-deactivation
    /// service turns it off later).
    func isExpired(at now: PortalInstant) -> Bool {
        guard let expiresAt else { return false }
        return expiresAt < now
    }
}
