import Foundation

/// People as `--json` prints them, written straight to bytes.
///
/// The output is exactly `JSONEncoder`'s for `Person.encode(to:)` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (the CLI's JSON since the
/// start), DEL and C1 controls escaped as `JSONControlEscapes` does; `PersonJSONTests`
/// compare the two byte for byte. Going through `JSONEncoder`
/// cost ~45 % of `list --all`'s CPU: a dictionary per person, keys sorted with `String`
/// comparisons, then a second walk to serialize. Here each type's members are visited in
/// the sorted order of its `CodingKeys`, computed once; a `switch` over those keys makes
/// the compiler point here whenever a key is added to the model.
///
/// Why pretty and sorted even when stdout is a pipe: the same command gives the same bytes
/// wherever it writes, one member per line suits `grep`, `diff` and version control of
/// exports, and `jq` reads it as readily as compact JSON. At this speed the indentation
/// costs a few milliseconds for 10,000 people, so there is nothing to trade.
public enum PersonJSON {
    /// The people as a pretty JSON array, or `nil` when `JSONEncoder` would refuse them
    /// (a non-finite `usedSpace`): the caller then uses the encoder and its refusal.
    public static func array(_ people: [Person]) -> String? {
        // (Indexing rather than iterating: a person is read in place, not copied.)
        guard people.indices.allSatisfy({ isEncodable(people[$0]) }) else { return nil }
        guard people.count >= parallelThreshold else {
            var writer = PrettyJSONWriter(capacity: people.count * 1_400 + 16)
            writer.array { writer in
                for person in people {
                    writer.element()
                    write(person, to: &writer)
                }
            }
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        // A long list (`list --all`) is written as runs of elements on every core, then
        // joined between `[` and `]`: the same bytes as one writer, in less time.
        let runs = elementRuns(people)
        let length = runs.reduce(4) { $0 + $1.count }  // "[" … "\n]"
        return String(unsafeUninitializedCapacity: length) { text in
            var offset = 0
            func copy(_ bytes: [UInt8]) {
                bytes.withUnsafeBufferPointer { source in
                    _ = UnsafeMutableBufferPointer(rebasing: text[offset...]).initialize(from: source)
                }
                offset += bytes.count
            }
            copy([UInt8(ascii: "[")])
            runs.forEach(copy)
            copy([UInt8(ascii: "\n"), UInt8(ascii: "]")])
            return offset
        }
    }

    /// Below this, one writer on one thread is quicker than splitting the work.
    public static let parallelThreshold = 2_000

    /// The array's elements as consecutive runs, written concurrently.
    private static func elementRuns(_ people: [Person]) -> [[UInt8]] {
        let count = min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 8)
        let size = (people.count + count - 1) / count
        let results = ElementRuns(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let range = min(index * size, people.count)..<min((index + 1) * size, people.count)
            var writer = PrettyJSONWriter(
                elementsAtDepth: 1, afterElements: index > 0 && !range.isEmpty,
                capacity: range.count * 1_400)
            for position in range {
                writer.element()
                write(people[position], to: &writer)
            }
            results.store(writer.bytes, at: index)
        }
        return results.runs
    }

    /// The runs' slots, each written by one iteration of `concurrentPerform`.
    private final class ElementRuns: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [[UInt8]]

        init(count: Int) { slots = Array(repeating: [], count: count) }

        func store(_ run: [UInt8], at index: Int) {
            lock.withLock { slots[index] = run }
        }

