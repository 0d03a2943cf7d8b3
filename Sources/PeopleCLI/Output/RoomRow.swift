import DocSpaceAPI
import Foundation

/// One line of `rooms --json`/`--csv`: the person's relation to the room, then the room.
struct RoomRow: Encodable, Equatable {
    /// `owner` or `member`.
    var relation: String
    var id: String
    var title: String
    var type: Int
    var typeName: String
    var ownerID: String
    var ownerName: String
    var created: String?

    init(relation: String, room: Room) {
        self.relation = relation
        id = room.id
        title = room.title
        type = room.type.number
        typeName = room.type.title
        ownerID = room.ownerID
        ownerName = room.ownerName
        created = room.created?.text
    }

    static func json(_ rows: [RoomRow]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(rows) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    static func csv(_ rows: [RoomRow]) -> String {
        let header = CSV.line(["relation", "id", "title", "type", "owner id", "owner name", "created"])
        let lines = rows.map {
            CSV.line([$0.relation, $0.id, $0.title, $0.typeName, $0.ownerID, $0.ownerName, $0.created ?? ""])
        }
        return ([header] + lines).joined(separator: "\n")
    }
}
