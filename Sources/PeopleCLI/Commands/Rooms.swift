import ArgumentParser
import DocSpaceAPI
import Foundation

/// `rooms PERSON`: the rooms a person owns and those they are a member of, from the portal's
/// rooms listing (`GET files/rooms` with `subjectId` and `subjectFilter`), so a hand-over can
/// be decided on the facts.
struct Rooms: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "rooms",
        abstract: "List the rooms a person owns and the rooms they are a member of.",
        discussion: """
            GET /api/2.0/files/rooms?subjectId=…&subjectFilter=0 (owned) and =1 (owned or member \
            of; the owned ones are left out of "member of"). Active rooms only, not the Archive. A \
            DocSpace admin sees every room; the portal shows anyone else only the rooms they are \
            in themselves.
            """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions
    @Flag(name: .long, help: "Only the rooms the person owns.") var owned = false
    @Flag(name: .long, help: "Only the rooms the person is a member of (owned by someone else).") var member = false
    @Argument(help: ArgumentHelp("The person, by id, user name or e-mail.", valueName: "person")) var person: String

    func validate() throws {
        if owned && member { throw ValidationError("choose one of --owned and --member (neither lists both)") }
    }

    func run(on session: PortalSession) async throws(CLIFailure) {
        let client = session.client
        let who = person
        let found = try await CommandRunner.call {
            who.contains("@") ? try await client.person(email: who) : try await client.person(id: who)
        }
        let me = try await CommandRunner.call { try await client.me() }
        let id = found.id
        let ownedRooms = member ? [] : try await CommandRunner.call { try await client.allRooms(of: id, .owner) }
        var memberOf: [Room] = []
        if !owned {
            let ownedIDs = Set(
                member
                    ? try await CommandRunner.call { try await client.allRooms(of: id, .owner) }.map(\.id)
                    : ownedRooms.map(\.id))
            memberOf = try await CommandRunner.call { try await client.allRooms(of: id, .member) }
                .filter { !ownedIDs.contains($0.id) }
        }
        let rows =
            ownedRooms.map { RoomRow(relation: "owner", room: $0) }
            + memberOf.map { RoomRow(relation: "member", room: $0) }
        switch output.format {
        case .json: Console.json(RoomRow.json(rows))
        case .csv: Console.csv(RoomRow.csv(rows))
        case .table:
            if !me.isAdmin && !me.isOwner, me.id != found.id {
                Console.error(
                    "Note: you are not a DocSpace admin — the portal shows you only rooms you are in yourself.")
            }
            let name = "\(found.displayName) <\(found.email ?? found.id)>"
            if !member { Console.out(lines: section("\(name) owns", ownedRooms, owner: false)) }
            if !member && !owned { Console.out("") }
            if !owned { Console.out(lines: section("\(name) is a member of", memberOf, owner: true)) }
        }
    }

    private func section(_ heading: String, _ rooms: [Room], owner: Bool) -> [String] {
        guard !rooms.isEmpty else { return ["\(heading) no rooms."] }
        var table = TextTable(
            header: owner ? ["TITLE", "TYPE", "OWNER", "ID"] : ["TITLE", "TYPE", "CREATED", "ID"],
            maxWidths: [40, 20, 30, 12])
        for room in rooms {
            table.append([
                room.title, room.type.title,
                owner ? room.ownerName : APIKeyLookup.shortDate(room.created, none: "?"), room.id,
            ])
        }
        return ["\(heading) \(rooms.count) room\(rooms.count == 1 ? "" : "s"):"] + table.render()
    }
}
