import DocSpaceAPI

/// What happened to one invited address, in the outcome words of every change (done, skipped,
/// failed, not sent). An invitation names e-mails, not people: an address may have no person
/// behind it yet, so its result is an address with the person when one is known.
public struct AddressResult: Sendable, Equatable {
    public var email: String
    public var outcome: TargetOutcome
    public var detail: String
    /// The person, when known (for the audit log).
    public var personID: String?
    public var displayName: String?

    public init(
        email: String, outcome: TargetOutcome, detail: String, personID: String? = nil, displayName: String? = nil
    ) {
        self.email = email
        self.outcome = outcome
        self.detail = detail
        self.personID = personID
        self.displayName = displayName
    }

    /// The audit log's shape of this result.
    var auditTarget: AuditEntry.Target {
        AuditEntry.Target(
            id: personID, email: email, displayName: displayName, outcome: outcome.rawValue, detail: detail)
    }
}

/// The results dialog after an invitation.
public struct AddressReport: Sendable, Equatable {
    /// "Invite as User", "Resend invitations".
    public var title: String
    public var results: [AddressResult]

    public init(title: String, results: [AddressResult]) {
        self.title = title
        self.results = results
    }

    public func count(_ outcome: TargetOutcome) -> Int { results.filter { $0.outcome == outcome }.count }

    /// "2 invited, 1 skipped, 0 failed" in the words of the action.
    public func summary(doneWord: String) -> String {
        var parts = ["\(count(.done)) \(doneWord)"]
        if count(.skipped) > 0 { parts.append("\(count(.skipped)) skipped") }
        if count(.failed) > 0 { parts.append("\(count(.failed)) failed") }
        if count(.notSent) > 0 { parts.append("\(count(.notSent)) not sent") }
        return parts.joined(separator: ", ")
    }
}
