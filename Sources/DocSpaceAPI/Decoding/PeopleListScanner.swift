import Foundation

/// The fast path for the body `list --all` and the TUI's paging read a hundred times over:
/// a success envelope whose `response` is an array of people.
///
/// It reads the bytes once with `JSONByteReader` and applies exactly the lenient rules of
/// the Codable initialisers (`Person+Codable.swift`, `LenientDecoding.swift`): the same
/// keys (taken from their `CodingKeys`), the same "odd type means absent", the same HTML
/// decoding and derived names. Where those rules hinge on a detail of `JSONDecoder` (a
/// fraction where an integer is expected, a repeated key, an error envelope, the
/// `{items, total}` mock shape, a person without a usable `id`…) it returns `nil` and the
/// caller decodes with Codable as before, so every error message and every odd body keep
/// their old outcome. `PeopleListScannerTests` hold the two paths equal.
enum PeopleListScanner {
    typealias GiveUp = JSONByteReader.GiveUp
    typealias Value = JSONByteReader.Value

    /// The envelope's payload, or `nil` for "use the Codable path".
    static func payload(from body: Data) -> Payload<PeopleList>? {
        body.withUnsafeBytes { raw -> Payload<PeopleList>? in
            guard let base = raw.baseAddress, raw.count > 0 else { return nil }
            let bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: raw.count)
            var reader = JSONByteReader(bytes)
            return try? envelope(&reader)
        }
    }

    enum EnvelopeKey: String, CaseIterable { case response, total, count, status, error }

    private static let envelopeKeys = JSONKeyTable<EnvelopeKey>()
    private static let personKeys = JSONKeyTable<Person.CodingKeys>()
    private static let groupKeys = JSONKeyTable<PersonGroup.CodingKeys>()
    private static let contactKeys = JSONKeyTable<Contact.CodingKeys>()
    private static let summaryKeys = JSONKeyTable<PersonSummary.CodingKeys>()

    private static func envelope(_ reader: inout JSONByteReader) throws(GiveUp) -> Payload<PeopleList> {
        guard try reader.peekKind() == .object else { throw GiveUp() }
        var people: [Person]?
        var total: Int?
        var count: Int?
        try reader.readMembers(of: envelopeKeys) { reader, key throws(GiveUp) in
            switch key {
            case .response:
                guard try reader.peekKind() == .array else { throw GiveUp() }
                var list: [Person] = []
                list.reserveCapacity(100)
                var shared = SharedValues()
                try reader.readArray { reader throws(GiveUp) in
                    list.append(try person(&reader, shared: &shared))
                }
                people = list
            case .total: total = try Lenient.int(reader.readValue(), reader)
            case .count: count = try Lenient.int(reader.readValue(), reader)
            case .status: if try Lenient.int(reader.readValue(), reader) == 1 { throw GiveUp() }
            case .error: throw GiveUp()  // any `error` member: the failure rules decide
            }
        }
        try reader.expectEnd()
        guard let people else { throw GiveUp() }
        return Payload(response: PeopleList(people: people, total: nil), total: total, count: count)
    }

    // MARK: Person

    /// The members the people of a page tend to have byte for byte alike, each read once
    /// while it repeats (`RepeatedValueCache`).
    struct SharedValues {
        var createdBy = RepeatedValueCache<PersonSummary?>()
        var groups = RepeatedValueCache<[PersonGroup]>()
    }

    /// One `EmployeeFullDto`, as `Person.init(from:)` reads it.
    static func person(_ reader: inout JSONByteReader, shared: inout SharedValues) throws(GiveUp) -> Person {
        guard try reader.peekKind() == .object else { throw GiveUp() }
        var id: String?
        var displayName: String?
        var firstName: String?
        var lastName: String?
        var userName: String?
        var email: String?
        var department: String?
        var location: String?
        var notes: String?
        var mobilePhone: String?
        var cultureName: String?
        var avatar: String?
        var profileUrl: String?
        var isOwner = false
        var isAdmin = false
        var isRoomAdmin = false
        var isCollaborator = false
        var isVisitor = false
        var isLDAP = false
        var isSSO = false
        var isCustomQuota: Bool?
        var tfaAppEnabled: Bool?
        var usedSpace: Double?
        var quotaLimit: Int64?
        var registrationDate: APIDate?
        var terminated: APIDate?
        var status: Int?
        var activationStatus: Int?
        var type: Value?
        var groups: [PersonGroup] = []
        var contacts: [Contact] = []
        var createdBy: PersonSummary?
        try reader.readMembers(of: personKeys) { reader, key throws(GiveUp) in
            switch key {
            case .groups:
                groups = try shared.groups.value(&reader) { reader throws(GiveUp) in
                    try list(&reader) { reader throws(GiveUp) in try group(&reader) }
                }
            case .contacts: contacts = try list(&reader) { reader throws(GiveUp) in try contact(&reader) }
            case .createdBy:
                createdBy = try shared.createdBy.value(&reader) { reader throws(GiveUp) in try summary(&reader) }
            case .registrationDate: registrationDate = try date(&reader)
            case .terminated: terminated = try date(&reader)
            case .type: type = try reader.readValue()
            default:
                let value = try reader.readValue()
                let r = reader
                switch key {
                case .id: id = try Lenient.requiredID(value, r)
                case .displayName: displayName = try Lenient.string(value, r)
                case .firstName: firstName = try Lenient.string(value, r)
                case .lastName: lastName = try Lenient.string(value, r)
                case .userName: userName = try Lenient.string(value, r)
                case .email: email = try Lenient.string(value, r)
                case .status: status = try Lenient.int(value, r)
                case .activationStatus: activationStatus = try Lenient.int(value, r)
                case .department: department = try Lenient.string(value, r)
                case .location: location = try Lenient.string(value, r)
                case .notes: notes = try Lenient.string(value, r)
                case .mobilePhone: mobilePhone = try Lenient.string(value, r)
                case .cultureName: cultureName = try Lenient.string(value, r)
                case .isOwner: isOwner = try Lenient.bool(value, r) ?? false
                case .isAdmin: isAdmin = try Lenient.bool(value, r) ?? false
                case .isRoomAdmin: isRoomAdmin = try Lenient.bool(value, r) ?? false
                case .isCollaborator: isCollaborator = try Lenient.bool(value, r) ?? false
                case .isVisitor: isVisitor = try Lenient.bool(value, r) ?? false
                case .isLDAP: isLDAP = try Lenient.bool(value, r) ?? false
                case .isSSO: isSSO = try Lenient.bool(value, r) ?? false
                case .usedSpace: usedSpace = try Lenient.double(value, r)
                case .quotaLimit: quotaLimit = try Lenient.int64(value, r)
                case .isCustomQuota: isCustomQuota = try Lenient.bool(value, r)
                case .tfaAppEnabled: tfaAppEnabled = try Lenient.bool(value, r)
                case .avatar: avatar = try Lenient.string(value, r)
                case .profileUrl: profileUrl = try Lenient.string(value, r)
                case .groups, .contacts, .createdBy, .registrationDate, .terminated, .type: break  // read above
                }
            }
        }
        // A missing id is a decoding error with the field's path: Codable reports it.
        guard let id else { throw GiveUp() }
        let shownName =
            displayName.map(HTMLEntities.decode).flatMap { $0.isBlank ? nil : $0 }
            ?? Person.derivedDisplayName(firstName: firstName, lastName: lastName, email: email, id: id)
        var person = Person(
            id: id, displayName: shownName, firstName: firstName, lastName: lastName,
            userName: userName, email: email, department: department.map(HTMLEntities.decode),
            groups: groups, contacts: contacts, location: location, notes: notes,
            mobilePhone: mobilePhone, cultureName: cultureName, isOwner: isOwner, isAdmin: isAdmin,
            isRoomAdmin: isRoomAdmin, isCollaborator: isCollaborator, isVisitor: isVisitor,
            isLDAP: isLDAP, isSSO: isSSO, usedSpace: usedSpace, quotaLimit: quotaLimit,
            isCustomQuota: isCustomQuota, createdBy: createdBy,
            registrationDate: registrationDate, terminated: terminated, avatar: avatar, profileUrl: profileUrl
        )
        person.tfaAppEnabled = tfaAppEnabled
        if let status { person.status = EmployeeStatus(rawValue: status) }
        if let activationStatus { person.activationStatus = ActivationStatus(rawValue: activationStatus) }
        // As in `Person.init(from:)`: `type` only fills in when no flag says anything.
        if !(isOwner || isAdmin || isRoomAdmin || isCollaborator || isVisitor),
            let type, let parsed = try Lenient.employeeType(type, reader)
        {
            switch parsed {
            case .docSpaceAdmin: person.isAdmin = true
            case .roomAdmin: person.isRoomAdmin = true
            case .user: person.isCollaborator = true
            case .guest: person.isVisitor = true
            }
        }
        return person
    }

    /// `lenientDate`: the wire's string; the spec's `{utcTime, …}` object form is rare and
    /// left to Codable.
    private static func date(_ reader: inout JSONByteReader) throws(GiveUp) -> APIDate? {
        guard try reader.peekKind() != .object else { throw GiveUp() }
        guard case .string(let text) = try reader.readValue() else { return nil }
        return APIDate(parsing: text)
    }

    // MARK: Nested values

    /// `lenientArray`: anything but an array is empty; elements that are not objects give up
    /// (how Codable steps over them is its business); objects that fail are dropped.
    private static func list<Element>(
        _ reader: inout JSONByteReader,
        element: (inout JSONByteReader) throws(GiveUp) -> Element?
    ) throws(GiveUp) -> [Element] {
        guard try reader.peekKind() == .array else {
            try reader.skipValue()
            return []
        }
        var elements: [Element] = []
        try reader.readArray { reader throws(GiveUp) in
            guard try reader.peekKind() == .object else { throw GiveUp() }
            if let decoded = try element(&reader) { elements.append(decoded) }
        }
        return elements
    }

    /// `PersonGroup.init(from:)`; `nil` where it would throw (no usable id).
    private static func group(_ reader: inout JSONByteReader) throws(GiveUp) -> PersonGroup? {
        var id: String?
        var name: String?
        var manager: String?
        try reader.readMembers(of: groupKeys) { reader, key throws(GiveUp) in
            let value = try reader.readValue()
            switch key {
            case .id: id = try Lenient.optionalID(value, reader)
            case .name: name = try Lenient.string(value, reader)
            case .manager: manager = try Lenient.string(value, reader)
            }
        }
        guard let id else { return nil }
        return PersonGroup(id: id, name: name ?? "", manager: manager)  // as sent, like the Codable path
    }

    /// `Contact.init(from:)`.
    private static func contact(_ reader: inout JSONByteReader) throws(GiveUp) -> Contact? {
        var type: String?
        var value: String?
        try reader.readMembers(of: contactKeys) { reader, key throws(GiveUp) in
            let member = try reader.readValue()
            switch key {
            case .type: type = try Lenient.string(member, reader)
            case .value: value = try Lenient.string(member, reader)
            }
        }
        return Contact(type: type ?? "", value: value ?? "")
    }

    /// `try? decodeIfPresent(PersonSummary.self)`: `nil` for null, for a non-object, or
    /// for an object without a usable id.
    private static func summary(_ reader: inout JSONByteReader) throws(GiveUp) -> PersonSummary? {
        guard try reader.peekKind() == .object else {
            try reader.skipValue()
            return nil
        }
        var id: String?
        var displayName: String?
        var avatar: String?
        var profileUrl: String?
        var hasAvatar: Bool?
        try reader.readMembers(of: summaryKeys) { reader, key throws(GiveUp) in
            let value = try reader.readValue()
            switch key {
            case .id: id = try Lenient.optionalID(value, reader)
            case .displayName: displayName = try Lenient.string(value, reader)
            case .avatar: avatar = try Lenient.string(value, reader)
            case .profileUrl: profileUrl = try Lenient.string(value, reader)
            case .hasAvatar: hasAvatar = try Lenient.bool(value, reader)
            }
        }
        guard let id else { return nil }
        let shownName = displayName.map(HTMLEntities.decode).flatMap { $0.isBlank ? nil : $0 } ?? id
        return PersonSummary(
            id: id, displayName: shownName, avatar: avatar, profileUrl: profileUrl, hasAvatar: hasAvatar)
    }
}

