import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCore

/// The list's storage at portal scale: the shape of it, never its speed (that is
/// `docspace-people-bench tui`'s job). Whatever the storage, the list must behave as before.
@Suite("The list at 100,000 people: compact rows, an index by id, search keys")
struct PerfPeopleListTests {
    static func load(_ people: [Person], into list: inout PeopleList, pages: some Sequence<Int>) {
        for page in pages {
            let start = page * PeopleList.pageSize
            let end = min(start + PeopleList.pageSize, people.count)
            list.insert(PeoplePage(people: Array(people[start..<end]), startIndex: start, total: people.count))
        }
    }

    /// Every loaded position and the index agree both ways.
    static func expectConsistent(_ list: PeopleList, sourceLocation: SourceLocation = #_sourceLocation) {
        var loaded = 0
        for index in 0..<list.count {
            guard let row = list.row(at: index) else { continue }
            loaded += 1
            #expect(list.index(of: row.id) == index, "\(row.id) at \(index)", sourceLocation: sourceLocation)
        }
        #expect(loaded == list.loadedCount, sourceLocation: sourceLocation)
    }

    @Test("100,000 people are held as compact rows; only the latest pages keep full people")
    func hundredThousand() {
        let people = People.many(100_000)
        var list = PeopleList()
        Self.load(people, into: &list, pages: 0..<1000)
        #expect(list.count == 100_000)
        #expect(list.loadedCount == 100_000)
        for index in [0, 1, 99, 100, 54_321, 99_999] {
            #expect(list.row(at: index)?.id == people[index].id)
            #expect(list.index(of: people[index].id) == index)
        }
        #expect(list.row(at: 100_000) == nil)
        // The latest page is there in full; an early one as far as its rows know.
        #expect(list[99_999] == people[99_999])
        #expect(list[0]?.userName == nil)
        #expect(list[0]?.displayName == people[0].displayName)
        #expect(list[0]?.email == people[0].email)
        #expect(list[0]?.type == people[0].type)
        #expect(list[0]?.status == people[0].status)
    }

    @Test("A row knows the type exactly as the person does, for every combination of flags")
    func rowType() {
        for bits in 0..<32 {
            let person = Person(
                id: "x", displayName: "X", isOwner: bits & 1 != 0, isAdmin: bits & 2 != 0,
                isRoomAdmin: bits & 4 != 0, isCollaborator: bits & 8 != 0, isVisitor: bits & 16 != 0)
            let row = PersonRow(person)
            #expect(row.type == person.type, "flags \(bits)")
            #expect(row.person.type == person.type)
            #expect(row.isOwner == person.isOwner)
        }
    }

    @Test("Someone the listing moved meanwhile is shown once, at the place the server gave last")
    func movedPerson() {
        let people = People.many(300)
        var list = PeopleList()
        Self.load(people, into: &list, pages: [0])
        // Fifty people were added before them: person 50 now sits at 150, on page 1.
        var shifted = Array(people[100..<200])
        shifted[50] = people[50]
        list.insert(PeoplePage(people: shifted, startIndex: 100, total: 300))
        #expect(list.row(at: 50) == nil)  // empty again, loaded anew when it is on screen
        #expect(list.row(at: 150)?.id == people[50].id)
        #expect(list.index(of: people[50].id) == 150)
        Self.expectConsistent(list)
    }

    @Test("A delete moves everyone after the person up a place, across pages and gaps")
    func removeShifts() {
        let people = People.many(350)
        var list = PeopleList()
        Self.load(people, into: &list, pages: [0, 2, 3])  // page 1 not loaded
        list.remove(id: people[42].id)
        #expect(list.count == 349)
        #expect(list.index(of: people[42].id) == nil)
        #expect(list.row(at: 42)?.id == people[43].id)
        #expect(list.row(at: 98)?.id == people[99].id)
        #expect(list.row(at: 99) == nil)  // page 1's first row was not loaded
        #expect(list.row(at: 199)?.id == people[200].id)  // page 2's first row moved onto page 1
        #expect(list.row(at: 348)?.id == people[349].id)
        #expect(list.row(at: 349) == nil)
        Self.expectConsistent(list)
    }

    @Test("A newer copy replaces the row, the full copy and the search key")
    func updateReplaces() {
        let people = People.many(500)
        var list = PeopleList()
        Self.load(people, into: &list, pages: 0..<5)
        // Renamed, on an early page (no full copy kept there): placed anew, found by the new name.
        var changed = people[7]
        changed.status = .terminated
        changed.displayName = "Renamed Rita"
        changed.firstName = "Rita"
        let updated = list.update(changed)
        #expect(updated)
        #expect(list.row(at: 7)?.status == .terminated)
        #expect(list[7] == changed)
        #expect(LocalMatches(text: "rita", base: list, current: list).map(\.id) == [changed.id])
        // Only the status, on a latest page: the row changes, the key stays.
        var disabled = people[480]
        disabled.status = .terminated
        list.update(disabled)
        #expect(list.row(at: 480)?.status == .terminated)
        #expect(list[480] == disabled)
        #expect(LocalMatches(text: people[480].displayName, base: list, current: list).map(\.id) == [disabled.id])
        // A last name the row does not show still reaches the key.
        var early = people[1]
        early.lastName = "Quux"
        list.update(early)
        #expect(LocalMatches(text: "quux", base: list, current: list).map(\.id) == [early.id])
        let stranger = list.update(Person(id: "nobody", displayName: "Nobody"))
        #expect(!stranger)
        Self.expectConsistent(list)
    }

