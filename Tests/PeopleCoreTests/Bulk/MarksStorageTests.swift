import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `Marks`: the compact records the marked people are kept as. What goes in comes back with
/// every field the rules read, in marking order, whatever was removed or replaced between.
@Suite("Marks: compact records of the marked people")
struct MarksStorageTests {
    /// A GUID id, as every DocSpace id is.
    static func guid(_ n: Int) -> String {
        let hex = String(n, radix: 16)
        return "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - hex.count) + hex
    }

    static let sales = PersonGroup(id: "9a0c1d2e-0000-4000-8000-000000000001", name: "Sales")
    static let legal = PersonGroup(id: "legal", name: "Legal & Co")
    static let inviter = PersonSummary(id: guid(900), displayName: "Ines Inviter")

    /// People that differ in everything a mark keeps.
    static let people: [Person] = (0..<12).map { n in
        var person = Person(
            id: n == 5 ? "not-a-guid-\(n)" : guid(n), displayName: n == 3 ? "Zoë Ōtsuka 王" : "Person \(n)",
            email: n == 4 ? nil : "p\(n)@example.com",
            status: n % 4 == 1 ? .terminated : n == 7 ? .other(9) : .active,
            activationStatus: n == 2 ? .pending : .activated,
            groups: n % 3 == 0 ? [sales, legal] : n % 3 == 1 ? [sales] : [],
            isOwner: n == 0, isAdmin: n == 1, isRoomAdmin: n == 2, isCollaborator: n == 3, isVisitor: n >= 8,
            isLDAP: n == 6, isSSO: n == 9, createdBy: n >= 8 ? inviter : nil)
        person.tfaAppEnabled = n == 10 ? true : n == 11 ? false : nil
        return person
    }

    /// What a mark must give back of a person: the rest is not kept.
    static func kept(_ person: Person) -> Person {
        var copy = Person(
            id: person.id, displayName: person.displayName, email: person.email, status: person.status,
            activationStatus: person.activationStatus, groups: person.groups, isOwner: person.isOwner,
            isAdmin: person.isAdmin, isRoomAdmin: person.isRoomAdmin, isCollaborator: person.isCollaborator,
            isVisitor: person.isVisitor, isLDAP: person.isLDAP, isSSO: person.isSSO, createdBy: person.createdBy)
        copy.tfaAppEnabled = person.tfaAppEnabled
        return copy
    }

    @Test("Every field the rules read comes back, for GUID ids and others, in marking order")
    func roundTrip() {
        let marks = Marks(Self.people)
        #expect(marks.count == Self.people.count)
        #expect(Array(marks) == Self.people.map(Self.kept))
        #expect(marks.map(\.id) == Self.people.map(\.id))
        for person in Self.people {
            #expect(marks.contains(id: person.id))
            #expect(marks.person(id: person.id) == Self.kept(person))
        }
        #expect(!marks.contains(id: Self.guid(999)))
        #expect(!marks.contains(id: "not-a-guid-6"))
        #expect(marks.person(id: Self.guid(999)) == nil)
    }

    @Test("A GUID in upper case is another id: kept and given back as it came")
    func upperCaseID() {
        let upper = Person(id: Self.guid(10).uppercased(), displayName: "Upper")
        var marks = Marks([Self.people[10]])
        marks.append(upper)
        #expect(marks.map(\.id) == [Self.guid(10), Self.guid(10).uppercased()])
        let changed1 = marks.remove(id: Self.guid(10))
        #expect(changed1)
        #expect(marks.map(\.id) == [Self.guid(10).uppercased()])
    }

    @Test("Marking someone already marked keeps their place and adds nobody")
    func noDoubles() {
        var marks = Marks(Self.people.prefix(3))
        marks.append(contentsOf: Self.people.reversed())
        #expect(marks.map(\.id) == Array(Self.people.prefix(3).map(\.id)) + Self.people[3...].reversed().map(\.id))
        #expect(Set(marks.map(\.id)).count == marks.count)
    }

