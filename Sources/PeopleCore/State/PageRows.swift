import DocSpaceAPI

/// One page's worth of positions in the listing: the rows loaded there and their search keys,
/// each kind packed in one buffer.
///
/// A row is kept as a fixed-size record (the id as a `StoredID`, the status and flags) whose
/// name and e-mail sit as UTF-8 in one buffer and whose key sits in another: no heap object
/// per person, so 100,000 rows cost a few megabytes instead of three strings each.
/// `subscript` builds the `PersonRow` back, for the few rows a frame draws.
///
/// `PeopleList` is split by page for two reasons. The state is copied (the search keeps a
/// snapshot of the list, the terminal loop keeps the state it last drew), and a copied array
/// is copied whole on its next change: split by page, a new page or a refreshed person copies
/// one page, not 100,000 rows. And the local filter runs over a page's keys inside a single
/// buffer access, without touching a reference count per row.
struct PageRows: Sendable, Equatable {
    /// Where a row's key sits in `keys`.
    struct KeySpan: Sendable, Equatable {
        var start: Int32 = 0
        var count: Int32 = 0
    }

    /// A row with its key, to move it to another page (when someone is deleted the rows
    /// after them move up one position).
    struct Entry: Sendable {
        var row: PersonRow
        var key: [UInt8]
    }

    /// A row without its texts, in 48 bytes — as many as before the storage, inviter and
    /// registered columns came: the status and activation take a byte each, the day two, and
    /// a free slot is a record whose `nameCount` is -1, not an optional (8 bytes more a row).
    /// The name, the e-mail and an id that is not a GUID
    /// are in `text`, back to back from `textStart`; the status and the activation are
    /// places in the page's tables of the ones its rows have (a handful), and so is the first
    /// group's name.
    private struct Record: Sendable, Equatable {
        /// The id when it is a GUID (`idCount` is -1).
        var high: UInt64
        var low: UInt64
        var textStart: Int32
        /// -1: no row in this slot.
        var nameCount: Int32
        /// -1: no e-mail.
        var emailCount: Int32
        /// -1: the id is the GUID in `high` and `low`; else the id's bytes follow the e-mail.
        var idCount: Int32
        /// The used space; -1: not said (not NaN, which would make a page unequal to itself).
        var usedSpace: Float
        var flags: PersonRow.Flags
        /// How many groups, up to 255 (the column says "+N"; nobody is in 255 groups).
        var groupCount: UInt8
        var status: UInt8
        var activation: UInt8
        /// The first group's name: a place in the page's table of them (a page's people
        /// share a handful of departments).
        var group: UInt16
        /// The storage limit and the inviter's name: places in the page's tables of them (a
        /// portal has a few limits, and a page's people a few inviters).
        var quotaLimit: UInt16
        var inviter: UInt16
        /// Days since 1970-01-01 (up to the year 2149); 0: not said.
        var registeredDay: UInt16

        static let free = Record(
            high: 0, low: 0, textStart: 0, nameCount: -1, emailCount: -1, idCount: -1, usedSpace: -1, flags: [],
            groupCount: 0, status: 0, activation: 0, group: 0, quotaLimit: 0, inviter: 0, registeredDay: 0)

        var textCount: Int { Int(nameCount) + Int(max(0, emailCount)) + Int(max(0, idCount)) }
    }

    private var records: [Record]
    /// A row's bytes in `records` (the bench's 100,000 rows are 100,000 of these).
    static var recordStride: Int { MemoryLayout<Record>.stride }
    private var spans: [KeySpan]
    /// The keys, back to back, apart from the texts: the local filter reads only these.
    private var keys: [UInt8] = []
    /// The names, e-mails and ids that are no GUIDs, back to back.
    private var text: [UInt8] = []
    /// The statuses, activations and first groups the rows refer to.
    private var statuses: [EmployeeStatus] = []
    private var activations: [ActivationStatus] = []
    private var groupNames: [String?] = []
    private var quotaLimits: [Int64?] = []
    private var inviters: [String?] = []
    /// The bytes of `keys` and `text` that loaded rows use; a replaced row's old bytes stay
    /// until the buffers are compacted.
    private var liveKeyBytes = 0
    private var liveTextBytes = 0
    /// Rows that are not `nil`.
    private(set) var loadedCount = 0

    init(capacity: Int) {
        records = Array(repeating: .free, count: capacity)
        spans = Array(repeating: KeySpan(), count: capacity)
    }

    var capacity: Int { records.count }

    /// The record in a slot, `nil` when the slot is free.
    private func record(at slot: Int) -> Record? {
        let record = records[slot]
        return record.nameCount < 0 ? nil : record
    }

