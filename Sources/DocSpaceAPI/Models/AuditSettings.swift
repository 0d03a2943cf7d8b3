import Foundation

/// `GET security/audit/settings/lifetime` (`TenantAuditSettings`): how many days the portal
/// keeps its login history and its audit trail (1…180, 180 when never set). A person with no
/// sign-in in the login history has none within `loginHistoryDays`, not "never".
public struct AuditSettings: Sendable, Hashable {
    public var loginHistoryDays: Int
    public var auditTrailDays: Int

    /// `TenantAuditSettings.MaxLifeTime`, also the default.
    public static let maxDays = 180

    public init(loginHistoryDays: Int, auditTrailDays: Int) {
        self.loginHistoryDays = loginHistoryDays
        self.auditTrailDays = auditTrailDays
    }
}
