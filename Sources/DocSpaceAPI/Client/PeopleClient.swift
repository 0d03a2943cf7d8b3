/// The People API as the rest of the app sees it. `DocSpaceClient` implements it over HTTP;
/// PeopleCore's tests use a scripted fake.
///
/// Every method is cancellable (task cancellation → `DocSpaceError.cancelled`) and throws
/// only `DocSpaceError`.
public protocol PeopleClient: Sendable {
    /// `GET /api/2.0/people/@self`.
    func me() async throws -> Person
    /// `GET /api/2.0/people/filter` — one page (`query.count` ≤ 100) with `total`.
    func people(_ query: PeopleQuery) async throws -> PeoplePage
    /// `GET /api/2.0/people/{id}` (a GUID or a user name).
    func person(id: String) async throws -> Person
    /// `GET /api/2.0/people/email?email=`.
    func person(email: String) async throws -> Person
    /// `POST /api/2.0/people` (or `POST people/active` for guests, as the real server wants).
    func create(_ person: NewPerson) async throws -> Person
    /// `POST /api/2.0/people/invite`: answers with all pending people the caller can see.
    /// `culture`: the invitation e-mail's language; `nil` sends none (the portal's own).
    func invite(_ invitations: [Invitation], culture: Culture?) async throws -> [PersonSummary]
    /// `PUT /api/2.0/people/invite` `{userIds, resendAll: false}`.
    func resendInvitations(ids: [String]) async throws -> [Person]
    /// `PUT /api/2.0/people/status/{Active|Terminated}`: the listed people as they are now.
    func setStatus(_ status: EmployeeStatus, ids: [String]) async throws -> [Person]
    /// `PUT /api/2.0/people/type/{type}`: upgrades only.
    func upgradeType(_ type: EmployeeType, ids: [String]) async throws -> [Person]
    /// `POST /api/2.0/people/type`: the asynchronous demotion (to User or Guest).
    func startTypeChange(userId: String, to type: EmployeeType, reassignTo: String?) async throws -> TaskProgress
    /// `GET /api/2.0/people/type/progress/{userId}`; `nil` when no task exists.
    func typeChangeProgress(userId: String) async throws -> TaskProgress?
    /// `PUT /api/2.0/people/type/terminate {userId}`: cancels the person's demotion task; the
    /// task as it is now (status Canceled, or Completed when it finished first), or `nil`.
    func cancelTypeChange(userId: String) async throws -> TaskProgress?
    /// `DELETE /api/2.0/people/{id}`: the deleted person as they were.
    func delete(id: String) async throws -> Person
    /// `PUT /api/2.0/people/delete`: the listed people the server kept (NOT proof of deletion).
    func delete(ids: [String]) async throws -> [Person]
    /// `GET /api/2.0/people/reassign/necessary?userId=&type=Guest`: does the person own rooms or
    /// shared files (without `type=Guest` the server answers about rooms only).
    func reassignNecessary(userId: String) async throws -> Bool
    /// `POST /api/2.0/people/reassign/start`.
    func startReassign(from: String, to: String, deleteProfile: Bool) async throws -> TaskProgress
    /// `GET /api/2.0/people/reassign/progress/{userId}`; `nil` when no task exists.
    func reassignProgress(userId: String) async throws -> TaskProgress?
    /// `PUT /api/2.0/people/reassign/terminate {userId}`: cancels the hand-over; as above.
    func cancelReassign(userId: String) async throws -> TaskProgress?
    /// `PUT /api/2.0/security/activeconnections/logoutall/{userId}`: ends every session of the
    /// person (the server allows the person themself and DocSpace admins).
    func signOutEverywhere(userId: String) async throws

    // MARK: Groups (`GroupsController.cs`)

