import DocSpaceAPI
import Foundation
import PeopleTestSupport
import Testing

@testable import PeopleCLI

/// `groups show GROUP` finds a group by id or exact name; two groups may share a name on the
/// portal, so an ambiguous name is refused with the ids instead of a guess.
@Suite("Finding a group by name or id")
struct GroupLookupTests {
    /// A portal of named groups that pages and filters like `GET group` (`filterValue`
    /// contains, any case) and records the queries it was asked.
    final class Groups: ScriptedPeopleClient, @unchecked Sendable {
        private let lock = NSLock()
        let all: [Group]
        private(set) var queries: [GroupQuery] = []
        private(set) var readIDs: [String] = []

        init(_ names: [String]) {
            all = names.enumerated().map { index, name in
                Group(id: String(format: "00000000-0000-4000-8000-%012d", index), name: name, memberCount: index)
            }
        }

        func groups(_ query: GroupQuery) async throws -> GroupPage {
            lock.withLock { queries.append(query) }
            let text = query.text?.lowercased() ?? ""
            let matches = all.filter { text.isEmpty || $0.name.lowercased().contains(text) }
            let page = Array(matches.dropFirst(query.startIndex).prefix(query.count))
            return GroupPage(groups: page, startIndex: query.startIndex, total: matches.count)
        }

        func group(id: String, includeMembers: Bool) async throws -> Group {
            lock.withLock { readIDs.append(id) }
            guard let found = all.first(where: { $0.id == id }) else {
                throw DocSpaceError.notFound(message: "The group could not be found")
            }
            return found
        }
    }

    private func failure(_ operation: () async throws(CLIFailure) -> Group) async -> CLIFailure? {
        do {
            _ = try await operation()
            return nil
        } catch {
            return error
        }
    }

    @Test("an exact name wins over names that only contain it")
    func exactName() async throws {
        let portal = Groups(["Sales EU", "Sales", "Presales"])
        let found = try await GroupLookup.find("Sales", client: portal)
        #expect(found.name == "Sales")
        #expect(portal.queries.map(\.text) == ["Sales"])
    }

    @Test("another case finds the only group of that name; no match is not found (exit 4)")
    func foldedCaseAndMissing() async throws {
        let portal = Groups(["Engineering", "Sales"])
        #expect(try await GroupLookup.find("engineering", client: portal).name == "Engineering")
        let missing = await failure { () async throws(CLIFailure) in try await GroupLookup.find("Legal", client: portal)
        }
        #expect(missing?.exitCode == 4)
    }

    @Test("two groups of one name are refused (exit 3) with both ids")
    func ambiguousName() async {
        let portal = Groups(["Twin", "Twin", "Twins"])
        let refused = await failure { () async throws(CLIFailure) in try await GroupLookup.find("Twin", client: portal)
        }
        #expect(refused?.exitCode == 3)
        let words = refused.map { "\($0)" } ?? ""
        #expect(words.contains(portal.all[0].id) && words.contains(portal.all[1].id))
        #expect(!words.contains(portal.all[2].id))
    }

    @Test("an id is read directly, without searching names")
    func byID() async throws {
        let portal = Groups(["A", "B"])
        let id = portal.all[1].id
        #expect(try await GroupLookup.find(id, client: portal).name == "B")
        #expect(portal.readIDs == [id])
        #expect(portal.queries.isEmpty)
    }

    @Test("every page of matches is read, 100 at a time, until the total")
    func pages() async throws {
        let portal = Groups((0..<250).map { "Team \($0)" } + ["Team"])
        #expect(try await GroupLookup.find("Team", client: portal).name == "Team")
        #expect(portal.queries.map(\.startIndex) == [0, 100, 200])
        #expect(portal.queries.allSatisfy { $0.count == 100 })
    }
}
