import DocSpaceAPI
import Foundation
import StandInPortal
import Testing

/// The group calls of `DocSpaceClient` against the stand-in over loopback: every route the
/// client builds reaches the route the stand-in serves, and every answer decodes.
@Suite("Group calls against the stand-in")
struct GroupClientTests {
    @Test("create, read, update, add, remove, set the head, move, delete — each answer decoded")
    func everyGroupCall() async throws {
        try await LivePortal.run { portal in
            let client = portal.client()
            let first = await portal.add("first.member@example.com")
            let second = await portal.add("second.member@example.com")
            let guest = await portal.add("a.guest@example.com", type: .guest)

            let created = try await client.createGroup(
                NewGroup(name: "Field & Ops", headID: first, memberIDs: [second]))
            #expect(created.name == "Field & Ops")
            #expect(created.head?.id == first)
            #expect(Set(created.members?.map(\.id) ?? []) == [first, second])
            #expect(created.memberCount == 2)

            let renamed = try await client.updateGroup(id: created.id, GroupUpdate(name: "Field Ops"))
            #expect(renamed.name == "Field Ops")

            // The guest is skipped without a word: read back, the group has not changed.
            let added = try await client.addMembers(groupID: created.id, ids: [guest])
            #expect(added.memberCount == 2)

            let removed = try await client.removeMembers(groupID: created.id, ids: [first])
            #expect(removed.head == nil)
            #expect(removed.members?.map(\.id) == [second])

            let headed = try await client.setHead(groupID: created.id, userID: second)
            #expect(headed.head?.id == second)

            let target = try await client.createGroup(NewGroup(name: "Target"))
            let moved = try await client.moveMembers(from: created.id, to: target.id)
            #expect(moved.id == target.id)
            #expect(moved.members?.map(\.id) == [second])

            let short = try await client.group(id: created.id, includeMembers: false)
            #expect(short.members == nil)
            #expect(short.memberCount == 0)

            try await client.deleteGroup(id: created.id)
            await #expect(throws: DocSpaceError.notFound(message: "The group could not be found")) {
                try await client.group(id: created.id, includeMembers: true)
            }
        }
    }

    @Test("the list pages with the portal's total and sorts as asked")
    func listing() async throws {
        try await LivePortal.run { portal in
            let client = portal.client()
            let first = try await client.groups(GroupQuery(count: 5))
            #expect(first.groups.count == 5)
            #expect(first.total == 13)
            #expect(first.groups.allSatisfy { $0.members == nil })
            let rest = try await client.groups(GroupQuery(startIndex: 5, count: 100))
            #expect(rest.groups.count == 8)
            let names = (first.groups + rest.groups).map { $0.name.lowercased() }
            #expect(names == names.sorted())
            let descending = try await client.groups(GroupQuery(sortOrder: .descending))
            #expect(descending.groups.map { $0.name.lowercased() } == names.reversed())
            let searched = try await client.groups(GroupQuery(text: "SALES"))
            #expect(searched.groups.map(\.name) == ["Sales"])
        }
    }
}
