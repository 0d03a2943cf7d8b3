import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCore

/// The list stores a GUID id as 16 bytes and its name and e-mail as UTF-8 beside the search
/// keys: whatever it stores, every id, name and e-mail must read back exactly as the portal
/// sent it.
@Suite("Ids, names and e-mails stored compactly read back exactly")
struct StoredIDTests {
    @Test(
        "An id reads back as it came, whichever form it has",
        arguments: [
            "7c9e6679-7425-40de-944b-e07fc1f90ae7", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "7C9E6679-7425-40DE-944B-E07FC1F90AE7",
            "7c9e6679742540de944be07fc1f90ae7", "7c9e6679-7425-40de-944b-e07fc1f90ae",
            "7c9e6679-7425-40de-944b-e07fc1f90ae7x",
            "7c9e6679-7425-40de-944b-e07fc1f90aeg", "7c9e6679+7425-40de-944b-e07fc1f90ae7", "id-1", "", "ä",
        ])
    func roundTrip(_ id: String) {
        let stored = StoredID(id)
        #expect(stored.string == id)
        #expect(StoredID(stored.string) == stored)
    }

    @Test("Only a GUID in lower case with its dashes is stored as bytes")
    func guidForm() {
        let guid = StoredID("7c9e6679-7425-40de-944b-e07fc1f90ae7")
        #expect(guid == .guid(0x7c9e_6679_7425_40de, 0x944b_e07f_c1f9_0ae7))
        #expect(StoredID("7C9E6679-7425-40DE-944B-E07FC1F90AE7") == .text("7C9E6679-7425-40DE-944B-E07FC1F90AE7"))
        #expect(StoredID("id-1") == .text("id-1"))
    }

    @Test("Rows with GUIDs, other ids, no e-mail and non-ASCII names read back as placed")
    func rowsReadBack() {
        let people = (0..<250).map { n in
            Person(
                id: n % 3 == 0 ? "id-\(n)" : String(format: "%08x-0000-4000-8000-%012x", n * 7919, n),
                displayName: n % 5 == 0 ? "Zoë Ålund 李 \(n)" : "Person \(n)",
                email: n % 4 == 0 ? nil : "p\(n)@example.com",
                status: n % 2 == 0 ? .active : .other(n),
                activationStatus: n % 6 == 0 ? .pending : .activated,
                isAdmin: n % 7 == 0, isVisitor: n % 11 == 0)
        }
        var list = PeopleList()
        PerfPeopleListTests.load(people, into: &list, pages: 0..<3)
        for (index, person) in people.enumerated() {
            #expect(list.row(at: index) == PersonRow(person), "\(index)")
            #expect(list.index(of: person.id) == index)
        }
        // A status change keeps the key and rewrites the row; a delete moves the rows up.
        var disabled = people[249]
        disabled.status = .terminated
        list.update(disabled)
        #expect(list.row(at: 249) == PersonRow(disabled))
        list.remove(id: people[10].id)
        #expect(list.row(at: 10) == PersonRow(people[11]))
        #expect(list.row(at: 248) == PersonRow(disabled))
        #expect(list.index(of: people[200].id) == 199)
        PerfPeopleListTests.expectConsistent(list)
    }
}
