/// The login history (`web/ASC.Web.Api/Api/SecurityController.cs`,
/// `common/services/ASC.AuditTrail/Repositories/LoginEventsRepository.cs`).
extension PortalState {
    /// `GET security/audit/login/filter` (`GetLoginEventsByFilter`), in the server's order:
    /// - `EditPortalSettings` (DocSpace admins, the owner included), else 403;
    /// - a plan without the Audit feature: the query is ignored and the answer is the last
    ///   20 events of anyone (`GetLastLoginEvents`), a 200 like any other;
    /// - otherwise `GetByFilterAsync`: every event of the portal newest first, *then* the page
    ///   (`startIndex`, `count`), *then* `userId`, `action`, `from`/`to` within that page — so a
    ///   page may come back short, or empty, while later pages still match.
    func loginEvents(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        let query = context.query
        let paging = try Paging(query)
        let userID = try query.nonEmpty("userId").map { text in
            guard let id = GUID.normalize(text) else { throw PortalError.invalidValue(text, for: "userId") }
            return id
        }
        let action = try query.nonEmpty("action").map { text in
            guard let number = Int(text) else { throw PortalError.invalidValue(text, for: "action") }
            return number
        }
        let from = try query.nonEmpty("from").map { try queryDate($0, "from") }
        let to = try query.nonEmpty("to").map { try queryDate($0, "to") }
        let newestFirst = keptLoginEvents.reversed()
        guard options.auditFeature else {
            return .value(.array(newestFirst.prefix(20).map { renderLoginEvent($0, context) }))
        }
        let page = newestFirst.dropFirst(paging.startIndex).prefix(paging.count)
        let matches = page.filter { event in
            if let userID, userID != Self.emptyGUID, event.userID != userID { return false }
            // `MessageAction.None` is -1; the controller turns 0 into None.
            if let action, action != 0, action != -1, event.action.rawValue != action { return false }
            if let from, event.date < from { return false }
            if let to, event.date > to { return false }
            return true
        }
        return .value(.array(matches.map { renderLoginEvent($0, context) }))
    }

    /// `GET security/audit/settings/lifetime` (`GetAuditSettings`): `EditPortalSettings`, else
    /// 403; the plan's Audit feature is *not* checked (`DemandBaseAuditPermission` only looks at
    /// whether the hosting shows the login history), so it answers on every plan.
    func auditSettings(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        var o = JSONObject()
        o.set("loginHistoryLifeTime", .int(options.loginHistoryDays))
        o.set("auditTrailLifeTime", .int(PortalOptions.maxAuditDays))
        o.set("lastModified", .string("0001-01-01T00:00:00"))
        return .value(.object(o))
    }

    /// The events still kept: the server's clean-up removes those older than the login
    /// history's lifetime.
    var keptLoginEvents: [PortalLoginEvent] {
        let oldest = PortalInstant.now().adding(seconds: -Int64(options.loginHistoryDays) * 86_400)
        return loginHistory.filter { $0.date >= oldest }
    }

    /// Appends a row as `MessageService.SendLoginMessage` does for a sign-in through the API.
    func recordLogin(_ action: PortalLoginEvent.Action, userID: String, login: String) {
        loginHistory.append(
            PortalLoginEvent(
                id: (loginHistory.last?.id ?? 0) + 1, date: .now(), userID: userID, login: login, action: action))
    }

    /// `LoginEventDto`: the person's name as `user`, not HTML-encoded (the event mapper's
    /// `UserFormatter`, not an `EmployeeDto`); empty for nobody.
    private func renderLoginEvent(_ event: PortalLoginEvent, _ context: RequestContext) -> JSON {
        var o = JSONObject()
        o.set("id", .int(event.id))
        o.set("date", .string(dates.string(from: event.date)))
        o.set("user", .string(directory.person(id: event.userID)?.plainDisplayName ?? ""))
        o.set("userId", .string(event.userID))
        o.set("login", .string(event.login))
        o.set("action", .string(event.action.text))
        o.set("actionId", .int(event.action.rawValue))
        o.set("ip", .string(event.ip))
        o.set("country", .string(""))
        o.set("city", .string(""))
        o.set("browser", .string("Swift"))
        o.set("platform", .string("Linux"))
        o.set("page", .string("/api/2.0/authentication"))
        return .object(o)
    }

    /// An `ApiDateTime` query value (`ApiDateTime.Formats`); anything else is a 400.
    private func queryDate(_ text: String, _ name: String) throws -> PortalInstant {
        guard let instant = PortalDateParser.instant(from: text) else {
            throw PortalError.invalidValue(text, for: name)
        }
        return instant
    }
}
