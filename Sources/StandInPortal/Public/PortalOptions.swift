/// How to build and run a stand-in portal.
///
/// The defaults give the demo portal `--demo` shows: 200 people, seed 1, an owner who can log
/// in with `owner@example.com` / `demo-owner-password`, unlimited paid seats and the portal
/// time zone +03:00 (the real server writes every date in the portal's time zone).
public struct PortalOptions: Sendable, Hashable {
    /// How many people the directory starts with, the owner included (at least 1).
    public var users: Int = 200
    /// Seed of the demo data: the same seed and `users` always give the same directory.
    public var seed: UInt64 = 1
    /// The owner's e-mail, which is also their login.
    public var ownerEmail = "owner@example.com"
    /// The owner's password for `POST /api/2.0/authentication`.
    public var ownerPassword = "demo-owner-password"
    /// An API key (`sk-…`) that authenticates as the owner, as real keys act as their creator.
    public var apiKey: String? = nil
    /// Paid seats (DocSpace admins and room admins, owner included); `nil` = unlimited.
    /// Taking a seat beyond the limit answers 402, except `POST people`, which silently
    /// creates a User instead, as the real server does.
    public var paidSeats: Int? = nil
    /// The tariff's `users` quota (`CountUserFeature`); `nil` = unlimited. Re-activating a
    /// User or a Guest checks it (`CountUserChecker.CheckAppend`): the server counts the
    /// members of the Guest group who are not terminated, adds one, and answers 402 "The
    /// number of users should not exceed N" when that is more than the quota.
    public var usersQuota: Int? = nil
    /// The portal's invitation settings (`TenantUserInvitationSettings`): whether members
    /// (every type but Guest) and guests may be added or invited. Both on by default.
    public var allowInvitingMembers = true
    /// Two-factor authentication by an authenticator app is on (`TfaAppAuthSettings.EnableSetting`):
    /// people then carry `tfaAppEnabled` for admins, and an app can be reset.
    public var twoFactorApp = true
    public var allowInvitingGuests = true
    /// Per-user storage quotas are on (`TenantUserQuotaSettings.EnableQuota`): people then
    /// show `quotaLimit`. Off, the portal still stores a limit set, but applies and shows none.
    public var userQuotas = true
    /// The per-user default limit in bytes (`TenantUserQuotaSettings.DefaultQuota`); 0: none.
    public var defaultUserQuota: Int64 = 5_368_709_120
    /// The portal's storage in bytes (the tariff's `MaxTotalSize`): no per-user limit above it.
    public var totalStorage: Int64 = 107_374_182_400
    /// The plan has storage statistics (`TenantQuota.Statistic`); without them a quota reset
    /// answers 402 "Your pricing plan does not support this option".
    public var storageStatistics = true
    /// The portal's password policy (`PasswordSettings`).
    public var passwordPolicy = PasswordPolicy()
    /// The cloud's rate limiter; `nil` (the default, as in a self-hosted portal, where
    /// `core:hosting:rateLimiterOptions:enable` is false) answers every request.
    public var rateLimits: RateLimits? = nil
    /// The portal time zone, in minutes east of UTC, used for every date on the wire.
    public var timeZoneOffsetMinutes = 180
    /// How long the asynchronous tasks (type change, reassign, data removal) take to
    /// complete. Short by default so tests and the demo see them finish.
    public var taskDuration: Duration = .milliseconds(300)
    /// TEST DATA: adds a handful of people whose every text field carries escape sequences,
    /// control and bidi characters, invalid-UTF-8 stand-ins and 10 KB strings (`HostileCast`),
    /// on top of `users`. For tests of what reaches a terminal; never a realistic portal.
    public var hostileData = false
    /// The plan has the Audit feature (`TenantQuota.Audit`). Without it the login filter
    /// ignores its query and answers with the last 20 login events of anyone
    /// (`SecurityController.GetLoginEventsByFilter` → `GetLastLoginEvents`).
    public var auditFeature = true
    /// How many days the login history is kept (`TenantAuditSettings.LoginHistoryLifeTime`,
    /// 1…180, 180 by default): older rows are gone.
    public var loginHistoryDays = PortalOptions.maxAuditDays
    /// `TenantAuditSettings.MaxLifeTime`, also its default.
    public static let maxAuditDays = 180
    /// The longest a request may take to answer (latency faults included) before the HTTP
    /// server gives up with a 500. Each request arms a FlyingFox timeout task for this long;
    /// on Linux a cancelled `Task.sleep` keeps its task's memory until the deadline passes, so
    /// every request holds about 1 KB for this long (measured by the soak test): long
    /// sessions or benchmarks want it short.
    public var handlerTimeout: Duration = .seconds(3600)

    public init(
        users: Int = 200, seed: UInt64 = 1, ownerEmail: String = "owner@example.com",
        ownerPassword: String = "demo-owner-password", apiKey: String? = nil,
        paidSeats: Int? = nil, timeZoneOffsetMinutes: Int = 180,
        taskDuration: Duration = .milliseconds(300)
    ) {
        self.users = users
        self.seed = seed
        self.ownerEmail = ownerEmail
        self.ownerPassword = ownerPassword
        self.apiKey = apiKey
        self.paidSeats = paidSeats
        self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
        self.taskDuration = taskDuration
    }
}
