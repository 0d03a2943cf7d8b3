/// `Person` ⇄ `EmployeeFullDto`.
///
/// Decoding is lenient (see `LenientDecoding.swift`): only `id` is required; unknown and
/// removed fields (`title`, `workFrom`, `birthday`, `sex`, `theme`…) are ignored; missing
/// booleans are `false`; a missing status takes the model's default. `displayName`,
/// `department` and group names are HTML-decoded because the server HTML-encodes them.
///
/// Encoding writes the wire's camelCase names, omits `nil`s, writes dates as the text the portal
/// sent, statuses as numbers and adds `type` as its string name, so `--json` output reads like
/// the portal's own answers.
extension Person: Codable {
    /// The wire's member names. Public so that writers outside this module (the CLI's fast
    /// JSON output) follow the model's own keys and notice when one is added.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, displayName, firstName, lastName, userName, email, status, activationStatus
        case department, groups, contacts, location, notes, mobilePhone, cultureName
        case isOwner, isAdmin, isRoomAdmin, isCollaborator, isVisitor, isLDAP, isSSO
        case usedSpace, quotaLimit, isCustomQuota, createdBy, registrationDate, terminated
        case avatar, profileUrl, type, tfaAppEnabled
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.requiredID(.id)
        let firstName = c.lenientString(.firstName)
        let lastName = c.lenientString(.lastName)
        let email = c.lenientString(.email)
        let displayName =
            c.lenientString(.displayName).map(HTMLEntities.decode)
            .flatMap { $0.isBlank ? nil : $0 }
            ?? Self.derivedDisplayName(firstName: firstName, lastName: lastName, email: email, id: id)

        self.init(
            id: id, displayName: displayName, firstName: firstName, lastName: lastName,
            userName: c.lenientString(.userName), email: email,
            department: c.lenientString(.department).map(HTMLEntities.decode),
            groups: c.lenientArray(PersonGroup.self, .groups),
            contacts: c.lenientArray(Contact.self, .contacts),
            location: c.lenientString(.location), notes: c.lenientString(.notes),
            mobilePhone: c.lenientString(.mobilePhone), cultureName: c.lenientString(.cultureName),
            isOwner: c.lenientBool(.isOwner) ?? false, isAdmin: c.lenientBool(.isAdmin) ?? false,
            isRoomAdmin: c.lenientBool(.isRoomAdmin) ?? false,
            isCollaborator: c.lenientBool(.isCollaborator) ?? false,
            isVisitor: c.lenientBool(.isVisitor) ?? false,
            isLDAP: c.lenientBool(.isLDAP) ?? false, isSSO: c.lenientBool(.isSSO) ?? false,
            usedSpace: c.lenientDouble(.usedSpace), quotaLimit: c.lenientInt64(.quotaLimit),
            isCustomQuota: c.lenientBool(.isCustomQuota),
            createdBy: try? c.decodeIfPresent(PersonSummary.self, forKey: .createdBy),
            registrationDate: c.lenientDate(.registrationDate), terminated: c.lenientDate(.terminated),
            avatar: c.lenientString(.avatar), profileUrl: c.lenientString(.profileUrl)
        )
        tfaAppEnabled = c.lenientBool(.tfaAppEnabled)
        if let status = c.lenientInt(.status) { self.status = EmployeeStatus(rawValue: status) }
        if let activation = c.lenientInt(.activationStatus) {
            self.activationStatus = ActivationStatus(rawValue: activation)
        }
        // A `type` field (string or number) only appears in some bodies; the flags are the
        // source of truth, so it only fills in when no flag says anything.
        if !(isOwner || isAdmin || isRoomAdmin || isCollaborator || isVisitor),
            let type = try? c.decodeIfPresent(EmployeeType.self, forKey: .type)
        {
            setFlags(for: type)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(displayName, forKey: .displayName)
        try c.encodeIfPresent(firstName, forKey: .firstName)
        try c.encodeIfPresent(lastName, forKey: .lastName)
        try c.encodeIfPresent(userName, forKey: .userName)
        try c.encodeIfPresent(email, forKey: .email)
        try c.encode(type, forKey: .type)
        try c.encode(status, forKey: .status)
        try c.encode(activationStatus, forKey: .activationStatus)
        try c.encodeIfPresent(department, forKey: .department)
        if !groups.isEmpty { try c.encode(groups, forKey: .groups) }
        if !contacts.isEmpty { try c.encode(contacts, forKey: .contacts) }
        try c.encodeIfPresent(location, forKey: .location)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encodeIfPresent(mobilePhone, forKey: .mobilePhone)
        try c.encodeIfPresent(cultureName, forKey: .cultureName)
        try c.encode(isOwner, forKey: .isOwner)
        try c.encode(isAdmin, forKey: .isAdmin)
        try c.encode(isRoomAdmin, forKey: .isRoomAdmin)
        try c.encode(isCollaborator, forKey: .isCollaborator)
        try c.encode(isVisitor, forKey: .isVisitor)
        try c.encode(isLDAP, forKey: .isLDAP)
        try c.encode(isSSO, forKey: .isSSO)
        try c.encodeIfPresent(usedSpace, forKey: .usedSpace)
        try c.encodeIfPresent(quotaLimit, forKey: .quotaLimit)
        try c.encodeIfPresent(isCustomQuota, forKey: .isCustomQuota)
        try c.encodeIfPresent(createdBy, forKey: .createdBy)
        try c.encodeIfPresent(registrationDate, forKey: .registrationDate)
        try c.encodeIfPresent(terminated, forKey: .terminated)
        try c.encodeIfPresent(avatar, forKey: .avatar)
        try c.encodeIfPresent(profileUrl, forKey: .profileUrl)
        try c.encodeIfPresent(tfaAppEnabled, forKey: .tfaAppEnabled)
    }

    /// What the server itself shows when a display name is missing: "First Last", else the
    /// e-mail (invitees have empty names), else the id.
    static func derivedDisplayName(firstName: String?, lastName: String?, email: String?, id: String) -> String {
        let name = [firstName, lastName].compactMap { $0?.trimmingWhitespace }.filter { !$0.isEmpty }
            .joined(separator: " ")
        if !name.isEmpty { return name }
        if let email, !email.trimmingWhitespace.isEmpty { return email }
        return id
    }

    private mutating func setFlags(for type: EmployeeType) {
        switch type {
        case .docSpaceAdmin: isAdmin = true
        case .roomAdmin: isRoomAdmin = true
        case .user: isCollaborator = true
        case .guest: isVisitor = true
        }
    }
}
