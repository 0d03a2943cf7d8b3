import Foundation

/// The login-history routes (`web/ASC.Web.Api/Api/SecurityController.cs`).
extension Endpoint {
    /// `GET security/audit/login/filter`: only the parameters given are sent; the server
    /// reads a missing `userId`/`action` as "any" and a missing `from`/`to` as "no bound".
    static func loginEvents(_ query: LoginEventQuery) -> Endpoint {
        var items: [QueryItem] = []
        if let user = query.userID { items.append(QueryItem(name: "userId", value: user)) }
        if let action = query.action { items.append(QueryItem(name: "action", value: String(action))) }
        if let from = query.from { items.append(QueryItem(name: "from", value: queryDate(from))) }
        if let to = query.to { items.append(QueryItem(name: "to", value: queryDate(to))) }
        items.append(QueryItem(name: "startIndex", value: String(query.startIndex)))
        items.append(QueryItem(name: "count", value: String(query.count)))
        return .get("security/audit/login/filter", query: items)
    }

    /// `GET security/audit/settings/lifetime`.
    static let auditSettings = Endpoint.get("security/audit/settings/lifetime")

    /// `2026-09-08T17:00:00Z`: one of `ApiDateTime.Formats` (`yyyy-MM-ddTHH:mm:ssK`), in UTC.
    static func queryDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String {
            let v = n ?? 0
            return v < 10 ? "0\(v)" : "\(v)"
        }
        let year = String(c.year ?? 1)
        let paddedYear = String(repeating: "0", count: max(0, 4 - year.count)) + year
        return "\(paddedYear)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))Z"
    }
}
