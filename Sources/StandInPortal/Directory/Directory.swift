/// The in-memory directory: people, groups, indexes by id / e-mail / user name, and cached
/// orderings, so that at 100,000 people a page request neither sorts nor scans the strings
/// again: each sort field's order is computed once per change (generation), and the matches
/// of the last filter are kept for the next page.
struct Directory: Sendable {
    private var slots: [PortalPerson?] = []
    private var keys: [SearchKeys?] = []
    private var slotByID: [String: Int] = [:]
    private var slotByEmail: [String: Int] = [:]
    private var slotByUserName: [String: Int] = [:]
    private var groupsByID: [String: PortalGroup] = [:]
    private(set) var groupOrder: [String] = []
    /// Bumped by every change; caches remember the generation they were built for.
    private(set) var generation = 0
    private var sortedSlots: [PeopleSortField: [Int]] = [:]
    private var sortedGeneration = -1
    private var lastMatches: (key: MatchKey, generation: Int, slots: [Int])?
    private(set) var count = 0
    private(set) var ownerID = ""

    private struct MatchKey: Hashable {
        var filter: PeopleFilter
        var sort: PeopleSortField
    }

    init() {}

    // MARK: Groups

    @discardableResult
    mutating func addGroup(_ group: PortalGroup) -> String {
        if groupsByID[group.id] == nil { groupOrder.append(group.id) }
        groupsByID[group.id] = group
        generation += 1
        return group.id
    }

    func group(id: String) -> PortalGroup? { groupsByID[id] }

    func group(named name: String) -> PortalGroup? {
        groupOrder.lazy.compactMap { groupsByID[$0] }.first { $0.name == name }
    }

    var groups: [PortalGroup] { groupOrder.compactMap { groupsByID[$0] } }

    /// The person's groups in directory order.
    func groups(of person: PortalPerson) -> [PortalGroup] {
        person.groupIDs.compactMap { groupsByID[$0] }
    }

    /// Comma-joined group names, before HTML encoding; `""` without groups.
    func department(of person: PortalPerson) -> String {
        groups(of: person).map(\.name).joined(separator: ", ")
    }

    // MARK: People

    var people: [PortalPerson] { slots.compactMap { $0 } }

    func person(id: String) -> PortalPerson? {
        slotByID[id.lowercased()].flatMap { slots[$0] }
    }

    func person(email: String) -> PortalPerson? {
        slotByEmail[email.lowercased()].flatMap { slots[$0] }
    }

    func person(userName: String) -> PortalPerson? {
        slotByUserName[userName.lowercased()].flatMap { slots[$0] }
    }

    /// `{userid}` routes take a GUID or a user name.
    func person(idOrUserName: String) -> PortalPerson? {
        if let normalized = GUID.normalize(idOrUserName), let person = person(id: normalized) {
            return person
        }
        return person(userName: idOrUserName)
    }

    var owner: PortalPerson? { person(id: ownerID) }

    mutating func insert(_ person: PortalPerson) {
        precondition(slotByID[person.id] == nil, "duplicate id")
        let slot = slots.count
        slots.append(person)
        keys.append(SearchKeys(person: person, department: department(of: person)))
        slotByID[person.id] = slot
        slotByEmail[person.email.lowercased()] = slot
        slotByUserName[person.userName.lowercased()] = slot
        if person.isOwner { ownerID = person.id }
        count += 1
        generation += 1
    }

    /// Applies `change` to the person and refreshes indexes and keys.
    @discardableResult
    mutating func update(_ id: String, _ change: (inout PortalPerson) -> Void) -> PortalPerson? {
        guard let slot = slotByID[id.lowercased()], var person = slots[slot] else { return nil }
        let oldEmail = person.email.lowercased(), oldUserName = person.userName.lowercased()
        change(&person)
        person.id = slots[slot]!.id
        if person.email.lowercased() != oldEmail {
            slotByEmail[oldEmail] = nil
            slotByEmail[person.email.lowercased()] = slot
        }
        if person.userName.lowercased() != oldUserName {
            slotByUserName[oldUserName] = nil
            slotByUserName[person.userName.lowercased()] = slot
        }
        slots[slot] = person
        keys[slot] = SearchKeys(person: person, department: department(of: person))
        generation += 1
        return person
    }

    @discardableResult
    mutating func remove(_ id: String) -> PortalPerson? {
        guard let slot = slotByID[id.lowercased()], let person = slots[slot] else { return nil }
        slots[slot] = nil
        keys[slot] = nil
        slotByID[person.id] = nil
        slotByEmail[person.email.lowercased()] = nil
        slotByUserName[person.userName.lowercased()] = nil
        count -= 1
        generation += 1
        return person
    }

