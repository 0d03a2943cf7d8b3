/// The rooms listing (`products/ASC.Files/Server/Api/VirtualRoomsController.cs`, `GetRoomsFolder`).
extension Endpoint {
    /// `GET files/rooms?subjectId=&subjectFilter=&startIndex=&count=`: the active rooms
    /// (`searchArea` left out is Active), see `RoomQuery` for what the filter means.
    static func rooms(_ query: RoomQuery) -> Endpoint {
        let filter =
            switch query.relation {
            case .owner: "0"
            case .member: "1"
            }
        return .get(
            "files/rooms",
            query: [
                QueryItem(name: "subjectId", value: query.personID),
                QueryItem(name: "subjectFilter", value: filter),
                QueryItem(name: "startIndex", value: String(query.startIndex)),
                QueryItem(name: "count", value: String(query.count)),
            ])
    }
}
