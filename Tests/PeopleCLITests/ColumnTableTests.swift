import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import PeopleCLI

@Suite("list --columns: the chosen columns in the terminal UI's words")
struct ColumnTableTests {
    static let signedIn = Date(timeIntervalSince1970: 1_772_452_800)  // 2026-03-02 12:00 UTC

    static var people: [Person] {
        var ann = Person(
            id: "a1", displayName: "Ann Archer", email: "ann@example.com", isRoomAdmin: true,
            usedSpace: 1_288_490_188.8, quotaLimit: 5_368_709_120,
            createdBy: PersonSummary(id: "i1", displayName: "Ivan Inviter"),
            registrationDate: APIDate(text: "2026-03-02T17:05:11.0000000+03:00", date: nil))
        ann.groups = [
            PersonGroup(id: "g1", name: "A very long group name indeed"), PersonGroup(id: "g2", name: "Sales"),
            PersonGroup(id: "g3", name: "Support"),
        ]
        let bob = Person(id: "b2", displayName: "Bob", status: .terminated, isCollaborator: true)
        return [ann, bob]
    }

    static let history = SignInHistory(keptDays: 180, lastByPerson: ["a1": signedIn])

    static func lines(_ columns: [ListColumn], history: SignInHistory? = history) -> [String] {
        var table = ColumnTable(columns, history: history)
        table.append(people)
        return table.table.render()
    }

    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    @Test("The header is the columns' titles in the chosen order; each cell the list's text, a dash when not said")
    func cellsInOrder() throws {
        let lines = Self.lines([.storage, .name, .inviter, .registered, .lastSignIn, .email, .status, .type])
        #expect(lines.count == 3)
        let header = lines[0].split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        #expect(header == "STORAGE NAME INVITED BY REGISTERED SIGNED IN E-MAIL STATUS TYPE")
        let ann = lines[1].components(separatedBy: "  ").filter { !$0.isEmpty }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(
            ann == [
                "1.2 GB / 5 GB", "Ann Archer", "Ivan Inviter", "2026-03-02", Self.day(Self.signedIn),
                "ann@example.com", "● Active", "Room admin",
            ])
        let bob = lines[2].components(separatedBy: "  ").filter { !$0.isEmpty }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(bob == ["—", "Bob", "—", "—", "none 180d", "—", "⊘ Disabled", "User"])
    }

    @Test("The group keeps its count when its name is cut to the column")
    func groupCount() throws {
        let lines = Self.lines([.group, .name])
        // 24 cells: the name cut to 21 with its "…", then " +2".
        #expect(lines[1].hasPrefix("A very long group na… +2  Ann Archer"), "\(lines[1])")
        #expect(lines[2].hasPrefix("—"))
    }

    @Test("A login history the portal could not give says unknown, never a date or none")
    func unknownSignIn() {
        let lines = Self.lines([.name, .lastSignIn], history: .unknown(.noAuditFeature))
        #expect(lines[1].hasSuffix("unknown") && lines[2].hasSuffix("unknown"))
    }

    @Test("--columns takes the :columns words; an unknown one is refused naming it and the known ones")
    func parsing() throws {
        let list = try ListPeople.parse(["--columns", "email,name,last-sign-in"])
        #expect(try list.chosenColumns() == [.email, .name, .lastSignIn])
        #expect(try ListPeople.parse([]).chosenColumns() == nil)
        do {
            _ = try ListPeople.parse(["--columns", "name,shoe"])
            Issue.record("parsed an unknown column")
        } catch {
            let message = ListPeople.message(for: error)
            #expect(message.contains("unknown column \"shoe\""), "\(message)")
            #expect(message.contains(ListColumn.knownNames), "\(message)")
            #expect(ListPeople.exitCode(for: error).rawValue == 64)
        }
    }
}
