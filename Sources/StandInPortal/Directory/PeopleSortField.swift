/// The `sortBy` values the real server knows (`SortType`), matched case-insensitively;
/// anything else sorts by first name, as the server does.
enum PeopleSortField: String, Sendable, Hashable, CaseIterable {
    case firstName = "firstname"
    case lastName = "lastname"
    case type
    case email
    case department
    case usedSpace = "usedspace"
    case createdBy = "createdby"
    case registrationDate = "registrationdate"

    init(query: String?) {
        guard let query else {
            self = .firstName
            return
        }
        let lowered = query.lowercased()
        // `DisplayName` maps to first or last name by culture; the stand-in's culture is en.
        if lowered == "displayname" {
            self = .firstName
            return
        }
        self = PeopleSortField(rawValue: lowered) ?? .firstName
    }
}

/// A sort field and direction: what a listing's order depends on.
struct PeopleOrder: Sendable, Hashable {
    var field: PeopleSortField
    var descending: Bool
}
