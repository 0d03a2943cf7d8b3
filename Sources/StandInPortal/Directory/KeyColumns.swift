/// The directory's lower-cased keys as columns indexed by slot. Sorting compares `String`s
/// (the standard library's comparison is fast even in a debug build); the text filter
/// searches bytes: first + "\n" + last + "\n" + e-mail, so a term matches if any of the
/// three contains it, and no term can contain the separator.
struct KeyColumns: Sendable {
    private(set) var firstName: [String] = []
    private(set) var lastName: [String] = []
    private(set) var email: [String] = []
    private(set) var text: [[UInt8]] = []
    private(set) var isLive: [Bool] = []

    mutating func reserveCapacity(_ count: Int) {
        firstName.reserveCapacity(count)
        lastName.reserveCapacity(count)
        email.reserveCapacity(count)
        text.reserveCapacity(count)
        isLive.reserveCapacity(count)
    }

    mutating func append(_ person: PortalPerson) {
        firstName.append("")
        lastName.append("")
        email.append("")
        text.append([])
        isLive.append(false)
        set(firstName.count - 1, person)
    }

    mutating func set(_ slot: Int, _ person: PortalPerson) {
        firstName[slot] = person.firstName.lowercased()
        lastName[slot] = person.lastName.lowercased()
        email[slot] = person.email.lowercased()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(firstName[slot].utf8.count + lastName[slot].utf8.count + email[slot].utf8.count + 2)
        bytes.append(contentsOf: firstName[slot].utf8)
        bytes.append(0x0A)
        bytes.append(contentsOf: lastName[slot].utf8)
        bytes.append(0x0A)
        bytes.append(contentsOf: email[slot].utf8)
        text[slot] = bytes
        isLive[slot] = true
    }

    mutating func clear(_ slot: Int) {
        firstName[slot] = ""
        lastName[slot] = ""
        email[slot] = ""
        text[slot] = []
        isLive[slot] = false
    }

    /// Dense ascending ranks of a slot-indexed column: equal values share a rank, and only
    /// the distinct values are sorted.
    func ranks<Value: Hashable & Comparable>(of column: [Value]) -> [Int] {
        var distinct = Set<Value>()
        for slot in isLive.indices where isLive[slot] { distinct.insert(column[slot]) }
        var rankOf: [Value: Int] = [:]
        rankOf.reserveCapacity(distinct.count)
        for (rank, value) in distinct.sorted().enumerated() { rankOf[value] = rank }
        return column.indices.map { isLive[$0] ? rankOf[column[$0]]! : 0 }
    }
}
