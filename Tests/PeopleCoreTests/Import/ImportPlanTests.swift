import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCore

/// The checks before any request: every rule, each named with its line.
@Suite("Import: the checks")
struct ImportPlanTests {
    static let admin = Person(id: "me", displayName: "Ada Admin", email: "ada@example.com", isAdmin: true)
    static let owner = Person(id: "own", displayName: "Olga Owner", email: "olga@example.com", isOwner: true)
    static let roomAdmin = Person(id: "ra", displayName: "Rae Rooms", email: "rae@example.com", isRoomAdmin: true)
    static let existing = Person(
        id: "p1", displayName: "Pat Present", email: "Pat@Example.com", status: .terminated)
    static let sales = Group(id: "g-sales", name: "Sales")
    static let twins = [Group(id: "g-t1", name: "Ops"), Group(id: "g-t2", name: "Ops")]

    static func portal(me: Person = admin) -> ImportPortal {
        ImportPortal(me: me, people: [me, existing], groups: [sales] + twins)
    }

    static func plan(_ csv: String, me: Person = admin, mode: ImportMode = .create) throws -> ImportPlan {
        ImportPlan(file: try ImportFile.read(csv), portal: portal(me: me), mode: mode)
    }

    /// The problems as "line: message" for compact expectations.
    static func said(_ plan: ImportPlan) -> [String] { plan.problems.map(\.description) }

    @Test("a clean file: every line ready, types and groups resolved, nothing to say")
    func clean() throws {
        let plan = try Self.plan(
            "email,first name,last name,type,groups\nana@example.com,Ana,Silva,,sales\nbo@example.com,Bo,,room-admin,\n"
        )
        #expect(plan.isClean)
        #expect(plan.items.map(\.type) == [.user, .roomAdmin])
        #expect(plan.items[0].groups == [Self.sales])
        #expect(plan.items[0].newPerson.groupIDs == ["g-sales"])
        #expect(plan.steps.map(\.line) == [2, 3])
    }

    @Test("addresses by the portal's rules; invitations also refuse punycode")
    func addresses() throws {
        let plan = try Self.plan("email,first name\nnot-an-address,Ana\nok@xn--bcher-kva.example,Bo\n")
        #expect(Self.said(plan) == ["line 2: e-mail: Needs an @"])
        let invite = try Self.plan("email\nok@xn--bcher-kva.example\n", mode: .invite)
        #expect(invite.problems.map(\.line) == [2])
        #expect(invite.problems[0].message.contains("punycode"))
    }

    @Test("names by the server's pattern; a first name is required to create, not to invite")
    func names() throws {
        let plan = try Self.plan(
            "email,first name,last name\na@example.com,,Doe\nb@example.com,R2D2,\nc@example.com,Zoë,O'Brien-Smith\n")
        #expect(plan.problems.map(\.line) == [2, 3])
        #expect(plan.problems[0].message == "first name: Required")
        #expect(plan.problems[1].message.hasPrefix("first name: Letters, spaces"))
        #expect(try Self.plan("email,first name\na@example.com,\n", mode: .invite).isClean)
    }

