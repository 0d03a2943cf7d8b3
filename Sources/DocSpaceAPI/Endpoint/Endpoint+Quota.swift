/// The storage quota routes: `people/userquota` and `people/resetquota` (`UserController.cs`),
/// `settings/userquotasettings` (`SettingsController.cs`).
extension Endpoint {
    /// `PUT people/userquota {userIds, quota}`: `quota` a JSON number of bytes, `-1` no limit.
    static func setQuota(_ limit: StorageLimit, ids: [String]) -> Endpoint {
        .put("people/userquota", body: RequestBody.Quota(userIds: ids, quota: limit.wireValue))
    }

    /// `PUT people/resetquota {userIds}`: back to the portal's default.
    static func resetQuota(ids: [String]) -> Endpoint {
        .put("people/resetquota", body: RequestBody.UserIDs(userIds: ids))
    }

    /// `GET settings/userquotasettings`.
    static let userQuotaSettings = Endpoint.get("settings/userquotasettings")
}
