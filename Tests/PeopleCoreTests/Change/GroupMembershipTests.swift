import DocSpaceAPI
import Foundation
import PeopleTestSupport
import Testing

@testable import PeopleCore

/// Adding people to a group and taking them out, on the one change path: the server silently
/// skips guests and disabled people when adding (`ValidateUserAsync`), so they are left out
/// before sending with that reason; anyone else it skips shows when the group is read back;
/// after an error the group's members decide who was changed.
@Suite("One change path: group membership")
struct GroupMembershipTests {
    static let sales = GroupRef(id: "group-sales", name: "Sales")

    /// A portal with one group. It adds and removes people one by one, silently skips guests,
    /// disabled people and `alsoSkips`, and refuses the person in `refusesAt` (those before
    /// them in the request are changed).
    actor GroupPortal: ScriptedPeopleClient {
        var people: [String: Person]
        var memberIDs: Set<String>
        var alsoSkips: Set<String> = []
        var refusesAt: String?
        var refusal: DocSpaceError = .server(status: 500, message: "Internal error")
        var groupReadFails = false
        private(set) var changeCalls: [[String]] = []

        init(_ people: [Person], members: Set<String> = []) {
            self.people = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
            self.memberIDs = members
        }

        func configure(alsoSkips: Set<String> = [], refusesAt: String? = nil, groupReadFails: Bool = false) {
            self.alsoSkips = alsoSkips
            self.refusesAt = refusesAt
            self.groupReadFails = groupReadFails
        }

        func addMembers(groupID: String, ids: [String]) async throws -> Group {
            changeCalls.append(ids)
            for id in ids {
                if id == refusesAt { throw refusal }
                guard let person = people[id], person.status != .terminated, person.type != .guest,
                    !alsoSkips.contains(id)
                else { continue }
                memberIDs.insert(id)
            }
            return current
        }

        func removeMembers(groupID: String, ids: [String]) async throws -> Group {
            changeCalls.append(ids)
            for id in ids {
                if id == refusesAt { throw refusal }
                memberIDs.remove(id)
            }
            return current
        }

        func group(id: String, includeMembers: Bool) async throws -> Group {
            if groupReadFails { throw DocSpaceError.timeout(seconds: 30) }
            return current
        }

        func person(id: String) async throws -> Person {
            guard var person = people[id] else { throw DocSpaceError.notFound(message: nil) }
            if memberIDs.contains(id) { person.groups = [PersonGroup(id: sales.id, name: sales.name)] }
            return person
        }

        /// The group as `GetGroup` answers it: Active and Pending members only.
        private var current: Group {
            let members = memberIDs.sorted().compactMap { people[$0] }.filter { $0.status != .terminated }
            return Group(id: sales.id, name: sales.name, memberCount: members.count, members: members)
        }
    }

    func run(_ kind: ChangeKind, _ targets: [Person], on portal: GroupPortal) async -> ActionReport {
        let (applicable, leftOut) = kind.split(targets, me: People.owner, keys: nil)
        let run = ChangeRun(action: PendingAction(kind: kind, targets: applicable), leftOut: leftOut)
        return await ChangeDriver(client: portal).run(run).report
    }

