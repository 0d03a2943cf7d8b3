/// `LoginEvent` ← `LoginEventDto`: `{id, date, user, userId, login, action, actionId, ip,
/// country, city, browser, platform, page}`. `user` is the event mapper's plain name, not
/// an HTML-encoded `EmployeeDto.displayName`. `actionId` is the `MessageAction` number; read
/// leniently as elsewhere, but a row without its id, person or action cannot say who signed in
/// and is dropped by `LoginEventList`.
extension LoginEvent: Decodable {
    enum CodingKeys: String, CodingKey {
        case id, date, user, userId, login, action, actionId
        case ip = "IP"
        case ipLower = "ip"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let id = c.lenientInt(.id) else {
            throw DecodingError.keyNotFound(CodingKeys.id, .init(codingPath: c.codingPath, debugDescription: "no id"))
        }
        guard let action = c.lenientInt(.actionId) else {
            throw DecodingError.keyNotFound(
                CodingKeys.actionId, .init(codingPath: c.codingPath, debugDescription: "no actionId"))
        }
        self.init(
            id: id, date: c.lenientDate(.date), userID: try c.requiredID(.userId),
            userName: c.lenientString(.user) ?? "", login: c.lenientString(.login) ?? "",
            action: action, actionText: c.lenientString(.action) ?? "",
            ip: c.lenientString(.ip) ?? c.lenientString(.ipLower) ?? "")
    }
}

/// The `response` of the login filter: a row that cannot be read is dropped, not the page.
struct LoginEventList: Decodable {
    var events: [LoginEvent]

    init(from decoder: any Decoder) throws {
        var list = try decoder.unkeyedContainer()
        var events: [LoginEvent] = []
        while !list.isAtEnd {
            if let event = try list.decode(Readable.self).event { events.append(event) }
        }
        self.events = events
    }

    private struct Readable: Decodable {
        var event: LoginEvent?
        init(from decoder: any Decoder) throws { event = try? LoginEvent(from: decoder) }
    }
}
