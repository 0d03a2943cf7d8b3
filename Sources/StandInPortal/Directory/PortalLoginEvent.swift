/// One row of the portal's login history (`LoginEvent` in `ASC.AuditTrail`): who, when,
/// which `MessageAction`.
struct PortalLoginEvent: Sendable, Hashable {
    var id: Int
    var date: PortalInstant
    /// The person; `PortalState.emptyGUID` when the login matched nobody.
    var userID: String
    /// The login typed (an e-mail or a user name).
    var login: String
    var action: Action
    var ip = "192.0.2.10"

    /// The `MessageAction` numbers the stand-in writes (`MessageAction.cs`, region Login).
    enum Action: Int, Sendable, Hashable {
        case loginSuccess = 1000
        case loginFailInvalidCombination = 1002
        case loginSuccessViaAPI = 1010
        case loginFailViaAPI = 1013
        case logout = 1006

        /// The server's `[Description]` words, which `LoginEventDto.action` carries.
        var text: String {
            switch self {
            case .loginSuccess: "Login success"
            case .loginFailInvalidCombination: "Login fail invalid combination"
            case .loginSuccessViaAPI: "Login success via api"
            case .loginFailViaAPI: "Login fail via api"
            case .logout: "Logout"
            }
        }
    }
}
