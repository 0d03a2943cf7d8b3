import DocSpaceAPI

/// What happened to each address (invitations) or each person (resent invitations), in the
/// server's words. Deliberately plain — e-mail, outcome, detail — so the lead can fold it into
/// a common results view later.
public struct AddressResult: Sendable, Equatable {
    public enum Outcome: String, Sendable, Equatable {
        /// The server's answer shows it done.
        case done
        /// Left out on purpose (already a member, not pending), with the reason.
        case skipped
        /// Refused or not confirmed, with the server's words.
        case failed
    }

    public var email: String
    public var outcome: Outcome
    public var detail: String
    /// The person, when known (for the audit log).
    public var personID: String?
    public var displayName: String?

    public init(email: String, outcome: Outcome, detail: String, personID: String? = nil, displayName: String? = nil) {
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

/// The results dialog after an invitation or a resend.
public struct AddressReport: Sendable, Equatable {
    /// "Invite as User", "Resend invitations".
    public var title: String
    public var results: [AddressResult]

    public init(title: String, results: [AddressResult]) {
        self.title = title
        self.results = results
    }

    public func count(_ outcome: AddressResult.Outcome) -> Int { results.filter { $0.outcome == outcome }.count }

    /// "2 invited, 1 skipped, 0 failed" in the words of the action.
    public func summary(doneWord: String) -> String {
        var parts = ["\(count(.done)) \(doneWord)"]
        if count(.skipped) > 0 { parts.append("\(count(.skipped)) skipped") }
        if count(.failed) > 0 { parts.append("\(count(.failed)) failed") }
        return parts.joined(separator: ", ")
    }
}