    subscript(slot: Int) -> PersonRow? {
        guard let record = record(at: slot) else { return nil }
        return text.withUnsafeBufferPointer { text in
            let start = Int(record.textStart)
            let nameEnd = start + Int(record.nameCount)
            let emailEnd = nameEnd + Int(max(0, record.emailCount))
            let name = String(decoding: UnsafeBufferPointer(rebasing: text[start..<nameEnd]), as: UTF8.self)
            let email =
                record.emailCount < 0
                ? nil : String(decoding: UnsafeBufferPointer(rebasing: text[nameEnd..<emailEnd]), as: UTF8.self)
            return PersonRow(
                id: Self.id(of: record, in: text).string, displayName: name, email: email,
                status: statuses[Int(record.status)], activationStatus: activations[Int(record.activation)],
                firstGroup: groupNames[Int(record.group)], groupCount: Int(record.groupCount),
                extra: PersonRow.Extra(
                    usedSpace: record.usedSpace < 0 ? nil : record.usedSpace,
                    quotaLimit: quotaLimits[Int(record.quotaLimit)], inviter: inviters[Int(record.inviter)],
                    registeredDay: record.registeredDay == 0 ? nil : Self.yyyymmdd(days: record.registeredDay)),
                flags: record.flags)
        }
    }

    private static func id(of record: Record, in text: UnsafeBufferPointer<UInt8>) -> StoredID {
        guard record.idCount >= 0 else { return .guid(record.high, record.low) }
        let start = Int(record.textStart) + Int(record.nameCount) + Int(max(0, record.emailCount))
        return .text(
            String(decoding: UnsafeBufferPointer(rebasing: text[start..<start + Int(record.idCount)]), as: UTF8.self))
    }

    /// Whether a row is loaded at `slot`.
    func isLoaded(_ slot: Int) -> Bool { records[slot].nameCount >= 0 }

    /// The id of the row at `slot`, as stored.
    func storedID(at slot: Int) -> StoredID? {
        guard let record = record(at: slot) else { return nil }
        return text.withUnsafeBufferPointer { Self.id(of: record, in: $0) }
    }

    func entry(at slot: Int) -> Entry? {
        guard let row = self[slot] else { return nil }
        return Entry(row: row, key: key(at: slot))
    }

    private func key(at slot: Int) -> [UInt8] {
        let span = spans[slot]
        return Array(keys[Int(span.start)..<Int(span.start + span.count)])
    }

    /// Puts a row and its search key (`SearchKey`) in a slot.
    mutating func set(_ row: PersonRow, key: [UInt8], at slot: Int) {
        if statuses.count >= Int(UInt8.max) || activations.count >= Int(UInt8.max)
            || groupNames.count >= Int(UInt16.max) || quotaLimits.count >= Int(UInt16.max)
            || inviters.count >= Int(UInt16.max)
        {
            compact()
        }
        let textStart = text.count
        text.append(contentsOf: row.displayName.utf8)
        let nameCount = text.count - textStart
        var emailCount = -1
        if let email = row.email {
            text.append(contentsOf: email.utf8)
            emailCount = text.count - textStart - nameCount
        }
        var high: UInt64 = 0
        var low: UInt64 = 0
        var idCount = -1
        switch StoredID(row.id) {
        case .guid(let h, let l):
            (high, low) = (h, l)
        case .text(let id):
            let idStart = text.count
            text.append(contentsOf: id.utf8)
            idCount = text.count - idStart
        }
        let keyStart = keys.count
        keys.append(contentsOf: key)
        let record = Record(
            high: high, low: low, textStart: Int32(textStart), nameCount: Int32(nameCount),
            emailCount: Int32(emailCount), idCount: Int32(idCount),
            usedSpace: row.extra.usedSpace ?? -1, flags: row.flags,
            groupCount: UInt8(min(row.groupCount, Int(UInt8.max))),
            status: UInt8(Self.place(of: row.status, in: &statuses)),
            activation: UInt8(Self.place(of: row.activationStatus, in: &activations)),
            group: Self.place(of: row.firstGroup, in: &groupNames),
            quotaLimit: Self.place(of: row.extra.quotaLimit, in: &quotaLimits),
            inviter: Self.place(of: row.extra.inviter, in: &inviters),
            registeredDay: row.extra.registeredDay.map(Self.days(yyyymmdd:)) ?? 0)
        place(record, span: KeySpan(start: Int32(keyStart), count: Int32(key.count)), at: slot)
    }

    /// 20260302 → days since 1970-01-01 (the civil calendar, H. Hinnant's `days_from_civil`),
    /// in two bytes: days outside 1970…2149 are not kept (0).
    static func days(yyyymmdd day: Int32) -> UInt16 {
        let year = Int(day / 10000) - (day / 100 % 100 <= 2 ? 1 : 0)
        let month = Int(day / 100 % 100)
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + Int(day % 100) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return (1...Int(UInt16.max)).contains(days) ? UInt16(days) : 0
    }

    /// Days since 1970-01-01 → 20260302 (`civil_from_days`).
    static func yyyymmdd(days: UInt16) -> Int32 {
        let z = Int(days) + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp + (mp < 10 ? 3 : -9)
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Int32(year * 10000 + month * 100 + day)
    }

    /// Where a value is in a table, added if new.
    private static func place<Value: Equatable>(of value: Value, in table: inout [Value]) -> UInt16 {
        if let index = table.firstIndex(of: value) { return UInt16(index) }
        table.append(value)
        return UInt16(table.count - 1)
    }

