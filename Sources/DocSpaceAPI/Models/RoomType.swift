/// `RoomType` (`ASC.Files.Core.ApiModels.RequestDto.RoomType`), sent as its number. A number
/// this client does not know is kept, so a newer server's room is still listed.
public enum RoomType: Sendable, Hashable {
    case fillingForms
    case collaboration
    case custom
    case publicRoom
    case virtualData
    case ai
    case other(Int)

    public init(number: Int) {
        switch number {
        case 1: self = .fillingForms
        case 2: self = .collaboration
        case 5: self = .custom
        case 6: self = .publicRoom
        case 8: self = .virtualData
        case 9: self = .ai
        default: self = .other(number)
        }
    }

    public var number: Int {
        switch self {
        case .fillingForms: 1
        case .collaboration: 2
        case .custom: 5
        case .publicRoom: 6
        case .virtualData: 8
        case .ai: 9
        case .other(let n): n
        }
    }

    /// The web client's words for the kind (`RoomType`'s descriptions).
    public var title: String {
        switch self {
        case .fillingForms: "Form filling room"
        case .collaboration: "Collaboration room"
        case .custom: "Custom room"
        case .publicRoom: "Public room"
        case .virtualData: "Virtual data room"
        case .ai: "AI room"
        case .other(let n): "Room type \(n)"
        }
    }
}
