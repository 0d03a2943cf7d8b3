import Foundation

/// One row of the portal's login history as `GET security/audit/login/filter` shows it
/// (`LoginEventDto`): who tried to sign in, when, how, and whether it worked.
public struct LoginEvent: Sendable, Hashable, Identifiable {
    public var id: Int
    public var date: APIDate?
    /// `userId`: the person; empty (`Guid.Empty`) for a failed attempt with an unknown login.
    public var userID: String
    /// `user`: the name the portal shows.
    public var userName: String
    /// `login`: the e-mail or name typed.
    public var login: String
    /// `actionId`: the server's `MessageAction` number.
    public var action: Int
    /// `action`: the server's words for it.
    public var actionText: String
    public var ip: String

    public init(
        id: Int, date: APIDate?, userID: String, userName: String = "", login: String = "", action: Int,
        actionText: String = "", ip: String = ""
    ) {
        self.id = id
        self.date = date
        self.userID = userID
        self.userName = userName
        self.login = login
        self.action = action
        self.actionText = actionText
        self.ip = ip
    }

    /// `MessageAction` numbers of a sign-in that worked (`MessageAction.cs`, region Login:
    /// `LoginSuccess` 1000, every `LoginSuccessVia…`, and `AuthLinkActivated` 1027, a sign-in
    /// by an e-mailed link). Failures, logouts and session rows are not a sign-in.
    public static let successfulSignIns: Set<Int> = [
        1000, 1001, 1007, 1010, 1011, 1012, 1015, 1019, 1021, 1024, 1027, 1028, 1029,
    ]

    /// `MessageAction.LoginSuccess`: the server's plain "Login success".
    public static let loginSuccess = 1000

    /// Whether this row is a sign-in that worked.
    public var isSuccessfulSignIn: Bool { Self.successfulSignIns.contains(action) }
}
