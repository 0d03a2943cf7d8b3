import DocSpaceAPI
import PeopleTestSupport
import Testing

/// The base of the fakes: a scripted call runs the fake's own code, any other call records an
/// issue naming it and throws.
@Suite("ScriptedPeopleClient: the fake's own calls, a failing default for the rest")
struct ScriptedPeopleClientTests {
    /// Scripts one call whose labels could be mistyped (`setStatus(_:ids:)`), and nothing else.
    struct StatusFake: ScriptedPeopleClient {
        func setStatus(_ status: EmployeeStatus, ids: [String]) async throws -> [Person] {
            ids.map { Person(id: $0, displayName: $0, status: status) }
        }
    }

    @Test("The fake's scripted call is the one called, through `any PeopleClient`")
    func scriptedCallIsTheFakes() async throws {
        let client: any PeopleClient = StatusFake()
        let people = try await client.setStatus(.terminated, ids: ["a", "b"])
        #expect(people.map(\.id) == ["a", "b"])
        #expect(people.allSatisfy { $0.status == .terminated })
    }

    @Test("An actor fake's scripted call is its own too (the pager reads FakeDirectory's pages)")
    func actorScriptedCallIsTheFakes() async throws {
        let client: any PeopleClient = FakeDirectory(count: 3)
        let page = try await client.people(PeopleQuery(startIndex: 1, count: 100))
        #expect(page.people.map(\.id) == ["p1", "p2"])
        #expect(page.total == 3)
    }

    @Test("An unscripted call records an issue naming it and throws a 501", arguments: UnscriptedCall.every)
    func unscriptedCallRecordsAnIssue(_ call: UnscriptedCall) async {
        let client: any PeopleClient = StatusFake()
        let words = "unscripted call: \(call.name)"
        await withKnownIssue {
            await #expect(throws: DocSpaceError.server(status: 501, message: words)) { try await call.run(client) }
        } matching: { issue in
            issue.comments.map(\.rawValue) == [words]
        }
    }
}

/// One `PeopleClient` call a fake may leave unscripted, named as the issue names it.
struct UnscriptedCall: Sendable, CustomTestStringConvertible {
    let name: String
    let run: @Sendable (any PeopleClient) async throws -> Void

    var testDescription: String { name }

    /// Every requirement of `PeopleClient` but `setStatus(_:ids:)`, which `StatusFake` scripts.
    static let every: [UnscriptedCall] = [
        UnscriptedCall(name: "me()") { _ = try await $0.me() },
        UnscriptedCall(name: "people(_:)") { _ = try await $0.people(PeopleQuery()) },
        UnscriptedCall(name: "person(id:)") { _ = try await $0.person(id: "a") },
        UnscriptedCall(name: "person(email:)") { _ = try await $0.person(email: "a@example.com") },
        UnscriptedCall(name: "create(_:)") {
            _ = try await $0.create(NewPerson(firstName: "A", lastName: "B", email: "a@example.com"))
        },
        UnscriptedCall(name: "invite(_:culture:)") { _ = try await $0.invite([], culture: nil) },
        UnscriptedCall(name: "resendInvitations(ids:)") { _ = try await $0.resendInvitations(ids: ["a"]) },
        UnscriptedCall(name: "upgradeType(_:ids:)") { _ = try await $0.upgradeType(.roomAdmin, ids: ["a"]) },
        UnscriptedCall(name: "startTypeChange(userId:to:reassignTo:)") {
            _ = try await $0.startTypeChange(userId: "a", to: .guest, reassignTo: nil)
        },
        UnscriptedCall(name: "typeChangeProgress(userId:)") { _ = try await $0.typeChangeProgress(userId: "a") },
        UnscriptedCall(name: "cancelTypeChange(userId:)") { _ = try await $0.cancelTypeChange(userId: "a") },
        UnscriptedCall(name: "delete(id:)") { _ = try await $0.delete(id: "a") },
        UnscriptedCall(name: "delete(ids:)") { _ = try await $0.delete(ids: ["a"]) },
        UnscriptedCall(name: "reassignNecessary(userId:)") { _ = try await $0.reassignNecessary(userId: "a") },
        UnscriptedCall(name: "startReassign(from:to:deleteProfile:)") {
            _ = try await $0.startReassign(from: "a", to: "b", deleteProfile: false)
        },
        UnscriptedCall(name: "reassignProgress(userId:)") { _ = try await $0.reassignProgress(userId: "a") },
        UnscriptedCall(name: "cancelReassign(userId:)") { _ = try await $0.cancelReassign(userId: "a") },
        UnscriptedCall(name: "signOutEverywhere(userId:)") { try await $0.signOutEverywhere(userId: "a") },
        UnscriptedCall(name: "groups(_:)") { _ = try await $0.groups(GroupQuery()) },
        UnscriptedCall(name: "group(id:includeMembers:)") { _ = try await $0.group(id: "g", includeMembers: true) },
        UnscriptedCall(name: "createGroup(_:)") { _ = try await $0.createGroup(NewGroup(name: "G")) },
        UnscriptedCall(name: "updateGroup(id:_:)") { _ = try await $0.updateGroup(id: "g", GroupUpdate(name: "H")) },
        UnscriptedCall(name: "addMembers(groupID:ids:)") { _ = try await $0.addMembers(groupID: "g", ids: ["a"]) },
        UnscriptedCall(name: "removeMembers(groupID:ids:)") {
            _ = try await $0.removeMembers(groupID: "g", ids: ["a"])
        },
        UnscriptedCall(name: "setHead(groupID:userID:)") { _ = try await $0.setHead(groupID: "g", userID: "a") },
        UnscriptedCall(name: "moveMembers(from:to:)") { _ = try await $0.moveMembers(from: "g", to: "h") },
        UnscriptedCall(name: "deleteGroup(id:)") { try await $0.deleteGroup(id: "g") },
        UnscriptedCall(name: "resetTwoFactor(userId:)") { try await $0.resetTwoFactor(userId: "a") },
        UnscriptedCall(name: "sendPasswordReset(email:)") { _ = try await $0.sendPasswordReset(email: "a@b.c") },
        UnscriptedCall(name: "changeEmail(userId:to:)") { _ = try await $0.changeEmail(userId: "a", to: "a@b.c") },
    ]
}
