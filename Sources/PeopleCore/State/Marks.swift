import DocSpaceAPI

/// The marked people, in marking order, kept as compact records: a portal may be marked
/// whole (`*`), so a mark must cost tens of bytes, not a copy of a person.
///
/// A mark keeps what the action rules, the confirmation dialogs and the hidden-marks count
/// read of a person, and nothing else: the id (a GUID as 16 bytes), the name and e-mail as
/// UTF-8 in one buffer shared by every mark, the status, activation, type and sign-in flags,
/// whether an authenticator app is set up, the groups and the creator (as places in small
/// tables: a portal has a handful of statuses, some hundred groups and a few inviters).
/// Reading a mark (`subscript`) builds the `Person` back with those fields; the rest (avatar,
/// contacts, quota…) stays empty, as for a list row, because a change reads its people back
/// from the portal anyway.
///
/// Marking and unmarking look the id up in a set; removing one mark moves the records after
/// it (a memory move, not a rebuild). The text of removed marks is dropped once it is half of
/// the buffer.
public struct Marks: Sendable, Equatable, RandomAccessCollection, ExpressibleByArrayLiteral {
    /// One mark without its texts.
    private struct Record: Sendable, Equatable {
        /// The id when it is a GUID (`idCount` is -1).
        var high: UInt64
        var low: UInt64
        var textStart: Int32
        var nameCount: Int32
        /// -1: no e-mail.
        var emailCount: Int32
        /// -1: the id is the GUID in `high` and `low`; else its bytes follow the e-mail.
        var idCount: Int32
        /// The person's groups: `groupCount` places in `groupTable`, from `groupStart` in
        /// `groupPlaces`.
        var groupStart: Int32
        var groupCount: Int32
        /// A place in `creators`; -1: not said.
        var creator: Int32
        /// Places in `statuses` and `activations`.
        var status: Int32
        var activation: Int32
        var flags: PersonRow.Flags
        /// `tfaAppEnabled`: 0 not said, 1 false, 2 true.
        var twoFactor: UInt8
    }

    private typealias GUID = StoredID.GUID

    private var records: [Record] = []
    private var text: [UInt8] = []
    /// Bytes of `text` no record points at any more.
    private var unusedText = 0
    private var groupPlaces: [Int32] = []
    private var unusedGroupPlaces = 0
    private var guids: Set<GUID> = []
    /// Ids that are not GUIDs, as they came.
    private var otherIDs: Set<String> = []
    /// The small tables, and where each value sits in them.
    private var groupTable = ValueTable<PersonGroup>()
    private var creators = CreatorTable()
    private var statuses = ValueTable<EmployeeStatus>()
    private var activations = ValueTable<ActivationStatus>()

    public init() {}

    public init<People: Sequence>(_ people: People) where People.Element == Person {
        append(contentsOf: people)
    }

    /// The people of several `Marks` (pages of `*`) in one, each once, the buffers sized for
    /// them at once rather than grown by doubling.
    init(joining pages: [Marks]) {
        let count = pages.reduce(0) { $0 + $1.count }
        records.reserveCapacity(count)
        guids.reserveCapacity(count)
        text.reserveCapacity(pages.reduce(0) { $0 + $1.text.count - $1.unusedText })
        groupPlaces.reserveCapacity(pages.reduce(0) { $0 + $1.groupPlaces.count - $1.unusedGroupPlaces })
        for page in pages { append(contentsOf: page) }
    }

    public init(arrayLiteral people: Person...) {
        self.init(people)
    }

    // MARK: Collection

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    /// The marked person at a position, as far as the mark knows them.
    public subscript(position: Int) -> Person {
        person(from: records[position])
    }

    // MARK: Looking up

    public func contains(id: String) -> Bool {
        switch StoredID(id) {
        case .guid(let high, let low): guids.contains(GUID(high: high, low: low))
        case .text(let text): otherIDs.contains(text)
        }
    }

    /// Where a marked person is, in marking order.
    public func position(of id: String) -> Int? {
        switch StoredID(id) {
        case .guid(let high, let low):
            guard guids.contains(GUID(high: high, low: low)) else { return nil }
            return records.firstIndex { $0.idCount < 0 && $0.high == high && $0.low == low }
        case .text(let text):
            guard otherIDs.contains(text) else { return nil }
            return records.indices.first { self.id(of: records[$0]) == text }
        }
    }

    /// The marked person with this id, as far as the mark knows them.
    public func person(id: String) -> Person? {
        position(of: id).map { self[$0] }
    }

    /// How many marks pass a test given the id and, only when it asks, the person: most
    /// tests are decided by the id, and building thousands of people would cost more.
    public func count(where test: (String, () -> Person) -> Bool) -> Int {
        var count = 0
        for record in records where test(id(of: record), { person(from: record) }) { count += 1 }
        return count
    }

