/// The JSON bodies of the People API calls this client makes (the server's request DTOs, `ApiModels/RequestDto/`).
/// `nil` optionals are omitted, as the server expects.
enum RequestBody {
    struct Login: Encodable {
        var userName: String
        var password: String
    }

    /// `POST people` / `POST people/active` (`MemberRequestDto`); `type` as its string name.
    struct Member: Encodable {
        var firstName: String
        var lastName: String
        var email: String
        var type: EmployeeType
        var password: String?
        /// The groups' ids; left out when there are none.
        var department: [String]?
    }

    /// `POST people/invite`.
    struct Invite: Encodable {
        struct Item: Encodable {
            var email: String
            var type: EmployeeType
        }
        var invitations: [Item]
        /// The invitation e-mail's language; absent: the portal's own.
        var culture: String?
    }

    /// `PUT people/status/{s}`, `PUT people/type/{t}`, `PUT people/delete`, `PUT people/invite`.
    struct UserIDs: Encodable {
        var userIds: [String]
        var resendAll: Bool?
    }

    /// `POST people/type` (the asynchronous demotion).
    struct TypeChange: Encodable {
        var type: EmployeeType
        var userId: String
        var reassignUserId: String?
    }

    /// `PUT people/type/terminate`, `PUT people/reassign/terminate`: cancel a person's task.
    /// Also `PUT group/{id}/manager` (`SetManagerRequest`): the new head.
    struct UserID: Encodable {
        var userId: String
    }

    /// `POST people/reassign/start`.
    struct Reassign: Encodable {
        var fromUserId: String
        var toUserId: String
        var deleteProfile: Bool
    }

    /// `POST group` (`GroupRequestDto`).
    struct NewGroup: Encodable {
        var groupName: String
        var groupManager: String?
        var members: [String]?
    }

    /// `PUT group/{id}` (`UpdateGroupRequest`).
    struct GroupUpdate: Encodable {
        var groupName: String?
        var groupManager: String?
        var membersToAdd: [String]?
        var membersToRemove: [String]?
    }

    /// `PUT` and `DELETE group/{id}/members` (`MembersRequest`).
    struct Members: Encodable {
        var members: [String]
    }

    /// `PUT settings/tfaappnewapp` (`TfaRequestsDto`: only `id` matters to this route).
    struct TwoFactorReset: Encodable {
        var id: String
    }

    /// `POST people/password` (`EmailMemberRequestDto`).
    struct Email: Encodable {
        var email: String
    }

    /// `POST people/email` (`UpdateMemberRequestDto`: `userId` and the new `email`).
    struct EmailChange: Encodable {
        var userId: String
        var email: String
    }

    /// `PUT keys/{keyId}` (`UpdateApiKeyRequest`): only `isActive`.
    struct APIKeyActive: Encodable {
        var isActive: Bool
    }

    /// `PUT people/userquota` (`UpdateMembersQuotaRequestDto`): the server reads `quota` with
    /// `TryGetInt64`, so it goes as a number.
    struct Quota: Encodable {
        var userIds: [String]
        var quota: Int64
    }
}
