/// The plan's routes (`PaymentsController.cs`).
extension Endpoint {
    /// `GET portal/payment/quota`: the plan's features with what is used of each.
    static let paymentQuota = Endpoint.get("portal/payment/quota")
}
