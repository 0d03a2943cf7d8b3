/// Per-user storage quotas (`UserController.UpdateUserQuota`, `ResetUsersQuota`;
/// `SettingsController.GetUserQuotaSettings`, `SaveUserQuotaSettings`).
extension PortalState {
    static let quotaGreaterThanPortal =
        "Failed to set quota per user. The entered value is greater than the total DocSpace storage."
    static let notAllowedByPlan = "Your pricing plan does not support this option"

    /// `PUT people/userquota {userIds, quota}`, in the server's order: a `quota` that is not a
    /// JSON integer 400 (before the permission); a caller who is not a DocSpace admin 403
    /// "Access denied" (`EditPortalSettings`); a quota above the portal's storage 400. Then
    /// every id is saved, unknown ones skipped: no check against the space already used, none
    /// against negative values (`-1` is no limit), none that per-user quotas are on — off, the
    /// limit is stored but neither applied nor shown. Answers the people.
    func setUserQuota(_ context: RequestContext) throws -> EndpointResult {
        let body = try context.body()
        guard case .int(let quota) = body.element("quota") else {
            throw PortalError.argument(Self.quotaGreaterThanPortal)
        }
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        let ids = try body.guids("userIds") ?? []
        guard quota <= options.totalStorage else { throw PortalError.argument(Self.quotaGreaterThanPortal) }
        return setQuotaLimit(quota, of: ids, context)
    }

    /// `PUT people/resetquota {userIds}`: a DocSpace admin only (403 "Access denied"); on a
    /// plan without storage statistics 402 "Your pricing plan does not support this option";
    /// then each person goes back to the portal's default. Answers the people.
    func resetUserQuota(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        guard options.storageStatistics else { throw PortalError.paymentRequired(Self.notAllowedByPlan) }
        let ids = try context.body().guids("userIds") ?? []
        return setQuotaLimit(nil, of: ids, context)
    }

    /// Gives each known id the limit (`nil`: the portal's default) and answers those people as
    /// they are now; unknown ids are passed over, as the server's loop does.
    private func setQuotaLimit(_ limit: Int64?, of ids: [String], _ context: RequestContext) -> EndpointResult {
        let targets = ids.compactMap { directory.person(id: $0) }
        for target in targets {
            directory.update(target.id) { $0.quotaLimit = limit }
        }
        let renderer = renderer(context)
        return .stream(targets.compactMap { directory.person(id: $0.id) }.map { renderer.full($0) })
    }

    /// `GET settings/userquotasettings`: a DocSpace admin only (403 "Access denied").
    func userQuotaSettings(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        return .value(quotaSettingsJSON)
    }

    /// `POST settings/userquotasettings {enableQuota, defaultQuota}`: a DocSpace admin on a
    /// plan with storage statistics (else 402); `defaultQuota` a JSON integer not above the
    /// portal's storage (else 400); a default of 0 or less is stored as 0.
    func saveUserQuotaSettings(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        guard options.storageStatistics else { throw PortalError.paymentRequired(Self.notAllowedByPlan) }
        let body = try context.body()
        guard case .int(let quota) = body.element("defaultQuota") else {
            throw PortalError.argument(Self.quotaGreaterThanPortal)
        }
        guard quota <= options.totalStorage else { throw PortalError.argument(Self.quotaGreaterThanPortal) }
        userQuotas = (try body.bool("enableQuota") ?? false, max(0, quota))
        return .value(quotaSettingsJSON)
    }

    private var quotaSettingsJSON: JSON {
        var o = JSONObject()
        o.add("enableQuota", userQuotas.enabled)
        o.add("defaultQuota", JSON.int(userQuotas.defaultQuota))
        o.add("lastRecalculateDate", JSON.null)
        return .object(o)
    }
}
