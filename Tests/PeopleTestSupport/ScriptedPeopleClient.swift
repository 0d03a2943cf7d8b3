import DocSpaceAPI
import Testing

/// The base of every fake `PeopleClient` in the tests. A fake conforms to this protocol and
/// writes only the calls it scripts; every other call is a failing default that records a test
/// issue naming the call ("unscripted call: setStatus(_:ids:)") and throws a 501.
///
/// So a new `PeopleClient` method needs no edit to any fake, and a test that reaches a call
/// its fake does not script fails instead of running on a made-up answer.
///
/// A scripted method must match the requirement's signature exactly (labels, types, `async
/// throws`): one that differs is only an overload, the default stays in use and the first test
/// that reaches it fails with "unscripted call".
public protocol ScriptedPeopleClient: PeopleClient {}

extension ScriptedPeopleClient {
    public func me() async throws -> Person { throw unscripted() }
    public func people(_ query: PeopleQuery) async throws -> PeoplePage { throw unscripted() }
    public func person(id: String) async throws -> Person { throw unscripted() }
    public func person(email: String) async throws -> Person { throw unscripted() }
    public func create(_ person: NewPerson) async throws -> Person { throw unscripted() }
    public func invite(_ invitations: [Invitation], culture: Culture?) async throws -> [PersonSummary] {
        throw unscripted()
    }
    public func resendInvitations(ids: [String]) async throws -> [Person] { throw unscripted() }
    public func setStatus(_ status: EmployeeStatus, ids: [String]) async throws -> [Person] { throw unscripted() }
    public func upgradeType(_ type: EmployeeType, ids: [String]) async throws -> [Person] { throw unscripted() }
    public func startTypeChange(userId: String, to type: EmployeeType, reassignTo: String?) async throws
        -> TaskProgress
    { throw unscripted() }
    public func typeChangeProgress(userId: String) async throws -> TaskProgress? { throw unscripted() }
    public func cancelTypeChange(userId: String) async throws -> TaskProgress? { throw unscripted() }
    public func delete(id: String) async throws -> Person { throw unscripted() }
    public func delete(ids: [String]) async throws -> [Person] { throw unscripted() }
    public func reassignNecessary(userId: String) async throws -> Bool { throw unscripted() }
    public func startReassign(from: String, to: String, deleteProfile: Bool) async throws -> TaskProgress {
        throw unscripted()
    }
    public func reassignProgress(userId: String) async throws -> TaskProgress? { throw unscripted() }
    public func cancelReassign(userId: String) async throws -> TaskProgress? { throw unscripted() }
    public func signOutEverywhere(userId: String) async throws { throw unscripted() }
    public func groups(_ query: GroupQuery) async throws -> GroupPage { throw unscripted() }
    public func group(id: String, includeMembers: Bool) async throws -> Group { throw unscripted() }
    public func createGroup(_ group: NewGroup) async throws -> Group { throw unscripted() }
    public func updateGroup(id: String, _ update: GroupUpdate) async throws -> Group { throw unscripted() }
    public func addMembers(groupID: String, ids: [String]) async throws -> Group { throw unscripted() }
    public func removeMembers(groupID: String, ids: [String]) async throws -> Group { throw unscripted() }
    public func setHead(groupID: String, userID: String) async throws -> Group { throw unscripted() }
    public func moveMembers(from: String, to: String) async throws -> Group { throw unscripted() }
    public func deleteGroup(id: String) async throws { throw unscripted() }
    public func resetTwoFactor(userId: String) async throws { throw unscripted() }
    public func sendPasswordReset(email: String) async throws -> String { throw unscripted() }
    public func changeEmail(userId: String, to email: String) async throws -> String { throw unscripted() }
    public func apiKeys() async throws -> [APIKey] { throw unscripted() }
    public func setAPIKeyActive(id: String, isActive: Bool) async throws -> Bool { throw unscripted() }
    public func deleteAPIKey(id: String) async throws -> Bool { throw unscripted() }
    public func setQuota(_ limit: StorageLimit, ids: [String]) async throws -> [Person] { throw unscripted() }
    public func resetQuota(ids: [String]) async throws -> [Person] { throw unscripted() }
    public func userQuotaSettings() async throws -> UserQuotaSettings { throw unscripted() }
    public func loginEvents(_ query: LoginEventQuery) async throws -> [LoginEvent] { throw unscripted() }
    public func auditSettings() async throws -> AuditSettings { throw unscripted() }
    public func rooms(_ query: RoomQuery) async throws -> RoomPage { throw unscripted() }
    public func paidSeats() async throws -> PaidSeats { throw unscripted() }
    public func removeGuests(ids: [String]) async throws { throw unscripted() }
    public func guestShareLink(userId: String) async throws -> String { throw unscripted() }
}

/// Records the unscripted call as a test issue and gives the error to throw (`PeopleClient`
/// throws only `DocSpaceError`; 501 Not Implemented is what the fake answers).
private func unscripted(_ call: String = #function) -> DocSpaceError {
    let words = "unscripted call: \(call)"
    Issue.record(Comment(rawValue: words))
    return .server(status: 501, message: words)
}
