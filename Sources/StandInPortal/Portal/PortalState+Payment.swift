/// The plan's quota as `PaymentsController.GetQuotaPaymentInformation` answers it.
extension PortalState {
    /// `GET portal/payment/quota`: a guest 403 "Access denied"; anyone else the plan's
    /// features (`QuotaHelper.GetCurrentQuotaAsync`). The stand-in's plan has one counted
    /// feature, `manager` (`CountPaidUserFeature`): the paid seats (`-1` no limit) and, as
    /// `used`, the seats taken — left out for a caller of type User, as the server does
    /// (`isUsedAvailable`).
    func paymentQuota(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.person.type != .guest else { throw PortalError.accessDenied }
        var manager = JSONObject()
        manager.add("id", "manager")
        manager.add("title", "Admins/Power users")
        manager.add("value", JSON.int(Int64(options.paidSeats ?? -1)))
        manager.add("type", "count")
        var used = JSONObject()
        used.add("value", caller.person.type == .user ? JSON.null : JSON.int(Int64(directory.paidSeatsInUse)))
        used.add("title", "Admins/Power users:")
        manager.add("used", JSON.object(used))
        var quota = JSONObject()
        quota.add("id", 1)
        quota.add("title", "Business")
        quota.add("nonProfit", false)
        quota.add("free", options.paidSeats == nil)
        quota.add("trial", false)
        quota.add("features", JSON.array([JSON.object(manager)]))
        return .value(.object(quota))
    }
}
