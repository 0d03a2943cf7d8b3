/// A list of people in `response`: the wire's plain array, or the `{items, total}` object
/// that ONLYOFFICE's web mocks use (their client builds it after receiving the wire array).
struct PeopleList: Decodable {
    var people: [Person]
    var total: Int?

    private enum Key: String, CodingKey { case items, total }

    init(people: [Person], total: Int?) {
        self.people = people
        self.total = total
    }

    init(from decoder: any Decoder) throws {
        if (try? decoder.unkeyedContainer()) != nil {
            people = try decoder.singleValueContainer().decode([Person].self)
            total = nil
        } else {
            let c = try decoder.container(keyedBy: Key.self)
            people = try c.decode([Person].self, forKey: .items)
            total = c.lenientInt(.total)
        }
    }
}