        var runs: [[UInt8]] { lock.withLock { slots } }
    }

    /// One person as a pretty JSON object (`show --json`), or `nil` as for `array`.
    public static func object(_ person: Person) -> String? {
        guard isEncodable(person) else { return nil }
        var writer = PrettyJSONWriter(capacity: 2_048)
        write(person, to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    static func isEncodable(_ person: Person) -> Bool {
        person.usedSpace?.isFinite ?? true
    }

    // MARK: Sorted keys

    private static let personKeys = SortedKeys<Person.CodingKeys>()
    private static let groupKeys = SortedKeys<PersonGroup.CodingKeys>()
    private static let contactKeys = SortedKeys<Contact.CodingKeys>()
    private static let summaryKeys = SortedKeys<PersonSummary.CodingKeys>()

    // MARK: Types

    /// `Person.encode(to:)`: optionals omitted, empty groups and contacts omitted, `type` as
    /// its name, statuses as numbers, dates as the portal's text.
    static func write(_ person: Person, to writer: inout PrettyJSONWriter) {
        writer.object { writer in
            personKeys.forEach(atDepth: writer.depth) { key, prefix in
                switch key {
                case .id:
                    writer.member(lead: prefix)
                    writer.string(person.id)
                case .displayName:
                    writer.member(lead: prefix)
                    writer.string(person.displayName)
                case .firstName: optional(person.firstName, prefix, &writer)
                case .lastName: optional(person.lastName, prefix, &writer)
                case .userName: optional(person.userName, prefix, &writer)
                case .email: optional(person.email, prefix, &writer)
                case .type:
                    writer.member(lead: prefix)
                    writer.string(person.type.rawValue)
                case .status:
                    writer.member(lead: prefix)
                    writer.integer(person.status.rawValue)
                case .activationStatus:
                    writer.member(lead: prefix)
                    writer.integer(person.activationStatus.rawValue)
                case .department: optional(person.department, prefix, &writer)
                case .groups:
                    guard !person.groups.isEmpty else { return }
                    writer.member(lead: prefix)
                    writer.array { writer in
                        for group in person.groups {
                            writer.element()
                            write(group, to: &writer)
                        }
                    }
                case .contacts:
                    guard !person.contacts.isEmpty else { return }
                    writer.member(lead: prefix)
                    writer.array { writer in
                        for contact in person.contacts {
                            writer.element()
                            write(contact, to: &writer)
                        }
                    }
                case .location: optional(person.location, prefix, &writer)
                case .notes: optional(person.notes, prefix, &writer)
                case .mobilePhone: optional(person.mobilePhone, prefix, &writer)
                case .cultureName: optional(person.cultureName, prefix, &writer)
                case .isOwner:
                    writer.member(lead: prefix)
                    writer.bool(person.isOwner)
                case .isAdmin:
                    writer.member(lead: prefix)
                    writer.bool(person.isAdmin)
                case .isRoomAdmin:
                    writer.member(lead: prefix)
                    writer.bool(person.isRoomAdmin)
                case .isCollaborator:
                    writer.member(lead: prefix)
                    writer.bool(person.isCollaborator)
                case .isVisitor:
                    writer.member(lead: prefix)
                    writer.bool(person.isVisitor)
                case .isLDAP:
                    writer.member(lead: prefix)
                    writer.bool(person.isLDAP)
                case .isSSO:
                    writer.member(lead: prefix)
                    writer.bool(person.isSSO)
                case .usedSpace:
                    guard let used = person.usedSpace else { return }
                    writer.member(lead: prefix)
                    writer.double(used)
                case .quotaLimit:
                    guard let quota = person.quotaLimit else { return }
                    writer.member(lead: prefix)
                    writer.integer(quota)
                case .isCustomQuota:
                    guard let custom = person.isCustomQuota else { return }
                    writer.member(lead: prefix)
                    writer.bool(custom)
                case .tfaAppEnabled:
                    guard let enabled = person.tfaAppEnabled else { return }
                    writer.member(lead: prefix)
                    writer.bool(enabled)
                case .createdBy:
                    guard let creator = person.createdBy else { return }
                    writer.member(lead: prefix)
                    write(creator, to: &writer)
                case .registrationDate: optional(person.registrationDate?.text, prefix, &writer)
                case .terminated: optional(person.terminated?.text, prefix, &writer)
                case .avatar: optional(person.avatar, prefix, &writer)
                case .profileUrl: optional(person.profileUrl, prefix, &writer)
                }
            }
        }
    }

    /// `PersonGroup.encode(to:)`.
    private static func write(_ group: PersonGroup, to writer: inout PrettyJSONWriter) {
        writer.object { writer in
            groupKeys.forEach(atDepth: writer.depth) { key, prefix in
                switch key {
                case .id:
                    writer.member(lead: prefix)
                    writer.string(group.id)
                case .name:
                    writer.member(lead: prefix)
                    writer.string(group.name)
                case .manager: optional(group.manager, prefix, &writer)
                }
            }
        }
    }

    /// `Contact.encode(to:)`.
    private static func write(_ contact: Contact, to writer: inout PrettyJSONWriter) {
        writer.object { writer in
            contactKeys.forEach(atDepth: writer.depth) { key, prefix in
                switch key {
                case .type:
                    writer.member(lead: prefix)
                    writer.string(contact.type)
                case .value:
                    writer.member(lead: prefix)
                    writer.string(contact.value)
                }
            }
        }
    }

    /// `PersonSummary.encode(to:)`.
    private static func write(_ summary: PersonSummary, to writer: inout PrettyJSONWriter) {
        writer.object { writer in
            summaryKeys.forEach(atDepth: writer.depth) { key, prefix in
                switch key {
                case .id:
                    writer.member(lead: prefix)
                    writer.string(summary.id)
                case .displayName:
                    writer.member(lead: prefix)
                    writer.string(summary.displayName)
                case .avatar: optional(summary.avatar, prefix, &writer)
                case .profileUrl: optional(summary.profileUrl, prefix, &writer)
                case .hasAvatar:
                    guard let hasAvatar = summary.hasAvatar else { return }
                    writer.member(lead: prefix)
                    writer.bool(hasAvatar)
                }
            }
        }
    }

    private static func optional(
        _ text: String?, _ prefix: UnsafeBufferPointer<UInt8>, _ writer: inout PrettyJSONWriter
    ) {
        guard let text else { return }
        writer.member(lead: prefix)
        writer.string(text)
    }
}
