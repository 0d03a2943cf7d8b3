import DocSpaceAPI
import PeopleTestSupport
import Testing

@testable import PeopleCore

/// A change of a group itself: one request, proven by the group read back, also after the
/// portal refused or its answer was lost.
@Suite("Group changes: one request, proven by the group read back")
struct GroupChangeTests {
    static let sales = GroupRef(id: "group-sales", name: "Sales")

    /// One group the portal keeps; `setHead` sets the head and then refuses, as the server
    /// does for a caller who may not edit groups; `deleteGroup` loses its answer after acting.
    actor Portal: ScriptedPeopleClient {
        var group: Group?
        var renames = true

        init(_ group: Group?) { self.group = group }

        func updateGroup(id: String, _ update: GroupUpdate) async throws -> Group {
            guard var now = group else { throw DocSpaceError.notFound(message: "The group could not be found") }
            if renames, let name = update.name { now.name = name }
            group = now
            return now
        }

        func setHead(groupID: String, userID: String) async throws -> Group {
            group?.head = People.person(7)
            throw DocSpaceError.forbidden(message: "Access denied")
        }

        func deleteGroup(id: String) async throws {
            group = nil
            throw DocSpaceError.timeout(seconds: 30)
        }

        func group(id: String, includeMembers: Bool) async throws -> Group {
            guard let group else { throw DocSpaceError.notFound(message: "The group could not be found") }
            return group
        }
    }

    static var start: Group { Group(id: sales.id, name: sales.name, memberCount: 0, members: []) }

    @Test("A rename the group shows is done; one it does not show is skipped with what the re-read shows")
    func rename() async {
        let done = await GroupChange.rename(Self.sales, to: "Sales EU").send(with: Portal(Self.start))
        #expect(done.outcome == .done)
        #expect(done.detail == "now named Sales EU")
        let portal = Portal(Self.start)
        await portal.setRenames(false)
        let skipped = await GroupChange.rename(Self.sales, to: "Sales EU").send(with: portal)
        #expect(skipped.outcome == .skipped)
        #expect(skipped.detail == "the portal skipped it without a word; a re-read shows it still named Sales")
    }

    @Test("Refused after acting (set-head): the re-read shows the head set, so it is done, and says how it is known")
    func refusedAfterActing() async {
        let outcome = await GroupChange.setHead(Self.sales, People.person(7)).send(with: Portal(Self.start))
        #expect(outcome.outcome == .done)
        #expect(outcome.detail.hasPrefix("Person 00007 is now the head (refused: "))
        #expect(outcome.stoppedBy == .forbidden(message: "Access denied"))
    }

    @Test("A delete whose answer was lost: only a 404 on the re-read proves it")
    func deleteProvenByNotFound() async {
        let outcome = await GroupChange.delete(Self.sales).send(with: Portal(Self.start))
        #expect(outcome.outcome == .done)
        #expect(outcome.detail.hasPrefix("deleted; its people stay (no clear answer"))
    }

    @Test("Rules before sending: a guest or disabled head or member, a blank or long name, one group twice, non-admins")
    func rules() {
        let me = People.owner
        let guest = People.person(1, type: .guest)
        #expect(
            GroupChange.create(name: "A", head: guest, members: []).refusal(me: me)
                == "Person 00001: a guest: the portal does not put guests in groups")
        #expect(
            GroupChange.create(name: "A", head: nil, members: [People.person(2, status: .terminated)]).refusal(me: me)?
                .hasSuffix("disabled: the portal does not put disabled people in groups") == true)
        #expect(GroupChange.rename(Self.sales, to: "  ").refusal(me: me) == "a group needs a name")
        #expect(GroupChange.rename(Self.sales, to: String(repeating: "x", count: 129)).refusal(me: me) != nil)
        #expect(GroupChange.rename(Self.sales, to: String(repeating: "x", count: 128)).refusal(me: me) == nil)
        #expect(GroupChange.move(from: Self.sales, to: Self.sales).refusal(me: me) == "the same group twice")
        #expect(GroupChange.delete(Self.sales).refusal(me: People.person(3)) == "DocSpace admins only")
        #expect(GroupChange.delete(Self.sales).isIrreversible)
    }
}

extension GroupChangeTests.Portal {
    func setRenames(_ value: Bool) { renames = value }
}