    /// How the search matched before the keys existed: each field folded by Foundation, each
    /// term looked for in each field. The keys must find the same people.
    static func matchesFields(_ person: Person, _ text: String) -> Bool {
        let fold = { (text: String) in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        let fields = [person.displayName, person.firstName ?? "", person.lastName ?? "", person.email ?? ""].map(fold)
        return text.split(separator: " ").allSatisfy { term in
            let term = fold(String(term))
            return fields.contains { $0.contains(term) }
        }
    }

    static let searchPeople: [Person] = {
        let names = [
            "Zoë Ålund", "Alice Archer", "Alina Brandt", "Bob Builder", "José García", "李小龙 Bruce Lee",
            "ÉMILE ZOLA", "Olga Petrova", "Ольга Петрова", "Björn Borg", "Ali Baba", "Anna-Lena Ek",
        ]
        return (0..<1200).map { n in
            let name = names[n % names.count] + " \(n)"
            let parts = name.split(separator: " ").map(String.init)
            if n % 7 == 0 {
                // A display name that holds neither the first nor the last name.
                return Person(
                    id: "id-\(n)", displayName: "Nick \(n)", firstName: "Robert", lastName: "Øster-Smith",
                    email: "user\(n)@example.com")
            }
            return Person(
                id: "id-\(n)", displayName: name, firstName: parts.first,
                lastName: parts.dropFirst().joined(separator: " "),
                email: "user\(n)@\(n % 2 == 0 ? "example.com" : "EXAMPLE.org")")
        }
    }()

    @Test(
        "The local search over the keys finds exactly whom matching each person's fields finds",
        arguments: [
            "zoe", "ZOË", "alu", "ali", "ali b", "b ali", "garcia", "josé", "emile zola", "ольга", "петрова",
            "李", "bruce lee", "example.org", "user11", "@", "-lena", "ek 11", "nobody", "a b c", "ö", "oe",
            "robert", "oster", "nick robert", "smith", "rob 14",
        ])
    func searchMatchesFields(_ text: String) {
        var list = PeopleList()
        Self.load(Self.searchPeople, into: &list, pages: 0..<12)
        // From the people as the server sent them: the list keeps full copies of the latest
        // pages only, and the keys must still hold every field of everyone.
        let expected = Self.searchPeople.filter { Self.matchesFields($0, text) }.map(\.id)
        let found = LocalMatches(text: text, base: list, current: list)
        #expect(found.map(\.id) == expected)
        if text == "zoe" { #expect(!expected.isEmpty) }
    }

    @Test("A term is found wherever it sits in a key, whichever byte it is looked for by")
    func termPlacement() {
        let key = Array("xaxbxq\u{1F}qaq\u{1F}zz".utf8)
        func found(_ text: String) -> Bool { key.withUnsafeBytes { SearchTerms(text).allContained(in: $0) } }
        for term in ["x", "xa", "xaxbxq", "bxq", "q", "qaq", "aq", "zz", "z", "axb", "xq"] {
            #expect(found(term), "\(term)")
        }
        for term in ["xaxbxqq", "qq", "zzz", "ab", "qz", "e", "xx", "bxqq", "zzq"] {
            #expect(!found(term), "\(term)")
        }
        #expect(found("zz xa qaq"))
        #expect(!found("zz xa qaqa"))
        let empty: [UInt8] = []
        #expect(!empty.withUnsafeBytes { SearchTerms("a").allContained(in: $0) })
    }

    @Test("A longer text narrows the previous matches to what a fresh search finds")
    func narrowing() {
        var list = PeopleList()
        Self.load(Self.searchPeople, into: &list, pages: 0..<12)
        var previous: LocalMatches?
        for text in ["a", "al", "ali", "ali ", "ali b", "ali ba", "ali bab", "al", "o", "ol", "olg"] {
            let narrowed = LocalMatches(text: text, base: list, current: list, narrowing: previous)
            let fresh = LocalMatches(text: text, base: list, current: list)
            #expect(narrowed.map(\.id) == fresh.map(\.id), "\(text)")
            previous = narrowed
        }
    }

    @Test("Matches come from the listing as it was first, then from people loaded since, each once")
    func snapshotThenNewRows() {
        let people = Self.searchPeople
        var base = PeopleList()
        Self.load(people, into: &base, pages: [0])
        // A server search answered with two Alices of page 5, and one already in the snapshot.
        var current = PeopleList()
        current.insert(PeoplePage(people: [people[1], people[505], people[517]], startIndex: 0, total: 3))
        let found = LocalMatches(text: "alice", base: base, current: current)
        let expected = people[0..<100].filter { Self.matchesFields($0, "alice") }.map(\.id) + ["id-505", "id-517"]
        #expect(found.map(\.id) == expected)
        #expect(found.firstIndex(ofID: "id-517") == expected.count - 1)
        #expect(found.firstIndex(ofID: "id-13") == expected.firstIndex(of: "id-13"))
        #expect(found.row(at: expected.count - 1)?.id == "id-517")
        #expect(!found.contains(id: "id-0"))
    }

    @Test("A person deleted during a search leaves the matches; the rest keep their places")
    func removeDuringSearch() {
        var list = PeopleList()
        Self.load(Self.searchPeople, into: &list, pages: 0..<12)
        var found = LocalMatches(text: "alina", base: list, current: list)
        let before = found.map(\.id)
        found.remove(id: before[3])
        #expect(found.map(\.id) == before.filter { $0 != before[3] })
        #expect(found.firstIndex(ofID: before[5]) == 4)
    }
}