    /// The local part of the e-mail, made unique with a number (`jane.doe`, `jane.doe1`…),
    /// as `UserManagerWrapper` does.
    func uniqueUserName(for email: String) -> String {
        let local = String(email.split(separator: "@").first ?? Substring(email)).lowercased()
        var candidate = local
        var suffix = 1
        while slotByUserName[candidate] != nil {
            candidate = "\(local)\(suffix)"
            suffix += 1
        }
        return candidate
    }

    /// People in paid seats (DocSpace admins and room admins who are not terminated).
    var paidSeatsInUse: Int {
        slots.reduce(0) { $0 + (($1.map { $0.type.isPaid && $0.status != .terminated } ?? false) ? 1 : 0) }
    }

    // MARK: Listing

    /// One page of the people matching `filter`, in `sort` order, and the number of matches.
    mutating func page(filter: PeopleFilter, sort: PeopleSortField, descending: Bool,
                       startIndex: Int, count pageSize: Int) -> (people: [PortalPerson], total: Int) {
        let matches = matchingSlots(filter: filter, sort: sort)
        let total = matches.count
        let start = max(0, startIndex)
        guard start < total else { return ([], total) }
        let end = min(total, start + max(0, pageSize))
        let people = (start..<end).map { index in
            slots[descending ? matches[total - 1 - index] : matches[index]]!
        }
        return (people, total)
    }

    /// All matches in `sort` order (for the unpaged search routes).
    mutating func all(filter: PeopleFilter, sort: PeopleSortField = .firstName) -> [PortalPerson] {
        matchingSlots(filter: filter, sort: sort).map { slots[$0]! }
    }

    private mutating func matchingSlots(filter: PeopleFilter, sort: PeopleSortField) -> [Int] {
        let key = MatchKey(filter: filter, sort: sort)
        if let cached = lastMatches, cached.generation == generation, cached.key == key {
            return cached.slots
        }
        let ordered = orderedSlots(by: sort)
        var matches: [Int] = []
        for slot in ordered {
            if let person = slots[slot], let personKeys = keys[slot], filter.matches(person, keys: personKeys) {
                matches.append(slot)
            }
        }
        lastMatches = (key, generation, matches)
        return matches
    }

    private mutating func orderedSlots(by field: PeopleSortField) -> [Int] {
        if sortedGeneration != generation {
            sortedSlots.removeAll(keepingCapacity: true)
            sortedGeneration = generation
        }
        if let cached = sortedSlots[field] { return cached }
        let keys = self.keys
        let slots = self.slots
        var live = slots.indices.filter { slots[$0] != nil }
        let byName: (Int, Int) -> Int = { a, b in
            let first = ByteText.compare(keys[a]!.firstName, keys[b]!.firstName)
            if first != 0 { return first }
            let last = ByteText.compare(keys[a]!.lastName, keys[b]!.lastName)
            if last != 0 { return last }
            return slots[a]!.id < slots[b]!.id ? -1 : (slots[a]!.id == slots[b]!.id ? 0 : 1)
        }
        switch field {
        case .firstName:
            live.sort { byName($0, $1) < 0 }
        case .lastName:
            live.sort {
                let c = ByteText.compare(keys[$0]!.lastName, keys[$1]!.lastName)
                return c != 0 ? c < 0 : byName($0, $1) < 0
            }
        case .email:
            live.sort { ByteText.compare(keys[$0]!.email, keys[$1]!.email) < 0 }
        case .department:
            live.sort {
                let c = ByteText.compare(keys[$0]!.department, keys[$1]!.department)
                return c != 0 ? c < 0 : byName($0, $1) < 0
            }
        case .type:
            func rank(_ p: PortalPerson) -> Int { p.isOwner ? 0 : 4 - p.type.rank }
            live.sort {
                let (ra, rb) = (rank(slots[$0]!), rank(slots[$1]!))
                return ra != rb ? ra < rb : byName($0, $1) < 0
            }
        case .usedSpace:
            live.sort {
                let (a, b) = (slots[$0]!.usedSpace, slots[$1]!.usedSpace)
                return a != b ? a < b : byName($0, $1) < 0
            }
        case .registrationDate:
            live.sort {
                let (a, b) = (slots[$0]!.registrationDate, slots[$1]!.registrationDate)
                return a != b ? a < b : byName($0, $1) < 0
            }
        case .createdBy:
            var creatorKey: [Int: [UInt8]] = [:]
            for slot in live {
                let creator = slots[slot]!.createdBy.flatMap { slotByID[$0] }.flatMap { keys[$0]?.firstName } ?? []
                creatorKey[slot] = creator
            }
            live.sort {
                let c = ByteText.compare(creatorKey[$0]!, creatorKey[$1]!)
                return c != 0 ? c < 0 : byName($0, $1) < 0
            }
        }
        sortedSlots[field] = live
        return live
    }
}