/// `LenientDecoding.swift`'s rules on a scanned value. A case whose outcome depends on how
/// `JSONDecoder` converts numbers (a fraction, an integer out of range) gives up.
private enum Lenient {
    typealias Value = JSONByteReader.Value
    typealias GiveUp = JSONByteReader.GiveUp

    static func string(_ value: Value, _ reader: JSONByteReader) throws(GiveUp) -> String? {
        switch value {
        case .string(let text): text
        case .number(let number): String(try reader.integer(number))
        case .bool, .null, .compound: nil
        }
    }

    static func int(_ value: Value, _ reader: JSONByteReader) throws(GiveUp) -> Int? {
        switch value {
        case .number(let number): Int(try reader.integer(number))
        case .string(let text): Int(text.trimmingCharacters(in: .whitespaces))
        case .bool, .null, .compound: nil
        }
    }

    static func int64(_ value: Value, _ reader: JSONByteReader) throws(GiveUp) -> Int64? {
        switch value {
        case .number(let number): try reader.integer(number)
        case .string(let text): Int64(text.trimmingCharacters(in: .whitespaces))
        case .bool, .null, .compound: nil
        }
    }

    static func double(_ value: Value, _ reader: JSONByteReader) throws(GiveUp) -> Double? {
        switch value {
        case .number(let number): try reader.double(number)
        // `lenientDouble`'s rule: a numeric string that is not finite ("1e999", "inf",
        // "nan") counts as absent, on both paths.
        case .string(let text): Double(text.trimmingCharacters(in: .whitespaces)).flatMap { $0.isFinite ? $0 : nil }
        case .bool, .null, .compound: nil
        }
    }

