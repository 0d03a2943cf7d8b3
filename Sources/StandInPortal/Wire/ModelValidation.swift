/// The data-annotation checks ASP.NET runs on a bound request DTO before the controller
/// (`[ApiController]`'s automatic 400): each failing attribute adds its standard message
/// under the property's key, and the answer is a `ValidationProblemDetails` (`errors` by property, `title`, `status` 400) whatever the
/// caller may do. Only the attributes of the routes the stand-in serves:
/// - `MemberRequestDto` (`POST people`, `POST people/active`) and `UpdateMemberRequestDto`
///   (`PUT people/{userid}`, `POST people/email`): `Email` `[EmailAddress]`
///   `[StringLength(255)]`, `FirstName` and `LastName` `[StringLength(255)]`;
/// - `InviteUsersRequestDto` (`POST people/invite`): `Invitations` `[Required]`, each
///   `Email` `[EmailAddress]` `[MaxLength(255)]` (`EmailInvitationDto`);
/// - `EmailMemberRequestDto` (`POST people/password`): `Email` `[Required]`
///   `[EmailAddress]` `[StringLength(255)]`;
/// - `GetMemberByEmailRequestDto` (`GET people/email`, `GET people/exists`): the `email`
///   query value `[EmailAddress]` `[StringLength(255)]`.
/// - `GroupRequestDto` (`POST group`): `GroupName` `required` `[StringLength(128,
///   MinimumLength = 1)]`; `UpdateGroupRequest` (`PUT group/{id}`): `GroupName`
///   `[StringLength(128)]` (so `""` passes).
/// (`count`'s `[Range]` and the binding errors of malformed JSON, GUIDs and enums are
/// reported where they are read: `Paging`, `RequestBody`, `WireEnum`.)
enum ModelValidation {
    static func issues(for endpoint: Endpoint, _ context: RequestContext) throws -> [ValidationIssue] {
        switch endpoint {
        case .create, .createActive, .update, .changeEmail:
            let body = try context.body()
            return emailAddress("Email", try body.string("email"))
                + stringLength("Email", try body.string("email"))
                + stringLength("FirstName", try body.string("firstName"))
                + stringLength("LastName", try body.string("lastName"))
        case .invite:
            let body = try context.body()
            guard let invitations = try body.array("invitations") else { return [required("Invitations")] }
            var issues: [ValidationIssue] = []
            for (index, item) in invitations.enumerated() {
                guard let object = item.objectValue else { continue }
                let email = try RequestBody(object: object).string("email")
                let key = "Invitations[\(index)].Email"
                issues += emailAddress(key, email, displayName: "Email") + maxLength(key, email, displayName: "Email")
            }
            return issues
        case .sendPasswordInstructions:
            let email = try context.body().string("email")
            guard email != nil else { return [required("Email")] }
            return emailAddress("Email", email) + stringLength("Email", email)
        case .byEmail, .exists:
            // An empty query value binds as null, which the attributes accept.
            let email = context.query.nonEmpty("email")
            return emailAddress("email", email, displayName: "Email")
                + stringLength("email", email, displayName: "Email")
        case .createGroup:
            let name = try context.body().string("groupName")
            guard let name else { return [required("GroupName")] }
            return groupNameLength(name, minimum: 1)
        case .updateGroup:
            return try context.body().string("groupName").map { groupNameLength($0, minimum: 0) } ?? []
        case .listGroups, .readGroup, .deleteGroup, .addGroupMembers, .removeGroupMembers, .setGroupHead,
            .moveGroupMembers:
            return []
        case .login, .isAuthenticated, .logout, .listActive, .filter, .simpleFilter, .byStatus, .statusSearch, .search,
            .atSearch, .me, .read, .resendInvitations, .setStatus, .upgradeType, .startTypeChange, .typeChangeProgress,
            .terminateTypeChange, .setPassword, .delete, .bulkDelete, .reassignNecessary, .startReassign,
            .reassignProgress, .terminateReassign, .startRemoval, .removalProgress, .terminateRemoval,
            .signOutEverywhere, .resetTwoFactor, .listAPIKeys, .deleteAPIKey, .setUserQuota, .resetUserQuota,
            .userQuotaSettings, .saveUserQuotaSettings, .loginEvents,
            .auditSettings, .listRooms, .paymentQuota, .removeGuests, .guestShareLink:
            return []
        case .updateAPIKey:
            // `UpdateApiKeyRequest.Name` `[StringLength(30)]`.
            guard let name = try context.body().string("name"), name.utf16.count > 30 else { return [] }
            return [ValidationIssue(key: "Name", message: "Incorrect name. Length must be less than 30")]
        }
    }

    /// `RequiredAttribute`.
    private static func required(_ key: String) -> ValidationIssue {
        ValidationIssue(key: key, message: "The \(key) field is required.")
    }

    /// `EmailAddressAttribute`: null passes; otherwise exactly one `@`, neither first nor last.
    private static func emailAddress(_ key: String, _ value: String?, displayName: String? = nil) -> [ValidationIssue] {
        guard let value else { return [] }
        let ats = value.indices.filter { value[$0] == "@" }
        if ats.count == 1, let at = ats.first, at != value.startIndex, value.index(after: at) != value.endIndex {
            return []
        }
        return [ValidationIssue(key: key, message: "The \(displayName ?? key) field is not a valid e-mail address.")]
    }

    /// `StringLengthAttribute(128, MinimumLength = minimum)` on `GroupName`, in UTF-16 units.
    private static func groupNameLength(_ name: String, minimum: Int) -> [ValidationIssue] {
        guard !(minimum...128).contains(name.utf16.count) else { return [] }
        let message =
            minimum > 0
            ? "The field GroupName must be a string with a minimum length of \(minimum) and a maximum length of 128."
            : "The field GroupName must be a string with a maximum length of 128."
        return [ValidationIssue(key: "GroupName", message: message)]
    }

    /// `StringLengthAttribute(255)`, counted in UTF-16 units as .NET strings are.
    private static func stringLength(_ key: String, _ value: String?, displayName: String? = nil) -> [ValidationIssue] {
        guard let value, value.utf16.count > 255 else { return [] }
        return [
            ValidationIssue(
                key: key, message: "The field \(displayName ?? key) must be a string with a maximum length of 255.")
        ]
    }

    /// `MaxLengthAttribute(255)`.
    private static func maxLength(_ key: String, _ value: String?, displayName: String) -> [ValidationIssue] {
        guard let value, value.utf16.count > 255 else { return [] }
        return [
            ValidationIssue(
                key: key,
                message: "The field \(displayName) must be a string or array type with a maximum length of '255'.")
        ]
    }
}
