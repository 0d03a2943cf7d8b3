import Foundation

/// The parameters of `GET security/audit/login/filter` (`LoginEventRequestDto`).
///
/// The server's rule to design around (`LoginEventsRepository.GetByFilterAsync`): it takes the
/// page — `startIndex`, `count` over *every* login event of the portal, newest first — and only
/// then applies `userId`, `action`, `from` and `to` to that page. So a page may hold fewer rows
/// than `count` while later pages still hold matches, unless the only filter is `from`: the
/// rows are newest first, so a short page then means the page reached past `from` (or the end).
public struct LoginEventQuery: Sendable, Hashable {
    /// `userId`; `nil` for everyone.
    public var userID: String?
    /// `action`: a `MessageAction` number; `nil` for every action.
    public var action: Int?
    public var from: Date?
    public var to: Date?
    public var startIndex: Int
    /// `count`: the server accepts 1…100 (`ApiContext.MaxCount`).
    public var count: Int

    /// The server's largest page.
    public static let maxCount = 100

    public init(
        userID: String? = nil, action: Int? = nil, from: Date? = nil, to: Date? = nil, startIndex: Int = 0,
        count: Int = LoginEventQuery.maxCount
    ) {
        self.userID = userID
        self.action = action
        self.from = from
        self.to = to
        self.startIndex = startIndex
        self.count = count
    }
}
