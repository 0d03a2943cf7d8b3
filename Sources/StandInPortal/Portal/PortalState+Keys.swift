/// API keys (`products/ASC.People/Server/Api/ApiKeysController.cs`). The rules as the server
/// has them: "admin" is `GetUserTypeAsync(...) is DocSpaceAdmin`, the owner included; a key
/// belongs to its creator (`CreateBy`). Refusals of a change are not errors: the action
/// answers `false` with a 200.
extension PortalState {
    /// `GET /api/2.0/keys` (`GetApiKeys`): a DocSpace admin gets every key of the portal
    /// (`GetAllApiKeysAsync`), anyone else only their own; newest first. There is no filter by
    /// person: a client picks a person's keys by `createBy.id`.
    func listAPIKeys(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        let visible = apiKeys.filter { caller.isAdmin || $0.createdBy == caller.id }
        return .value(.array(visible.map { renderAPIKey($0, context) }))
    }

    /// `PUT /api/2.0/keys/{keyId} {name, permissions, isActive}` (`UpdateApiKey`): an unknown
    /// key is read as null and dereferenced (500, .NET's NullReferenceException); an expired
    /// key → `false`; someone else's key for a non-admin → `false`; otherwise the given fields
    /// change → `true`.
    func updateAPIKey(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        let index = try apiKeyIndex(context)
        let key = apiKeys[index]
        if key.isExpired(at: .now()) { return .value(.bool(false)) }
        if !caller.isAdmin && key.createdBy != caller.id { return .value(.bool(false)) }
        let body = try context.body()
        if let isActive = try body.bool("isActive") { apiKeys[index].isActive = isActive }
        if let name = try body.string("name"), !name.isEmpty { apiKeys[index].name = name }
        return .value(.bool(true))
    }

    /// `DELETE /api/2.0/keys/{keyId}` (`DeleteApiKey`): an unknown key 500 as above;
    /// someone else's key for a non-admin → `false`; otherwise the key is gone → `true`. An
    /// expired key can be deleted.
    func deleteAPIKey(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        let index = try apiKeyIndex(context)
        if !caller.isAdmin && apiKeys[index].createdBy != caller.id { return .value(.bool(false)) }
        apiKeys.remove(at: index)
        return .value(.bool(true))
    }

    /// The key of the route's `{keyId:guid}`: not a GUID → no route (404); no such key → the
    /// server's null dereference.
    private func apiKeyIndex(_ context: RequestContext) throws -> Int {
        guard let id = GUID.normalize(context.parameter("keyid")) else { throw PortalError.routeNotFound }
        guard let index = apiKeys.firstIndex(where: { $0.id == id }) else {
            throw PortalError.server("Object reference not set to an instance of an object.")
        }
        return index
    }

    /// `ApiKeyResponseDto`, nulls omitted: the masked key, never the secret.
    private func renderAPIKey(_ key: PortalAPIKey, _ context: RequestContext) -> JSON {
        var o = JSONObject()
        o.set("id", .string(key.id))
        o.set("name", .string(key.name))
        o.set("key", .string(key.maskedKey))
        o.set("keyPostfix", .string(key.postfix))
        o.set("permissions", .array(key.permissions.map { .string($0) }))
        o.set("lastUsed", key.lastUsed.map { .string(dates.string(from: $0)) })
        o.set("createOn", .string(dates.string(from: key.createdOn)))
        o.set("createBy", directory.person(id: key.createdBy).map { personRenderer(context).short($0) })
        o.set("expiresAt", key.expiresAt.map { .string(dates.string(from: $0)) })
        o.set("isActive", .bool(key.isActive))
        return .object(o)
    }
}