    @Test("Adding: a guest and a disabled person are left out with the reason before sending; the rest are members")
    func guestsAndDisabledLeftOut() async {
        let guest = People.person(1, type: .guest)
        let disabled = People.person(2, status: .terminated)
        let people = [People.person(0), guest, disabled, People.person(3)]
        let portal = GroupPortal(people)
        let report = await run(.addToGroup(Self.sales), people, on: portal)
        #expect(await portal.changeCalls == [["id-0", "id-3"]], "the left-outs are not sent")
        #expect(report.done.map(\.id) == ["id-0", "id-3"])
        #expect(report.done.allSatisfy { ChangeKind.isMember($0, of: Self.sales) })
        let rows = report.resultRows
        #expect(rows.first { $0.person.id == "id-1" }?.detail == "a guest: the portal does not add guests to groups")
        #expect(
            rows.first { $0.person.id == "id-2" }?.detail
                == "disabled: the portal does not add disabled people to groups")
        #expect(rows.first { $0.person.id == "id-0" }?.detail == "now in Sales")
        #expect(report.summary == "Added to Sales: 2 people")
    }

    @Test("Someone else the portal skips without a word shows in the group read back: skipped, with why")
    func silentSkipFoundByReadBack() async {
        let people = (0..<3).map { People.person($0) }
        let portal = GroupPortal(people)
        await portal.configure(alsoSkips: ["id-1"])
        let report = await run(.addToGroup(Self.sales), people, on: portal)
        #expect(report.done.map(\.id) == ["id-0", "id-2"])
        let skipped = report.failed.filter { $0.outcome == .skipped }
        #expect(skipped.map(\.person.id) == ["id-1"])
        #expect(skipped.first?.reason == "the portal skipped them: Sales, read back, does not list them")
    }

    @Test(
        "Refused part-way: the group read back decides — those added are done, the rest failed, later batches not sent")
    func partialFailureReadBack() async {
        let people = (0..<150).map { People.person($0) }
        let portal = GroupPortal(people)
        await portal.configure(refusesAt: "id-40")
        let report = await run(.addToGroup(Self.sales), people, on: portal)
        #expect(await portal.changeCalls.count == 1, "the second batch is not sent")
        #expect(report.done.count == 40)
        #expect(Set(report.done.map(\.id)) == Set((0..<40).map { "id-\($0)" }))
        let failed = report.failed.filter { $0.outcome == .failed }
        #expect(failed.count == 60)
        #expect(
            failed.allSatisfy {
                $0.reason.hasPrefix("refused: ")
                    && $0.reason.hasSuffix("Sales, read back, does not list them; not sent again")
            })
        #expect(report.skipped.count == 50)
        #expect(report.skipped.allSatisfy { $0.outcome == .notSent })
        #expect(report.fromReread)
        #expect(report.summary == "Added to Sales: 40 of 150; 60 failed, 50 not sent")
    }

    @Test("A lost answer and a failed group read: the people are read back, their own groups decide")
    func peopleReadBackWhenTheGroupCannotBe() async {
        let people = (0..<3).map { People.person($0) }
        let portal = GroupPortal(people)
        await portal.configure(refusesAt: "id-2", groupReadFails: true)
        let report = await run(.addToGroup(Self.sales), people, on: portal)
        #expect(report.done.map(\.id) == ["id-0", "id-1"])
        #expect(report.failed.map(\.person.id) == ["id-2"])
        #expect(report.failed.first?.reason.contains("a re-read shows them still not in Sales") == true)
    }

    @Test("Removing: members are taken out and shown no longer in it; a disabled member is left out with why")
    func removing() async {
        let disabled = People.person(2, status: .terminated)
        let people = [People.person(0), People.person(1), disabled]
        let portal = GroupPortal(people, members: ["id-0", "id-1", "id-2"])
        let report = await run(.removeFromGroup(Self.sales), people, on: portal)
        #expect(await portal.changeCalls == [["id-0", "id-1"]])
        #expect(report.done.map(\.id) == ["id-0", "id-1"])
        #expect(report.done.allSatisfy { !ChangeKind.isMember($0, of: Self.sales) })
        #expect(report.resultRows.first { $0.person.id == "id-0" }?.detail == "no longer in Sales")
        #expect(report.skipped.map(\.person.id) == ["id-2"])
        #expect(report.skipped.first?.reason.hasPrefix("disabled: the group's member list hides") == true)
    }

    @Test("Words, request and rules: the question names the group; admins only; yourself and the owner may join")
    func wordsAndRules() {
        let kind = ChangeKind.addToGroup(Self.sales)
        #expect(kind.question("3 people") == "Add 3 people to Sales?")
        #expect(ChangeKind.removeFromGroup(Self.sales).question("1 person") == "Remove 1 person from Sales?")
        #expect(kind.serverCall(ids: ["a"]) == "PUT /api/2.0/group/group-sales/members")
        #expect(
            ChangeKind.removeFromGroup(Self.sales).serverCall(ids: ["a"]) == "DELETE /api/2.0/group/group-sales/members"
        )
        #expect(kind.batchSize == 100)
        #expect(kind.proof == .membership)
        #expect(kind.refusal(for: People.owner, me: People.owner) == nil, "an admin may add themselves")
        #expect(kind.refusal(for: People.person(1), me: People.person(2))?.text == "DocSpace admins only")
        #expect(kind.refusal(for: People.person(1, type: .docSpaceAdmin), me: People.owner) == nil)
    }
}