    @Test("Removing by id, by place, by a set of ids and by a test leaves the others whole and in order")
    func removals() {
        var marks = Marks(Self.people)
        let changed2 = marks.remove(id: Self.people[3].id)
        #expect(changed2)
        let changed3 = marks.remove(id: Self.people[3].id)
        #expect(!changed3, "not marked any more")
        marks.remove(at: 0)
        marks.remove(ids: [Self.people[5].id, Self.people[8].id, "nobody"])
        marks.removeAll { $0.status == .terminated }
        let left = Self.people.enumerated().filter { n, person in
            ![0, 3, 5, 8].contains(n) && person.status != .terminated
        }.map(\.element)
        #expect(Array(marks) == left.map(Self.kept))
        #expect(!marks.contains(id: Self.people[3].id) && !marks.contains(id: Self.people[5].id))
        // Marked again after removal: at the end, whole.
        marks.append(Self.people[3])
        #expect(marks.last == Self.kept(Self.people[3]))
    }

    @Test("Marking and unmarking for a long time does not grow the storage, and nothing is mixed up")
    func churn() {
        var marks = Marks(Self.people)
        for round in 0..<2_000 {
            let person = Self.people[round % Self.people.count]
            let changed4 = marks.remove(id: person.id)
            #expect(changed4)
            marks.append(person)
        }
        #expect(Set(Array(marks)) == Set(Self.people.map(Self.kept)))
        #expect(marks.storedBytes < 4 * Marks(Self.people).storedBytes, "the removed texts were dropped")
    }

    @Test("A newer copy replaces the mark in its place; the same copy changes nothing")
    func update() {
        var marks = Marks(Self.people)
        let before = marks
        let changed5 = marks.update(Self.people[2])
        #expect(!changed5, "the same")
        #expect(marks == before)
        var newer = Self.people[2]
        newer.status = .terminated
        newer.displayName = "Renamed Person"
        newer.groups = [Self.legal]
        let changed6 = marks.update(newer)
        #expect(changed6)
        #expect(marks[2] == Self.kept(newer))
        #expect(marks.map(\.id) == Self.people.map(\.id))
        let changed7 = marks.update(Person(id: Self.guid(999), displayName: "Not marked"))
        #expect(!changed7)
        #expect(marks.count == Self.people.count)
    }

    @Test("The first of each kind: one person per kind the rules tell apart, me apart")
    func kinds() {
        let alike = (20..<40).map { Person(id: Self.guid($0), displayName: "Alike \($0)") }
        let me = Person(id: Self.guid(25), displayName: "Me")
        var twoFactor = Person(id: Self.guid(50), displayName: "With an app")
        twoFactor.tfaAppEnabled = true
        var guest = Person(id: Self.guid(51), displayName: "Guest", isVisitor: true, createdBy: Self.inviter)
        let marks = Marks(alike + [twoFactor, guest])
        let firsts = marks.firstOfEachKind(me: me.id)
        #expect(firsts.map(\.id) == [Self.guid(20), Self.guid(25), Self.guid(50), Self.guid(51)])
        // The rules ask only whether I created someone: guests of two other inviters are
        // one kind, mine another.
        guest.id = Self.guid(52)
        guest.createdBy = PersonSummary(id: Self.guid(901), displayName: "Other")
        let other = Person(id: Self.guid(53), displayName: "G", isVisitor: true, createdBy: Self.inviter)
        let mine = Person(
            id: Self.guid(54), displayName: "Mine", isVisitor: true,
            createdBy: PersonSummary(id: me.id, displayName: me.displayName))
        let guests = Marks([guest, other, mine])
        #expect(guests.firstOfEachKind(me: me.id).map(\.id) == [Self.guid(52), Self.guid(54)])
        #expect(guests.firstOfEachKind(me: Self.inviter.id).map(\.id) == [Self.guid(52), Self.guid(53)])
    }

    @Test("Counting asks for the person only when the test does")
    func countByID() {
        let marks = Marks(Self.people)
        var built = 0
        let byID = marks.count { id, _ in id.hasPrefix("not-a-guid") }
        #expect(byID == 1)
        let byStatus = marks.count { _, person in
            built += 1
            return person().status == .terminated
        }
        #expect(byStatus == Self.people.count { $0.status == .terminated })
        #expect(built == Self.people.count)
    }

    @Test("Twenty thousand marks take a few megabytes")
    func compact() {
        let many = (0..<20_000).map { n in
            Person(
                id: Self.guid(n), displayName: "Person Number \(n)", email: "person.number.\(n)@example.com",
                groups: [Self.sales], createdBy: n % 2 == 0 ? Self.inviter : nil)
        }
        let marks = Marks(many)
        #expect(marks.count == 20_000)
        #expect(marks.storedBytes < 3_500_000, "well inside the 5 MB the issue allows: \(marks.storedBytes) bytes")
        #expect(marks[19_999] == Self.kept(many[19_999]))
    }
}
