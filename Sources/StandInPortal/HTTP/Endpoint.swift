/// Every People API route the stand-in serves. The raw value is the route template, used as
/// the key in request statistics and shown in errors' stack lines.
enum Endpoint: String, Sendable, CaseIterable {
    case login = "POST /api/2.0/authentication"
    case isAuthenticated = "GET /api/2.0/authentication"
    case logout = "POST /api/2.0/authentication/logout"

    case listActive = "GET /api/2.0/people"
    case filter = "GET /api/2.0/people/filter"
    case simpleFilter = "GET /api/2.0/people/simple/filter"
    case byStatus = "GET /api/2.0/people/status/{status}"
    case statusSearch = "GET /api/2.0/people/status/{status}/search"
    case search = "GET /api/2.0/people/search"
    case atSearch = "GET /api/2.0/people/@search/{query}"
    case byEmail = "GET /api/2.0/people/email"
    case exists = "GET /api/2.0/people/exists"
    case me = "GET /api/2.0/people/@self"
    case read = "GET /api/2.0/people/{userid}"

    case create = "POST /api/2.0/people"
    case createActive = "POST /api/2.0/people/active"
    case invite = "POST /api/2.0/people/invite"
    case resendInvitations = "PUT /api/2.0/people/invite"

    case update = "PUT /api/2.0/people/{userid}"
    case setStatus = "PUT /api/2.0/people/status/{status}"
    case upgradeType = "PUT /api/2.0/people/type/{type}"
    case startTypeChange = "POST /api/2.0/people/type"
    case typeChangeProgress = "GET /api/2.0/people/type/progress/{userid}"
    case terminateTypeChange = "PUT /api/2.0/people/type/terminate"
    case changeEmail = "POST /api/2.0/people/email"
    case sendPasswordInstructions = "POST /api/2.0/people/password"
    case setPassword = "PUT /api/2.0/people/{userid}/password"

    case delete = "DELETE /api/2.0/people/{userid}"
    case bulkDelete = "PUT /api/2.0/people/delete"
    case reassignNecessary = "GET /api/2.0/people/reassign/necessary"
    case startReassign = "POST /api/2.0/people/reassign/start"
    case reassignProgress = "GET /api/2.0/people/reassign/progress/{userid}"
    case terminateReassign = "PUT /api/2.0/people/reassign/terminate"
    case startRemoval = "POST /api/2.0/people/remove/start"
    case removalProgress = "GET /api/2.0/people/remove/progress/{userid}"
    case terminateRemoval = "PUT /api/2.0/people/remove/terminate"

    case signOutEverywhere = "PUT /api/2.0/security/activeconnections/logoutall/{userid}"

    case listGroups = "GET /api/2.0/group"
    case readGroup = "GET /api/2.0/group/{id}"
    case createGroup = "POST /api/2.0/group"
    case updateGroup = "PUT /api/2.0/group/{id}"
    case deleteGroup = "DELETE /api/2.0/group/{id}"
    case addGroupMembers = "PUT /api/2.0/group/{id}/members"
    case removeGroupMembers = "DELETE /api/2.0/group/{id}/members"
    case setGroupHead = "PUT /api/2.0/group/{id}/manager"
    case moveGroupMembers = "PUT /api/2.0/group/{fromId}/members/{toId}"
    case resetTwoFactor = "PUT /api/2.0/settings/tfaappnewapp"
    case setUserQuota = "PUT /api/2.0/people/userquota"
    case resetUserQuota = "PUT /api/2.0/people/resetquota"
    case userQuotaSettings = "GET /api/2.0/settings/userquotasettings"
    case saveUserQuotaSettings = "POST /api/2.0/settings/userquotasettings"

    case listAPIKeys = "GET /api/2.0/keys"
    case updateAPIKey = "PUT /api/2.0/keys/{keyid}"
    case deleteAPIKey = "DELETE /api/2.0/keys/{keyid}"

    case loginEvents = "GET /api/2.0/security/audit/login/filter"
    case auditSettings = "GET /api/2.0/security/audit/settings/lifetime"

    case listRooms = "GET /api/2.0/files/rooms"
    case paymentQuota = "GET /api/2.0/portal/payment/quota"
    case removeGuests = "DELETE /api/2.0/people/guests"
    case guestShareLink = "GET /api/2.0/people/guests/{userid}/share"

    var method: String { String(rawValue.split(separator: " ")[0]) }

    /// Template segments after the method, e.g. `["api", "2.0", "people", "{userid}"]`.
    var segments: [String] { rawValue.split(separator: " ")[1].split(separator: "/").map(String.init) }

    /// Routes anyone may call without a token.
    var allowsAnonymous: Bool {
        switch self {
        case .login, .isAuthenticated, .logout, .sendPasswordInstructions: true
        default: false
        }
    }

    /// Routes under the `SensitiveApi` rate-limit policy (`[EnableRateLimiting]`): resending
    /// invitations, password instructions, e-mail changes, setting a password.
    var isSensitive: Bool {
        [.resendInvitations, .sendPasswordInstructions, .changeEmail, .setPassword].contains(self)
    }

    /// The controller method, for the `.NET`-style stack line of error bodies.
    var action: String {
        let controller =
            switch self {
            case .login, .isAuthenticated, .logout: "AuthenticationController"
            case .startReassign, .reassignProgress, .terminateReassign, .reassignNecessary: "ReassignController"
            case .startRemoval, .removalProgress, .terminateRemoval: "RemoveUserDataController"
            case .signOutEverywhere: "ConnectionsController"
            case .listGroups, .readGroup, .createGroup, .updateGroup, .deleteGroup, .addGroupMembers,
                .removeGroupMembers, .setGroupHead, .moveGroupMembers:
                "GroupController"
            case .resetTwoFactor: "TfaappController"
            case .userQuotaSettings, .saveUserQuotaSettings: "SettingsController"
            case .listAPIKeys, .updateAPIKey, .deleteAPIKey: "ApiKeysController"
            case .loginEvents, .auditSettings: "SecurityController"
            case .listRooms: "VirtualRoomsController"
            case .paymentQuota: "PaymentsController"
            default: "UserController"
            }
        return "\(controller).\(String(describing: self).capitalizedFirst)Async()"
    }
}