    @Test("types: unknown words, and what the caller may give")
    func types() throws {
        let plan = try Self.plan(
            "email,first name,type\na@example.com,Ann,boss\nb@example.com,Bo,docspace-admin\nc@example.com,Cy,guest\n")
        #expect(
            Self.said(plan) == [
                "line 2: type: “boss” is not docspace-admin, room-admin, user or guest",
                "line 3: type: Only the portal owner can add DocSpace admins",
            ])
        let byRoomAdmin = try Self.plan("email,first name,type\na@example.com,Ann,room-admin\n", me: Self.roomAdmin)
        #expect(Self.said(byRoomAdmin) == ["line 2: type: Only DocSpace admins can add room admins"])
        #expect(try Self.plan("email,first name,type\na@example.com,Ann,docspace-admin\n", me: Self.owner).isClean)
        let invitedGuest = try Self.plan("email,type\na@example.com,guest\n", mode: .invite)
        #expect(invitedGuest.problems.map(\.line) == [2])
    }

    @Test("the same address twice in the file (any case), and one already on the portal")
    func duplicates() throws {
        let plan = try Self.plan(
            "email,first name\nann@example.com,Ann\nANN@example.com,Ann\npat@example.com,Pat\n")
        #expect(
            Self.said(plan) == [
                "line 3: e-mail: ANN@example.com is on line 2 already",
                "line 4: e-mail: pat@example.com is on the portal already (Pat Present, disabled)",
            ])
    }

    @Test("groups: missing, two of one name, and only admins may give any")
    func groups() throws {
        let plan = try Self.plan("email,first name,groups\na@example.com,Ann,Nowhere\nb@example.com,Bo,Ops;Sales\n")
        #expect(
            Self.said(plan) == [
                "line 2: groups: no group is named “Nowhere”",
                "line 3: groups: 2 groups are named “Ops”; rename one on the portal",
            ])
        let byRoomAdmin = try Self.plan("email,first name,groups\na@example.com,Ann,Sales\n", me: Self.roomAdmin)
        #expect(Self.said(byRoomAdmin) == ["line 2: groups: only DocSpace admins can put people in groups"])
    }

    @Test("a quota: read as a size, set by DocSpace admins only, and only while per-user quotas are on")
    func quota() throws {
        let csv = "email,first name,quota\na@example.com,Ann,\nb@example.com,Bo,5GB\nc@example.com,Cy,lots\n"
        let on = ImportPortal(me: Self.admin, people: [Self.admin], groups: [], quotasOn: true)
        let plan = ImportPlan(file: try ImportFile.read(csv), portal: on, mode: .create)
        #expect(plan.problems.map(\.line) == [4])
        #expect(plan.problems[0].message.hasPrefix("quota: "))
        #expect(plan.items.map(\.quota) == [nil, try StorageSize.parse("5GB")])
        let off = ImportPortal(me: Self.admin, people: [Self.admin], groups: [], quotasOn: false)
        let offPlan = ImportPlan(
            file: try ImportFile.read("email,first name,quota\nb@example.com,Bo,5GB\n"), portal: off, mode: .create)
        #expect(Self.said(offPlan).count == 1)
        #expect(offPlan.problems[0].message.hasPrefix("quota: per-user storage quotas are off"))
        let byRoomAdmin = try Self.plan("email,first name,quota\nb@example.com,Bo,5GB\n", me: Self.roomAdmin)
        #expect(Self.said(byRoomAdmin) == ["line 2: quota: DocSpace admins only"])
    }

    static func seatsPortal(limit: Int?, used: Int?) -> ImportPortal {
        ImportPortal(me: Self.owner, people: [Self.owner], groups: [], paidSeats: PaidSeats(limit: limit, used: used))
    }

    @Test("paid seats: counted in file order; every paid line past the last free seat is named, users are not")
    func seats() throws {
        let csv =
            "email,first name,type\na@example.com,A,room-admin\nb@example.com,B,user\nc@example.com,C,docspace-admin\n"
            + "d@example.com,D,room-admin\ne@example.com,E,guest\nf@example.com,F,room-admin\n"
        let file = try ImportFile.read(csv)
        let plan = ImportPlan(file: file, portal: Self.seatsPortal(limit: 10, used: 8), mode: .create)
        #expect(plan.problems.map(\.line) == [5, 7])
        #expect(plan.problems[0].message.hasPrefix("type: no paid seat left for a Room admin: 2 seats free"))
        #expect(plan.items.map(\.line) == [2, 3, 4, 6])
        #expect(plan.steps.map(\.line) == [2, 3, 4, 5, 6, 7])
        let invite = ImportPlan(file: file, portal: Self.seatsPortal(limit: 10, used: 8), mode: .invite)
        #expect(invite.problems.map(\.line).contains(5))
        #expect(ImportPlan(file: file, portal: Self.seatsPortal(limit: nil, used: 3), mode: .create).isClean)
        #expect(ImportPlan(file: file, portal: Self.seatsPortal(limit: 4, used: 0), mode: .create).isClean)
        let full = ImportPlan(file: file, portal: Self.seatsPortal(limit: 3, used: 5), mode: .create)
        #expect(full.problems.map(\.line) == [2, 4, 5, 7])
    }

    @Test("a line refused for another reason takes no seat")
    func badLineTakesNoSeat() throws {
        let csv = "email,first name,type\nbad,A,room-admin\nb@example.com,B,room-admin\n"
        let plan = ImportPlan(
            file: try ImportFile.read(csv), portal: Self.seatsPortal(limit: 1, used: 0), mode: .create)
        #expect(plan.problems.map(\.line) == [2])
        #expect(plan.items.map(\.line) == [3])
    }

    @Test("the plan's quota reads the manager feature: its value and what is used; -1 is no limit")
    func paidSeatsDecoding() throws {
        let json = """
            {"features":[{"id":"audit","value":true,"type":"flag"},
            {"id":"manager","value":10,"type":"count","used":{"value":8,"title":"x"}}]}
            """
        let seats = try JSONDecoder().decode(PaidSeats.self, from: Data(json.utf8))
        #expect(seats == PaidSeats(limit: 10, used: 8))
        #expect(seats.left == 2)
        let unlimited = try JSONDecoder().decode(
            PaidSeats.self, from: Data(#"{"features":[{"id":"manager","value":-1,"used":{"value":null}}]}"#.utf8))
        #expect(unlimited.limit == nil && unlimited.left == nil)
        let forUser = try JSONDecoder().decode(
            PaidSeats.self, from: Data(#"{"features":[{"id":"manager","value":5,"used":{"value":null}}]}"#.utf8))
        #expect(forUser.limit == 5 && forUser.used == nil && forUser.left == nil)
    }

    @Test("bad lines become skipped steps in file order, with every problem of the line")
    func steps() throws {
        let plan = try Self.plan("email,first name\nbad,\nok@example.com,Ok\nx@example.com,Doe, J\n")
        #expect(plan.badLines == [2, 4])
        #expect(plan.steps.map(\.line) == [2, 3, 4])
        guard case .skip(_, let email, let reason) = plan.steps[0] else {
            Issue.record("line 2 is not skipped")
            return
        }
        #expect(email == "bad")
        #expect(reason == "e-mail: Needs an @; first name: Required")
        #expect(plan.items.map(\.line) == [3])
    }

    @Test("without a first name column every line to create says so; invitations need none")
    func noFirstNameColumn() throws {
        #expect(Self.said(try Self.plan("email\na@example.com\n")) == ["line 2: first name: Required"])
        #expect(try Self.plan("email\na@example.com\n", mode: .invite).isClean)
    }
}