    /// `GET /api/2.0/group` — one page (`query.count` ≤ 100) with `total`; no members.
    func groups(_ query: GroupQuery) async throws -> GroupPage
    /// `GET /api/2.0/group/{id}`, with its members when `includeMembers`.
    func group(id: String, includeMembers: Bool) async throws -> Group
    /// `POST /api/2.0/group`: the new group with its members. A head or member who is missing,
    /// terminated or a guest refuses the whole request (400).
    func createGroup(_ group: NewGroup) async throws -> Group
    /// `PUT /api/2.0/group/{id}`: rename, set the head, add and remove members in one request;
    /// people who may not be added are skipped without a word. The group as it is now.
    func updateGroup(id: String, _ update: GroupUpdate) async throws -> Group
    /// `PUT /api/2.0/group/{id}/members`: skips guests, terminated and unknown people.
    func addMembers(groupID: String, ids: [String]) async throws -> Group
    /// `DELETE /api/2.0/group/{id}/members`: a removed head stops being the head.
    func removeMembers(groupID: String, ids: [String]) async throws -> Group
    /// `PUT /api/2.0/group/{id}/manager`: the head becomes a member too.
    func setHead(groupID: String, userID: String) async throws -> Group
    /// `PUT /api/2.0/group/{fromId}/members/{toId}`: every member of `from` joins `to` and
    /// leaves `from`; answers `to` with its members.
    func moveMembers(from: String, to: String) async throws -> Group
    /// `DELETE /api/2.0/group/{id}`: the group goes, its people stay.
    func deleteGroup(id: String) async throws
    /// `PUT /api/2.0/settings/tfaappnewapp {id}`: unlinks the person's authenticator app and
    /// ends their sessions; for another person the owner alone may call it.
    func resetTwoFactor(userId: String) async throws
    /// `POST /api/2.0/people/password {email}`: the password-reset e-mail; the portal's
    /// message ("The password change instruction has been sent to … email address.").
    func sendPasswordReset(email: String) async throws -> String
    /// `POST /api/2.0/people/email {userId, email}`: an admin's call changes the address at
    /// once; the portal's message.
    func changeEmail(userId: String, to email: String) async throws -> String

    // MARK: API keys (`ApiKeysController.cs`)

    /// `GET /api/2.0/keys`: a DocSpace admin (the owner included) gets every key of the
    /// portal, anyone else only their own. A person's keys are those whose `ownerID` is theirs.
    func apiKeys() async throws -> [APIKey]
    /// `PUT /api/2.0/keys/{keyId} {isActive}`: `false` when the server did nothing — the key
    /// has expired, or it is someone else's and the caller is not a DocSpace admin.
    func setAPIKeyActive(id: String, isActive: Bool) async throws -> Bool
    /// `DELETE /api/2.0/keys/{keyId}`: `false` when the key is someone else's and the caller is
    /// not a DocSpace admin.
    func deleteAPIKey(id: String) async throws -> Bool

    // MARK: Storage quotas

    /// `PUT /api/2.0/people/userquota {userIds, quota}`: the people as they are afterwards.
    /// DocSpace admins only (403); a limit above the portal's storage is a 400. The server
    /// changes them one by one and skips system users.
    func setQuota(_ limit: StorageLimit, ids: [String]) async throws -> [Person]
    /// `PUT /api/2.0/people/resetquota {userIds}`: back to the portal's default; 402 when the
    /// plan has no storage statistics.
    func resetQuota(ids: [String]) async throws -> [Person]
    /// `GET /api/2.0/settings/userquotasettings`: whether per-user quotas are on, and the default.
    func userQuotaSettings() async throws -> UserQuotaSettings

    // MARK: Login history (`SecurityController.cs`)

    /// `GET /api/2.0/security/audit/login/filter`: needs the right to edit portal settings
    /// (403 otherwise). Two rules of the server to read the answer by: the page is cut before
    /// the filter is applied (`LoginEventQuery`), and on a plan without the Audit feature the
    /// server ignores the query and answers with the last 20 events of anyone.
    func loginEvents(_ query: LoginEventQuery) async throws -> [LoginEvent]
    /// `GET /api/2.0/security/audit/settings/lifetime`: how long the login history is kept.
    func auditSettings() async throws -> AuditSettings

    // MARK: Rooms (`products/ASC.Files/Server/Api/VirtualRoomsController.cs`)

    /// `GET /api/2.0/files/rooms?subjectId=&subjectFilter=&startIndex=&count=`: one page of the
    /// rooms a person owns, or owns and is a member of (`RoomQuery`). A DocSpace admin sees
    /// every room; anyone else only the rooms they are in themselves.
    func rooms(_ query: RoomQuery) async throws -> RoomPage
    // MARK: The plan (`PaymentsController.cs`)

    /// `GET /api/2.0/portal/payment/quota`: the paid seats of the plan and how many are taken
    /// (403 for a guest).
    func paidSeats() async throws -> PaidSeats
    // MARK: Guests (`UserController.cs`, `people/guests`)

    /// `DELETE /api/2.0/people/guests {userIds}`: removes the guests from the caller's guests
    /// (the relation from the caller to each) and from the rooms the caller shared with them;
    /// the accounts stay. DocSpace admins and room admins only; one guest the caller may not
    /// remove (unknown, terminated, not a guest, not the caller's guest) refuses the whole
    /// request with 403 before anything changes.
    func removeGuests(ids: [String]) async throws
    /// `GET /api/2.0/people/guests/{userId}/share`: a link that lets another room admin add
    /// the guest to their guests. 400 when the person is not a guest; 403 for a guest or a user
    /// caller, and for a room admin whose guest it is not; 404 when there is no such person.
    func guestShareLink(userId: String) async throws -> String
}
