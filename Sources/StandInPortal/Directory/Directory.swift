/// The in-memory directory: people, groups, indexes by id / e-mail / user name, and cached
/// orderings, so that at 100,000 people a page request neither sorts nor scans the strings
/// again: each sort field's order is computed once per change (generation), and the matches
/// of the last filter are kept for the next page.
struct Directory: Sendable {
    private var slots: [PortalPerson?] = []
    /// Lower-cased sort and search keys, one column per field, indexed by slot: sorting and
    /// filtering 100,000 people read these arrays instead of copying whole people.
    private var keys = KeyColumns()
    private var slotByID: [String: Int] = [:]
    private var slotByEmail: [String: Int] = [:]
    private var slotByUserName: [String: Int] = [:]
    private var groupsByID: [String: PortalGroup] = [:]
    private(set) var groupOrder: [String] = []
    /// Bumped by every change; caches remember the generation they were built for.
    private(set) var generation = 0
    private var sortedSlots: [PeopleOrder: [Int]] = [:]
    private var sortedGeneration = -1
    private var lastMatches: (key: MatchKey, generation: Int, slots: [Int])?
    private(set) var count = 0
    private(set) var ownerID = ""

    private struct MatchKey: Hashable {
        var filter: PeopleFilter
        var order: PeopleOrder
    }

    init() {}

    /// Makes room for `count` people up front (the demo builder knows how many).
    mutating func reserveCapacity(_ count: Int) {
        slots.reserveCapacity(count)
        keys.reserveCapacity(count)
        slotByID.reserveCapacity(count)
        slotByEmail.reserveCapacity(count)
        slotByUserName.reserveCapacity(count)
    }

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

    /// Applies `change` to the group (its id stays).
    mutating func updateGroup(_ id: String, _ change: (inout PortalGroup) -> Void) {
        guard var group = groupsByID[id] else { return }
        change(&group)
        group.id = id
        groupsByID[id] = group
        generation += 1
    }

    /// Removes the group and every membership in it (`DbUserService.RemoveGroupAsync` marks
    /// the group and its user-group rows removed); the people stay.
    mutating func removeGroup(_ id: String) {
        guard groupsByID.removeValue(forKey: id) != nil else { return }
        groupOrder.removeAll { $0 == id }
        for slot in slots.indices where slots[slot]?.groupIDs.contains(id) == true {
            slots[slot]?.groupIDs.removeAll { $0 == id }
        }
        generation += 1
    }

    /// The members of each group in one pass over the people, in directory order.
    func membersByGroup() -> [String: [PortalPerson]] {
        var members: [String: [PortalPerson]] = [:]
        for case let person? in slots {
            for id in person.groupIDs { members[id, default: []].append(person) }
        }
        return members
    }

    /// The person's groups in directory order.
    func groups(of person: PortalPerson) -> [PortalGroup] {
        person.groupIDs.compactMap { groupsByID[$0] }
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
        keys.append(person)
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
        let oldEmail = person.email.lowercased()
        let oldUserName = person.userName.lowercased()
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
        keys.set(slot, person)
        generation += 1
        return person
    }

    @discardableResult
    mutating func remove(_ id: String) -> PortalPerson? {
        guard let slot = slotByID[id.lowercased()], let person = slots[slot] else { return nil }
        slots[slot] = nil
        keys.clear(slot)
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
        uniqueUserName(localPart: String(email.split(separator: "@", maxSplits: 1).first ?? "").lowercased())
    }

