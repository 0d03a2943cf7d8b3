/// The API-key routes (`products/ASC.People/Server/Api/ApiKeysController.cs`).
extension Endpoint {
    /// `GET keys`: every key of the portal for a DocSpace admin, the caller's own otherwise.
    static let apiKeys = Endpoint.get("keys")

    /// `PUT keys/{keyId} {isActive}`: name and permissions left out stay as they are.
    static func setAPIKeyActive(id: String, isActive: Bool) -> Endpoint {
        .put("keys/\(PercentEncoding.segment(id))", body: RequestBody.APIKeyActive(isActive: isActive))
    }

    /// `DELETE keys/{keyId}`.
    static func deleteAPIKey(id: String) -> Endpoint {
        .delete("keys/\(PercentEncoding.segment(id))")
    }
}
