import Foundation
import Testing

@testable import DocSpaceAPI

/// Every person in ONLYOFFICE's own mock bodies (Tests/DocSpaceAPITests/Fixtures) decodes.
@Suite("Fixture people")
struct FixtureDecodingTests {
    private func people(in file: String) throws -> [Person] {
        let reader = ResponseReader(route: "GET /api/2.0/people/filter", scrubber: SecretScrubber(secrets: []))
        let payload = try reader.read(PeopleList.self, from: .json(200, try Fixtures.text(file)))
        return payload.response?.people ?? []
    }

    private func person(in file: String) throws -> Person {
        let reader = ResponseReader(route: "GET /api/2.0/people/@self", scrubber: SecretScrubber(secrets: []))
        return try #require(try reader.read(Person.self, from: .json(200, try Fixtures.text(file))).response)
    }

    // MARK: The six people worth decoding

    @Test("the owner from the real-shaped /people/filter envelope (isAdmin and isOwner, trailing space)")
    func owner() async throws {
        let transport = ScriptedTransport(.json(200, try Fixtures.text("e2e/contactsList/contacts-list.json")))
        let page = try await TestClient.make(transport).people(PeopleQuery())
        #expect(page.total == 1)
        let owner = try #require(page.people.first)
        #expect(owner.id == "66faa6e4-f133-11ea-b126-00ffeec8b4ef")
        #expect(owner.displayName == "Administrator ")
        #expect(owner.isOwner && owner.isAdmin)
        #expect(owner.type == .docSpaceAdmin)
        #expect(owner.activationStatus == .notActivated)
        #expect(owner.registrationDate?.date == Date(timeIntervalSince1970: 1_657_238_400))
    }

    @Test(
        "admin, room admin, guest and user from the role mocks (non-GUID ids)",
        arguments: [
            ("e2e/self/admin-only.json", "admin-user-id", EmployeeType.docSpaceAdmin, "Admin User"),
            ("e2e/self/room-admin.json", "roomadmin-user-id", .roomAdmin, "RoomAdmin User"),
            ("e2e/self/visitor.json", "visitor-user-id", .guest, nil),
            ("e2e/self/regular-user.json", "regular-user-id", .user, nil),
        ] as [(String, String, EmployeeType, String?)])
    func roles(file: String, id: String, type: EmployeeType, displayName: String?) async throws {
        let transport = ScriptedTransport(.json(200, try Fixtures.text(file)))
        let me = try await TestClient.make(transport).me()
        #expect(me.id == id)
        #expect(me.type == type)
        #expect(me.status == .active)
        if let displayName { #expect(me.displayName == displayName) }
    }

    @Test("O'Brien: &#39; decoded in the display name")
    func obrien() throws {
        let obrien = try JSONDecoder().decode(Person.self, from: try Fixtures.data("added/obrien-entity-person.json"))
        #expect(obrien.displayName == "O'Brien Test")
        #expect(obrien.firstName == "O'Brien")
        #expect(obrien.activationStatus == .pending)
        #expect(obrien.type == .roomAdmin)
    }

    // MARK: Every other body that carries people

    @Test(
        "single-person bodies",
        arguments: [
            "e2e/self/self-default.json", "e2e/self/users-success-for-client.json",
            "e2e/self/update-culture-az.json", "e2e/self/update-culture-lv.json", "e2e/self/update-culture-fr.json",
            "e2e/self/self-envelope-2025-03.json",
        ])
    func singles(file: String) throws {
        let owner = try person(in: file)
        #expect(owner.id == "66faa6e4-f133-11ea-b126-00ffeec8b4ef")
        #expect(owner.type == .docSpaceAdmin)
        #expect(owner.usedSpace == 3_489_170)
    }

    @Test("culture variants keep their culture")
    func cultures() throws {
        #expect(try person(in: "e2e/self/update-culture-lv.json").cultureName == "lv")
        #expect(try person(in: "e2e/self/users-success-for-client.json").activationStatus == .activated)
    }

    @Test(
        "list bodies: an array in response, and the web client's {items, total}",
        arguments: [
            ("e2e/self/users-success.json", ["66faa6e4-f133-11ea-b126-00ffeec8b4ef"]),
            ("e2e/list/list-success.json", ["66faa6e4-f133-11ea-b126-00ffeec8b4ef"]),
            ("e2e/list/list-empty.json", []),
            ("storybook/get-people.json", ["user-1", "user-2", "user-3", "user-4", "user-5"]),
        ])
    func lists(file: String, ids: [String]) throws {
        #expect(try people(in: file).map(\.id) == ids)
    }

    @Test("storybook: owner+admin+room admin at once is a DocSpace admin")
    func storybookTypes() throws {
        let types = try people(in: "storybook/get-people.json").map(\.type)
        #expect(types == [.docSpaceAdmin, .user, .user, .guest, .docSpaceAdmin])
    }

    @Test(
        "legacy Workspace-era people (birthday, sex, status 0, all-zero GUID)",
        arguments: [
            ("legacy-client-tests/self.json", "fe7ccf13-561e-48cc-a147-f7dfb4337f43", "Test Testovich"),
            ("legacy-client-tests/selfSettings.json", "6dde41a5-4c75-11ec-98de-089798855014", "Administrator "),
            ("legacy-client-tests/user.json", "00000000-0000-0000-0000-000000000000", "Test Test"),
        ])
    func legacy(file: String, id: String, displayName: String) throws {
        let p = try person(in: file)
        #expect(p.id == id)
        #expect(p.displayName == displayName)
    }

    @Test("legacy user: status 0 kept, group with string id read")
    func legacyUser() throws {
        let p = try person(in: "legacy-client-tests/user.json")
        #expect(p.status == .other(0))
        #expect(p.groups == [PersonGroup(id: "1", name: "Group", manager: "Test")])
        #expect(p.department == "Group")
    }

    @Test("error fixtures map to their errors")
    func errorFixtures() async throws {
        let transport = ScriptedTransport(
            .json(403, try Fixtures.text("e2e/list/list-access-denied-403.json")),
            .json(404, try Fixtures.text("e2e/self/error-404.json")),
            .json(400, try Fixtures.text("e2e/self/error-400.json")))
        let client = TestClient.make(transport)
        #expect(await docSpaceError { try await client.people(PeopleQuery()) } == .forbidden(message: "Access denied"))
        #expect(await docSpaceError { try await client.me() } == .notFound(message: "The record could not be found"))
        #expect(
            await docSpaceError { try await client.me() }
                == .badRequest(message: "One or more validation errors occurred.", fieldErrors: [:]))
    }
}