    /// The first marked person of each kind the action rules tell apart, in marking order:
    /// people alike in the type and sign-in flags, the status, the activation, the
    /// authenticator app, whether they are `me` and whether `me` created them (no creator
    /// said, `me`, someone else: the rules ask only that) are alike to every rule.
    public func firstOfEachKind(me: String) -> [Person] {
        struct Kind: Hashable {
            var flags: PersonRow.Flags
            var status: Int32
            var activation: Int32
            var twoFactor: UInt8
            /// 0: no creator said; 1: `me`; 2: someone else.
            var creator: UInt8
            var isMe: Bool
        }
        let meID = StoredID(me)
        let myPlace = creators.place(ofID: me)
        var seen = Set<Kind>()
        var firsts: [Person] = []
        for record in records {
            let isMe: Bool
            switch meID {
            case .guid(let high, let low): isMe = record.idCount < 0 && record.high == high && record.low == low
            case .text(let text): isMe = record.idCount >= 0 && id(of: record) == text
            }
            let kind = Kind(
                flags: record.flags, status: record.status, activation: record.activation,
                twoFactor: record.twoFactor, creator: record.creator < 0 ? 0 : record.creator == myPlace ? 1 : 2,
                isMe: isMe)
            if seen.insert(kind).inserted { firsts.append(person(from: record)) }
        }
        return firsts
    }

    /// The bytes the buffers and the id sets hold (their capacity), tables aside: what the
    /// marks cost, for the tests and the bench.
    public var storedBytes: Int {
        records.capacity * MemoryLayout<Record>.stride + text.capacity
            + groupPlaces.capacity * MemoryLayout<Int32>.stride
            + guids.capacity * (MemoryLayout<GUID>.stride + 1) + otherIDs.capacity * MemoryLayout<String>.stride
    }

    // MARK: Changing

    /// Marks a person at the end; someone already marked keeps their place.
    public mutating func append(_ person: Person) {
        let stored = StoredID(person.id)
        switch stored {
        case .guid(let high, let low):
            guard guids.insert(GUID(high: high, low: low)).inserted else { return }
        case .text(let id):
            guard otherIDs.insert(id).inserted else { return }
        }
        records.append(record(of: person, id: stored))
    }

    public mutating func append<People: Sequence>(contentsOf people: People) where People.Element == Person {
        // Room for them, grown by doubling: reserving the exact count on every call would
        // copy the records once a call when pages are appended one after another.
        let needed = records.count + people.underestimatedCount
        if needed > records.capacity { records.reserveCapacity(Swift.max(needed, 2 * records.capacity)) }
        for person in people { append(person) }
    }

    /// Unmarks a person; `false` when they were not marked.
    @discardableResult
    public mutating func remove(id: String) -> Bool {
        guard let position = position(of: id) else { return false }
        remove(at: position)
        return true
    }

    public mutating func remove(at position: Int) {
        let record = records.remove(at: position)
        forget(record)
        compactIfWasteful()
    }

    /// Unmarks everyone with one of these ids.
    public mutating func remove(ids: Set<String>) {
        guard !ids.isEmpty else { return }
        var kept: [Record] = []
        kept.reserveCapacity(records.count)
        for record in records {
            if ids.contains(id(of: record)) { forget(record) } else { kept.append(record) }
        }
        records = kept
        compactIfWasteful()
    }

    public mutating func removeAll(where shouldRemove: (Person) throws -> Bool) rethrows {
        var ids = Set<String>()
        for record in records where try shouldRemove(person(from: record)) { ids.insert(id(of: record)) }
        remove(ids: ids)
    }

    /// A newer copy of a marked person replaces the mark (same place); `false` when they are
    /// not marked or the mark already says the same.
    @discardableResult
    public mutating func update(_ person: Person) -> Bool {
        guard let position = position(of: person.id) else { return false }
        let old = records[position]
        let new = record(of: person, id: StoredID(person.id))
        guard self.person(from: old) != self.person(from: new) else {
            dropTail(of: new)
            return false
        }
        unusedText += Self.textCount(of: old)
        unusedGroupPlaces += Int(old.groupCount)
        records[position] = new
        compactIfWasteful()
        return true
    }

    // MARK: Records

    private func id(of record: Record) -> String {
        if record.idCount < 0 { return StoredID.guid(record.high, record.low).string }
        let start = Int(record.textStart) + Int(record.nameCount) + Int(Swift.max(0, record.emailCount))
        return String(decoding: text[start..<start + Int(record.idCount)], as: UTF8.self)
    }

    private func person(from record: Record) -> Person {
        let nameStart = Int(record.textStart)
        let nameEnd = nameStart + Int(record.nameCount)
        let email =
            record.emailCount < 0
            ? nil : String(decoding: text[nameEnd..<nameEnd + Int(record.emailCount)], as: UTF8.self)
        let groupStart = Int(record.groupStart)
        let groups = groupPlaces[groupStart..<groupStart + Int(record.groupCount)].map { groupTable[$0] }
        var person = Person(
            id: id(of: record), displayName: String(decoding: text[nameStart..<nameEnd], as: UTF8.self),
            email: email, status: statuses[record.status], activationStatus: activations[record.activation],
            groups: groups, isOwner: record.flags.contains(.owner), isAdmin: record.flags.contains(.admin),
            isRoomAdmin: record.flags.contains(.roomAdmin), isCollaborator: record.flags.contains(.collaborator),
            isVisitor: record.flags.contains(.visitor), isLDAP: record.flags.contains(.ldap),
            isSSO: record.flags.contains(.sso), createdBy: record.creator < 0 ? nil : creators[record.creator])
        person.tfaAppEnabled = record.twoFactor == 0 ? nil : record.twoFactor == 2
        return person
    }