    /// `uniqueUserName(for:)` for a lower-case local part already at hand.
    func uniqueUserName(localPart local: String) -> String {
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

    /// Guests who are not terminated (`CountUserStatistic`: the Guest group, Active|Pending).
    var guestsInUse: Int {
        slots.reduce(0) { $0 + (($1.map { $0.type == .guest && $0.status != .terminated } ?? false) ? 1 : 0) }
    }

    // MARK: Listing

    /// One page of the people matching `filter`, in `sort` order, and the number of matches.
    mutating func page(
        filter: PeopleFilter, sort: PeopleSortField, descending: Bool,
        startIndex: Int, count pageSize: Int
    ) -> (people: [PortalPerson], total: Int) {
        let matches = matchingSlots(filter: filter, order: PeopleOrder(field: sort, descending: descending))
        let total = matches.count
        let start = max(0, startIndex)
        guard start < total else { return ([], total) }
        let end = min(total, start + max(0, pageSize))
        return (matches[start..<end].map { slots[$0]! }, total)
    }

    /// All matches in ascending `sort` order (for the unpaged search routes).
    mutating func all(filter: PeopleFilter, sort: PeopleSortField = .firstName) -> [PortalPerson] {
        matchingSlots(filter: filter, order: PeopleOrder(field: sort, descending: false)).map { slots[$0]! }
    }

    private mutating func matchingSlots(filter: PeopleFilter, order: PeopleOrder) -> [Int] {
        let key = MatchKey(filter: filter, order: order)
        if let cached = lastMatches, cached.generation == generation, cached.key == key {
            return cached.slots
        }
        let ordered = orderedSlots(by: order)
        var matches: [Int] = []
        if filter == PeopleFilter() {
            matches = ordered
        } else {
            // `matches` borrows each person in place: binding them to a local would copy
            // every person of a 100,000-people directory.
            for slot in ordered where filter.matches(slots[slot], text: keys.text[slot]) {
                matches.append(slot)
            }
        }
        lastMatches = (key, generation, matches)
        return matches
    }

    /// The live slots in `order`, as `DbUserService.GetUsers` sorts them:
    /// - first/last name: Active, then Pending (by e-mail, as they have no name yet), then
    ///   Terminated; descending reverses the names within each group, never the groups;
    /// - department: by the number of groups the person is in, then first name (descending
    ///   reverses both);
    /// - type: owner, DocSpace admins, room admins, users, guests, then first name;
    ///   descending reverses the types only, first names stay ascending;
    /// - e-mail, used space, registration date, creator's first name: one key, so
    ///   descending is the ascending order reversed.
    /// Strings are compared once per *distinct* value (there are far fewer first names
    /// than people) and each person then sorts by packed integer ranks: fast even
    /// unoptimized, and independent of how costly Unicode string comparison is.
    private mutating func orderedSlots(by order: PeopleOrder) -> [Int] {
        if sortedGeneration != generation {
            sortedSlots.removeAll(keepingCapacity: true)
            sortedGeneration = generation
        }
        if let cached = sortedSlots[order] { return cached }
        let keys = self.keys
        let descending = order.descending
        let ordered: [Int]
        switch order.field {
        case .firstName:
            ordered = packedOrder(statusGrouped(keys.firstName, descending: descending), keys.ranks(of: keys.lastName))
        case .lastName:
            ordered = packedOrder(statusGrouped(keys.lastName, descending: descending), keys.ranks(of: keys.firstName))
        case .department:
            let groupCounts = slots.map { $0?.groupIDs.count ?? 0 }
            let ascending = packedOrder(groupCounts, keys.ranks(of: keys.firstName))
            ordered = descending ? ascending.reversed() : ascending
        case .type:
            let typeOrder = slots.map { $0.map { $0.isOwner ? 0 : 4 - $0.type.rank } ?? 0 }
            ordered = packedOrder(descending ? typeOrder.map { 4 - $0 } : typeOrder, keys.ranks(of: keys.firstName))
        case .email:
            // E-mails are unique, so there are no ties and no distinct values to share.
            var live = keys.isLive.indices.filter { keys.isLive[$0] }
            live.sort { keys.email[$0] < keys.email[$1] }
            ordered = descending ? live.reversed() : live
        case .createdBy:
            let creatorNames = slots.map { person in
                person?.createdBy.flatMap { slotByID[$0] }.map { keys.firstName[$0] } ?? ""
            }
            let ascending = packedOrder(keys.ranks(of: creatorNames), nameRanks())
            ordered = descending ? ascending.reversed() : ascending
        case .usedSpace:
            let ascending = sortedByNumber(slots.map { $0?.usedSpace ?? 0 })
            ordered = descending ? ascending.reversed() : ascending
        case .registrationDate:
            let ascending = sortedByNumber(slots.map { Double($0?.registrationDate.ticks ?? 0) })
            ordered = descending ? ascending.reversed() : ascending
        }
        sortedSlots[order] = ordered
        return ordered
    }

    /// The status group (Active 0, Pending 1, Terminated 2) and, within it, the rank of
    /// `names` (the e-mail for pending people), as one slot-indexed primary key.
    private func statusGrouped(_ names: [String], descending: Bool) -> [Int] {
        let sortNames = slots.indices.map { slot in
            slots[slot].map { $0.status == .pending ? keys.email[slot] : names[slot] } ?? ""
        }
        let ranks = keys.ranks(of: sortNames)
        let span = (ranks.max() ?? 0) + 1
        return slots.indices.map { slot in
            guard let person = slots[slot] else { return 0 }
            let group =
                switch person.status {
                case .active: 0
                case .pending: 1
                case .terminated: 2
                }
            return group * span + (descending ? span - 1 - ranks[slot] : ranks[slot])
        }
    }

    /// Each live slot's position in first-name order: the tie-breaker of the other orders.
    private mutating func nameRanks() -> [Int] {
        var rank = [Int](repeating: 0, count: slots.count)
        for (position, slot) in orderedSlots(by: PeopleOrder(field: .firstName, descending: false)).enumerated() {
            rank[slot] = position
        }
        return rank
    }

    /// Live slots ordered by a slot-indexed number, ties in first-name order.
    private mutating func sortedByNumber(_ values: [Double]) -> [Int] {
        let rank = nameRanks()
        var live = keys.isLive.indices.filter { keys.isLive[$0] }
        live.sort { values[$0] != values[$1] ? values[$0] < values[$1] : rank[$0] < rank[$1] }
        return live
    }

    private static let rankBits = 21
    private static let rankMask = (1 << rankBits) - 1

    /// Live slots ordered by (primary, secondary, slot), all slot-indexed ranks below 2²¹,
    /// packed into one integer per person so the sort compares plain integers.
    private func packedOrder(_ primary: [Int], _ secondary: [Int]) -> [Int] {
        let live = keys.isLive.indices.filter { keys.isLive[$0] }
        guard slots.count <= Self.rankMask, (primary.max() ?? 0) <= Self.rankMask,
            (secondary.max() ?? 0) <= Self.rankMask
        else {
            return live.sorted { (primary[$0], secondary[$0], $0) < (primary[$1], secondary[$1], $1) }
        }
        var packed = live.map { primary[$0] << (2 * Self.rankBits) | secondary[$0] << Self.rankBits | $0 }
        packed.sort()
        return packed.map { $0 & Self.rankMask }
    }
}