    /// Replaces a row whose key does not change (only the status or the type did).
    mutating func replaceRow(_ row: PersonRow, at slot: Int) {
        precondition(isLoaded(slot))
        set(row, key: key(at: slot), at: slot)
    }

    mutating func clear(_ slot: Int) {
        guard let record = record(at: slot) else { return }
        records[slot] = .free
        liveTextBytes -= record.textCount
        liveKeyBytes -= Int(spans[slot].count)
        spans[slot] = KeySpan()
        loadedCount -= 1
    }

    /// Removes the row at `slot`; the rows after it move up one slot and `incoming` (the next
    /// page's first row, if any) takes the last one.
    mutating func shiftUp(removing slot: Int, appending incoming: Entry?) {
        clear(slot)
        records.remove(at: slot)
        spans.remove(at: slot)
        records.append(.free)
        spans.append(KeySpan())
        if let incoming { set(incoming.row, key: incoming.key, at: capacity - 1) }
    }

    /// Gives back the room the buffers grew by while a page was placed row by row: an array
    /// grows by doubling, so a page's bytes would otherwise hold up to twice what they use.
    mutating func fit() {
        if keys.capacity > keys.count + 256 || text.capacity > text.count + 256 { compact() }
    }

    private mutating func place(_ record: Record, span: KeySpan, at slot: Int) {
        if let old = self.record(at: slot) {
            liveTextBytes -= old.textCount
            liveKeyBytes -= Int(spans[slot].count)
        } else {
            loadedCount += 1
        }
        records[slot] = record
        spans[slot] = span
        liveTextBytes += record.textCount
        liveKeyBytes += Int(span.count)
        if keys.count > 2 * liveKeyBytes + 4096 || text.count > 2 * liveTextBytes + 4096 { compact() }
    }

    /// Drops the bytes of replaced rows, and the statuses no row has any more; the buffers are
    /// made exactly as large as they need.
    private mutating func compact() {
        var packedKeys: [UInt8] = []
        var packedText: [UInt8] = []
        var packedStatuses: [EmployeeStatus] = []
        var packedActivations: [ActivationStatus] = []
        var packedGroupNames: [String?] = []
        var packedQuotaLimits: [Int64?] = []
        var packedInviters: [String?] = []
        packedKeys.reserveCapacity(liveKeyBytes)
        packedText.reserveCapacity(liveTextBytes)
        for slot in records.indices {
            guard var record = record(at: slot) else { continue }
            let textStart = Int(record.textStart)
            record.textStart = Int32(packedText.count)
            packedText.append(contentsOf: text[textStart..<textStart + record.textCount])
            record.status = UInt8(Self.place(of: statuses[Int(record.status)], in: &packedStatuses))
            record.activation = UInt8(Self.place(of: activations[Int(record.activation)], in: &packedActivations))
            record.group = Self.place(of: groupNames[Int(record.group)], in: &packedGroupNames)
            record.quotaLimit = Self.place(of: quotaLimits[Int(record.quotaLimit)], in: &packedQuotaLimits)
            record.inviter = Self.place(of: inviters[Int(record.inviter)], in: &packedInviters)
            records[slot] = record
            let span = spans[slot]
            spans[slot] = KeySpan(start: Int32(packedKeys.count), count: span.count)
            packedKeys.append(contentsOf: keys[Int(span.start)..<Int(span.start + span.count)])
        }
        keys = packedKeys
        text = packedText
        statuses = packedStatuses
        activations = packedActivations
        groupNames = packedGroupNames
        quotaLimits = packedQuotaLimits
        inviters = packedInviters
    }

    /// Appends to `found` each listing position among `candidates` (ascending, all on this
    /// page, which starts at position `start`) whose row matches every term.
    func appendMatches(
        of matcher: SearchTerms.Matcher, among candidates: UnsafeBufferPointer<Int32>, start: Int32,
        to found: inout [Int32]
    ) {
        keys.withUnsafeBytes { keyBytes in
            spans.withUnsafeBufferPointer { spans in
                guard let keyBase = keyBytes.baseAddress else { return }
                for position in candidates {
                    let span = spans[Int(position - start)]
                    guard span.count > 0 else { continue }
                    if matcher.matches(UnsafeRawBufferPointer(start: keyBase + Int(span.start), count: Int(span.count)))
                    {
                        found.append(position)
                    }
                }
            }
        }
    }

    /// Appends to `found` the listing position of each of `slots` whose row matches every
    /// term; the page starts at position `start`.
    func appendMatches(of matcher: SearchTerms.Matcher, in slots: Range<Int>, start: Int32, to found: inout [Int32]) {
        keys.withUnsafeBytes { keyBytes in
            spans.withUnsafeBufferPointer { spans in
                guard let keyBase = keyBytes.baseAddress else { return }
                for slot in slots {
                    let span = spans[slot]
                    guard span.count > 0 else { continue }
                    if matcher.matches(UnsafeRawBufferPointer(start: keyBase + Int(span.start), count: Int(span.count)))
                    {
                        found.append(start + Int32(slot))
                    }
                }
            }
        }
    }
}
