import Foundation
import Testing

@testable import DocSpaceAPI

@Suite("Person decoding")
struct PersonDecodingTests {
    private func person(_ json: String) throws -> Person {
        try JSONDecoder().decode(Person.self, from: Data(json.utf8))
    }

    private func read<T: Decodable>(_ type: T.Type, _ body: String, route: String = "GET /api/2.0/people/@self") throws
        -> Payload<T>
    {
        try ResponseReader(route: route, scrubber: SecretScrubber(secrets: [])).read(type, from: .json(200, body))
    }

    @Test("The reference example: the complete example, every field")
    func fullExample() throws {
        let jane = try #require(try read(Person.self, DocExamples.fullPerson).response)
        #expect(jane.id == "3f9a6c2e-8d1b-4c7e-9a55-2b1d0e6f7c88")
        #expect(jane.displayName == "Jane Doe")
        #expect(jane.firstName == "Jane")
        #expect(jane.lastName == "Doe")
        #expect(jane.userName == "jane.doe")
        #expect(jane.email == "jane.doe@example.com")
        #expect(jane.contacts == [Contact(type: "phone", value: "+1 555 0100")])
        #expect(jane.status == .active)
        #expect(jane.activationStatus == .activated)
        #expect(jane.department == "Marketing")
        #expect(
            jane.groups == [
                PersonGroup(id: "b2c4a8e0-5a0f-4f63-9d3e-1f0c7f0b9a11", name: "Marketing", manager: "john.roe")
            ])
        #expect(jane.location == "Riga")
        #expect(jane.notes == "Team lead")
        #expect(jane.cultureName == "en-US")
        #expect(jane.type == .roomAdmin)
        #expect(jane.isRoomAdmin && !jane.isAdmin && !jane.isOwner && !jane.isLDAP && !jane.isSSO)
        #expect(jane.usedSpace == 1_048_576)
        #expect(jane.createdBy?.id == "66faa6e4-f133-11ea-b126-00ffeec8b4ef")
        #expect(jane.createdBy?.displayName == "Administrator")
        #expect(jane.createdBy?.hasAvatar == false)
        #expect(jane.registrationDate?.text == "2026-03-02T17:05:11.0000000+03:00")
        #expect(jane.registrationDate?.date == Date(timeIntervalSince1970: 1_772_460_311))
        #expect(jane.terminated == nil)
        #expect(jane.avatar == "/static/images/default_user_photo_size_82-82.png?hash=994512233")
        #expect(jane.profileUrl == "https://portal.example.com/accounts/people/filter?search=jane.doe%40example.com")
    }

    @Test("The reference example: the invitee — pending, empty names, display name is the e-mail")
    func invitee() throws {
        let invitee = try person(DocExamples.invitee)
        #expect(invitee.id == "8a1f…")
        #expect(invitee.status == .pending)
        #expect(invitee.activationStatus == .pending)
        #expect(invitee.firstName == "")
        #expect(invitee.displayName == "new.person@example.com")
        #expect(invitee.registrationDate?.date == Date(timeIntervalSince1970: 1_787_216_400))
        #expect(invitee.type == .roomAdmin)
    }

    @Test("only id is required; missing booleans are false")
    func minimalPerson() throws {
        let minimal = try person(#"{"id":"p1"}"#)
        #expect(minimal.id == "p1")
        #expect(minimal.displayName == "p1")
        #expect(!minimal.isAdmin && !minimal.isOwner && !minimal.isVisitor && !minimal.isLDAP)
        #expect(minimal.groups.isEmpty && minimal.contacts.isEmpty)
        #expect(minimal.email == nil && minimal.department == nil)
    }

    @Test("a person without id is a decoding error naming the path")
    func missingID() async throws {
        let transport = ScriptedTransport(.ok(#"[{"id":"a"},{"id":"b"},{"id":"c"},{"displayName":"No Id"}]"#, total: 4))
        let error = await docSpaceError { try await TestClient.make(transport).people(PeopleQuery()) }
        #expect(error == .decoding(context: "GET /api/2.0/people/filter: response[3].id: missing"))
    }

    @Test(
        "null, empty or object id is a decoding error",
        arguments: [
            #"{"id":null}"#, #"{"id":""}"#, #"{"id":{"x":1}}"#,
        ])
    func badID(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Person.self, from: Data(json.utf8)) }
    }

    @Test("a numeric id is read as text")
    func numericID() throws {
        #expect(try person(#"{"id":42}"#).id == "42")
    }

    @Test("removed and unknown fields are ignored")
    func removedFields() throws {
        let old = try person(
            """
            {"id":"x","title":"CEO","workFrom":"2021-09-30T00:00:00.0000000Z","birthday":"1980-01-01T00:00:00","sex":"male",
             "theme":"Dark","somethingNew":{"nested":[1,2,3]},"firstName":"Ann","lastName":"Lee"}
            """)
        #expect(old.displayName == "Ann Lee")
    }

    @Test("status and activationStatus as numbers or numeric strings")
    func statusForms() throws {
        let a = try person(#"{"id":"x","status":"2","activationStatus":"1"}"#)
        #expect(a.status == .terminated && a.activationStatus == .activated)
        let b = try person(#"{"id":"x","status":4,"activationStatus":6}"#)
        #expect(b.status == .pending)
        #expect(b.activationStatus == .pending, "the AutoGenerated bit (4) is masked off")
        let c = try person(#"{"id":"x","status":0}"#)
        #expect(c.status == .other(0))
        let d = try person(#"{"id":"x","status":"not a number"}"#)
        #expect(d.status == .active, "an unreadable status takes the model default, not a failure")
    }

    @Test("booleans as 0/1 or strings")
    func booleanForms() throws {
        let p = try person(#"{"id":"x","isAdmin":1,"isLDAP":"true","isSSO":0}"#)
        #expect(p.isAdmin && p.isLDAP && !p.isSSO)
    }

    @Test(
        "type as a string or a number fills in when no flag is set",
        arguments: [
            (#""DocSpaceAdmin""#, EmployeeType.docSpaceAdmin), (#""guest""#, .guest), ("4", .user), ("1", .roomAdmin),
        ])
    func typeField(raw: String, expected: EmployeeType) throws {
        #expect(try person(#"{"id":"x","type":\#(raw)}"#).type == expected)
    }

    @Test("flags win over a type field")
    func flagsWin() throws {
        #expect(try person(#"{"id":"x","isVisitor":true,"type":"DocSpaceAdmin"}"#).type == .guest)
    }

    @Test("display name, department and createdBy are HTML-decoded; group names are kept as sent")
    func htmlDecoded() throws {
        let p = try person(
            """
            {"id":"x","displayName":"O&#39;Brien &amp; Sons","department":"R&amp;D, Sales &lt;EU&gt;",
             "groups":[{"id":"g","name":"R&amp;D"}],"createdBy":{"id":"y","displayName":"Zo&#235; &quot;Z&quot;"},
             "firstName":"O&#39;Brien"}
            """)
        #expect(p.displayName == "O'Brien & Sons")
        #expect(p.department == "R&D, Sales <EU>")
        // `GroupSummaryDto` names are not encoded by the server: "R&amp;D" is the group's name.
        #expect(p.groups.first?.name == "R&amp;D")
        #expect(p.createdBy?.displayName == "Zoë \"Z\"")
        #expect(p.firstName == "O&#39;Brien", "other fields are kept as sent")
    }

    @Test("missing display name is derived: names, else e-mail, else id")
    func derivedDisplayName() throws {
        #expect(try person(#"{"id":"x","firstName":"Ann","lastName":"Lee","email":"a@x.io"}"#).displayName == "Ann Lee")
        #expect(try person(#"{"id":"x","firstName":"Ann","email":"a@x.io"}"#).displayName == "Ann")
        #expect(
            try person(#"{"id":"x","firstName":"","lastName":"","email":"a@x.io","displayName":""}"#).displayName
                == "a@x.io")
        #expect(try person(#"{"id":"x","displayName":"  "}"#).displayName == "x")
    }

    @Test("a bad date never fails the person")
    func badDate() throws {
        let p = try person(#"{"id":"x","registrationDate":"yesterday","terminated":12}"#)
        #expect(p.registrationDate == APIDate(text: "yesterday", date: nil))
        #expect(p.terminated == nil)
    }

    @Test("the spec's {utcTime, timeZoneOffset} date object is read through utcTime")
    func specDateObject() throws {
        let p = try person(
            #"{"id":"x","registrationDate":{"utcTime":"2026-03-02T14:05:11.0000000Z","timeZoneOffset":"03:00:00"}}"#)
        #expect(p.registrationDate?.date == Date(timeIntervalSince1970: 1_772_460_311))
    }

    @Test("malformed groups, contacts and createdBy are dropped, not fatal")
    func malformedParts() throws {
        let p = try person(
            #"{"id":"x","groups":[{"name":"no id"},{"id":"g1","name":"ok"},7],"contacts":"nope","createdBy":{"displayName":"no id"}}"#
        )
        #expect(p.groups == [PersonGroup(id: "g1", name: "ok")])
        #expect(p.contacts.isEmpty)
        #expect(p.createdBy == nil)
    }

    @Test("quota and space numbers in any numeric form")
    func numbers() throws {
        let p = try person(#"{"id":"x","usedSpace":"12.5","quotaLimit":1.0e10,"isCustomQuota":true}"#)
        #expect(p.usedSpace == 12.5)
        #expect(p.quotaLimit == 10_000_000_000)
        #expect(p.isCustomQuota == true)
    }
}

@Suite("Other models")
struct OtherModelDecodingTests {
    private func read<T: Decodable>(_ type: T.Type, _ body: String) throws -> Payload<T> {
        try ResponseReader(route: "GET /x", scrubber: SecretScrubber(secrets: [])).read(type, from: .json(200, body))
    }

    @Test("The reference example: single, paged and void envelopes")
    func envelopes() throws {
        let single = try read(Person.self, DocExamples.single)
        #expect(single.response?.isOwner == true)
        #expect(single.response?.type == .docSpaceAdmin)
        #expect(single.count == 1)

        let paged = try read(PeopleList.self, DocExamples.paged)
        #expect(paged.response?.people.map(\.displayName) == ["Jane Doe", "John Roe"])
        #expect(paged.total == 37)

        let void = try read(Ignored.self, DocExamples.void)
        #expect(void.response == nil)
        #expect(void.count == 0)
    }

    @Test("a bare {response} without the other envelope fields is accepted")
    func bareResponse() throws {
        #expect(try read(Bool.self, #"{"response":true}"#).response == true)
    }

    @Test("The reference example: the authentication answer")
    func authToken() throws {
        let token = try #require(try read(AuthToken.self, DocExamples.auth).response)
        #expect(token.token == "Ph1rNq4c3…t9A=")
        #expect(token.expires?.text == "2027-08-13T09:41:27.1234567Z")
        #expect(token.expires?.date != nil)
        #expect(!token.description.contains("Ph1rNq4c3"))
    }

    @Test("The reference example: TaskProgress; an empty error means none")
    func taskProgress() throws {
        let progress = try #require(try read(TaskProgress.self, DocExamples.taskProgress).response)
        #expect(
            progress
                == TaskProgress(id: "0e5f0c1e-…", error: nil, percentage: 100, isCompleted: true, state: .completed))
        let withEmptyError = try #require(
            try read(
                TaskProgress.self, #"{"response":{"id":"t","error":"","percentage":40,"isCompleted":false,"status":1}}"#
            ).response)
        #expect(withEmptyError.error == nil)
        #expect(withEmptyError.state == .running)
        let failed = try #require(
            try read(
                TaskProgress.self,
                #"{"response":{"id":"t","error":"Disk full","percentage":"10","isCompleted":true,"status":4}}"#
            ).response)
        #expect(failed.error == "Disk full")
        #expect(failed.percentage == 10)
        #expect(failed.state == .failed)
    }

    @Test("PersonSummary from EmployeeDto")
    func summary() throws {
        let list = try #require(
            try read(
                [PersonSummary].self,
                #"{"response":[{"id":"a","displayName":"A &amp; B","avatar":"/x.png","profileUrl":"https://p/a","hasAvatar":true},{"id":"b"}]}"#
            ).response)
        #expect(
            list == [
                PersonSummary(
                    id: "a", displayName: "A & B", avatar: "/x.png", profileUrl: "https://p/a", hasAvatar: true),
                PersonSummary(id: "b", displayName: "b"),
            ])
    }
}
