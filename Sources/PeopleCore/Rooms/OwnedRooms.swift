import DocSpaceAPI

/// How many rooms one person owns and the first of them, or why that is not known: the
/// answer for a confirmation that may take rooms away from their owner.
public enum OwnedRooms: Sendable, Equatable {
    case known(id: String, total: Int, first: [Room])
    case failed(id: String, DocSpaceError)

    public var id: String {
        switch self {
        case .known(let id, _, _), .failed(let id, _): id
        }
    }
}