    /// A record for the person, its texts and group places appended to the buffers.
    private mutating func record(of person: Person, id: StoredID) -> Record {
        let textStart = Int32(clamping: text.count)
        text.append(contentsOf: person.displayName.utf8)
        let nameCount = Int32(clamping: text.count) - textStart
        var emailCount: Int32 = -1
        if let email = person.email {
            text.append(contentsOf: email.utf8)
            emailCount = Int32(clamping: text.count) - textStart - nameCount
        }
        var high: UInt64 = 0
        var low: UInt64 = 0
        var idCount: Int32 = -1
        switch id {
        case .guid(let h, let l):
            (high, low) = (h, l)
        case .text(let other):
            let before = text.count
            text.append(contentsOf: other.utf8)
            idCount = Int32(clamping: text.count - before)
        }
        let groupStart = Int32(clamping: groupPlaces.count)
        for group in person.groups { groupPlaces.append(groupTable.place(of: group)) }
        return Record(
            high: high, low: low, textStart: textStart, nameCount: nameCount, emailCount: emailCount,
            idCount: idCount, groupStart: groupStart, groupCount: Int32(clamping: person.groups.count),
            creator: person.createdBy.map { creators.place(of: $0) } ?? -1,
            status: statuses.place(of: person.status), activation: activations.place(of: person.activationStatus),
            flags: PersonRow.flags(of: person),
            twoFactor: person.tfaAppEnabled.map { $0 ? 2 : 1 } ?? 0)
    }

    /// Takes back the texts and group places of a record just made and not kept (they are
    /// the last ones in the buffers).
    private mutating func dropTail(of record: Record) {
        text.removeSubrange(Int(record.textStart)...)
        groupPlaces.removeSubrange(Int(record.groupStart)...)
    }

    private static func textCount(of record: Record) -> Int {
        Int(record.nameCount) + Int(Swift.max(0, record.emailCount)) + Int(Swift.max(0, record.idCount))
    }

    /// Forgets a removed record's id; its texts become unused.
    private mutating func forget(_ record: Record) {
        if record.idCount < 0 {
            guids.remove(GUID(high: record.high, low: record.low))
        } else {
            otherIDs.remove(id(of: record))
        }
        unusedText += Self.textCount(of: record)
        unusedGroupPlaces += Int(record.groupCount)
    }

    /// Copies the texts and group places still in use into fresh buffers once at least half
    /// of them are unused, so that marking and unmarking for a long time does not grow them.
    private mutating func compactIfWasteful() {
        guard unusedText * 2 > text.count || unusedGroupPlaces * 2 > groupPlaces.count else { return }
        var newText: [UInt8] = []
        newText.reserveCapacity(text.count - unusedText)
        var newPlaces: [Int32] = []
        newPlaces.reserveCapacity(groupPlaces.count - unusedGroupPlaces)
        for index in records.indices {
            let record = records[index]
            let start = Int(record.textStart)
            let newStart = Int32(clamping: newText.count)
            newText.append(contentsOf: text[start..<start + Self.textCount(of: record)])
            let groupStart = Int(record.groupStart)
            let newGroupStart = Int32(clamping: newPlaces.count)
            newPlaces.append(contentsOf: groupPlaces[groupStart..<groupStart + Int(record.groupCount)])
            records[index].textStart = newStart
            records[index].groupStart = newGroupStart
        }
        text = newText
        groupPlaces = newPlaces
        unusedText = 0
        unusedGroupPlaces = 0
    }
}

/// Distinct values and their places, for values many marks share (a status, a group, an
/// inviter): a mark keeps the place, four bytes, instead of the value.
private struct ValueTable<Value: Hashable & Sendable>: Sendable, Equatable {
    private var values: [Value] = []
    private var places: [Value: Int32] = [:]

    subscript(place: Int32) -> Value { values[Int(place)] }

    mutating func place(of value: Value) -> Int32 {
        if let place = places[value] { return place }
        let place = Int32(clamping: values.count)
        values.append(value)
        places[value] = place
        return place
    }
}

/// The creators marks name, each once by id, with only what the rules read of them (the id
/// and the name; not the avatar and profile addresses the portal sends along).
private struct CreatorTable: Sendable, Equatable {
    private var creators: [PersonSummary] = []
    private var places: [String: Int32] = [:]

    subscript(place: Int32) -> PersonSummary { creators[Int(place)] }

    /// Where the creator with this id is; -1 when no mark names them.
    func place(ofID id: String) -> Int32 { places[id] ?? -1 }

    mutating func place(of creator: PersonSummary) -> Int32 {
        if let place = places[creator.id] { return place }
        let place = Int32(clamping: creators.count)
        creators.append(PersonSummary(id: creator.id, displayName: creator.displayName))
        places[creator.id] = place
        return place
    }
}
