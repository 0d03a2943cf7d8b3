/// `AuditSettings` ← `TenantAuditSettings`: `{loginHistoryLifeTime, auditTrailLifeTime,
/// lastModified}`; the login history's lifetime is required, it is what the answer is for.
extension AuditSettings: Decodable {
    enum CodingKeys: String, CodingKey { case loginHistoryLifeTime, auditTrailLifeTime }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let login = c.lenientInt(.loginHistoryLifeTime) else {
            throw DecodingError.keyNotFound(
                CodingKeys.loginHistoryLifeTime, .init(codingPath: c.codingPath, debugDescription: "no lifetime"))
        }
        self.init(
            loginHistoryDays: login, auditTrailDays: c.lenientInt(.auditTrailLifeTime) ?? AuditSettings.maxDays)
    }
}