    static func bool(_ value: Value, _ reader: JSONByteReader) throws(GiveUp) -> Bool? {
        switch value {
        case .bool(let flag): return flag
        case .number(let number): return try reader.integer(number) != 0
        case .string(let text):
            switch text.lowercased() {
            case "true", "1": return true
            case "false", "0": return false
            default: return nil
            }
        case .null, .compound: return nil
        }
    }

    /// `lenientDate`: the wire's string (the object form never gets here).
    static func date(_ value: Value) -> APIDate? {
        guard case .string(let text) = value else { return nil }
        return APIDate(parsing: text)
    }

    /// `requiredID` for a person: anything but a non-empty string or integer gives up (the
    /// Codable path then reports it with the field's path).
    static func requiredID(_ value: Value, _ reader: JSONByteReader) throws(GiveUp) -> String {
        guard let id = try optionalID(value, reader) else { throw GiveUp() }
        return id
    }

    /// `requiredID` where a failure only drops the owner (a group, a `createdBy`).
    static func optionalID(_ value: Value, _ reader: JSONByteReader) throws(GiveUp) -> String? {
        guard let text = try string(value, reader), !text.isEmpty else { return nil }
        return text
    }

    /// `try? decodeIfPresent(EmployeeType.self)`: a known number or name, else `nil`.
    static func employeeType(_ value: Value, _ reader: JSONByteReader) throws(GiveUp) -> EmployeeType? {
        switch value {
        case .number(let number):
            guard let exact = Int(exactly: try reader.integer(number)) else { return nil }
            return EmployeeType(number: exact)
        case .string(let name):
            return Int(name).flatMap(EmployeeType.init(number:))
                ?? EmployeeType.allCases.first { $0.rawValue.caseInsensitiveCompare(name) == .orderedSame }
        case .bool, .null, .compound:
            return nil
        }
    }
}
