import Foundation

/// Which people a listing shows: the query parameters of `people/filter` plus what the
/// caller may see. Hashable so a page request can reuse the matches of the previous one.
struct PeopleFilter: Sendable, Hashable {
    /// What the caller may see at all.
    enum Visibility: Sendable, Hashable {
        /// DocSpace admins see everyone.
        case everyone
        /// Room admins never see terminated people, and see guests only if they invited them.
        case roomAdmin(callerID: String)
    }

    var visibility: Visibility = .everyone
    /// `EmployeeStatus` flags (1 Active, 2 Terminated, 4 Pending); `nil` = any.
    var statusMask: Int?
    var activationStatus: PortalActivationStatus?
    /// Any of these types; empty = all types.
    var types: Set<PortalEmployeeType> = []
    var isAdministrator: Bool?
    /// `AccountLoginType`: 0 SSO, 1 LDAP, 2 standard.
    var accountLoginType: Int?
    /// `Payments`: 0 paid (admins), 1 free (users and guests).
    var payments: Int?
    /// `QuotaFilter`: 1 default quota, 2 custom quota.
    var quotaFilter: Int?
    var groupID: String?
    var excludeGroupID: String?
    var withoutGroup = false
    var createdBy: String?
    /// `Area`: 0 all, 1 people (no guests), 2 guests.
    var area = 0
    /// Lower-cased `filterValue` terms; all must match unless `anyTerm`.
    var terms: [[UInt8]] = []
    var anyTerm = false
    /// Extra text matched against the user name and contacts too (the `search` routes).
    var searchesUserNameAndContacts = false

    /// `text` is the person's search text (`KeyColumns.text`).
    func matches(_ person: borrowing PortalPerson?, text: [UInt8]) -> Bool {
        switch person {
        case .none: return false
        case .some(let person): return matches(person, text: text)
        }
    }

    private func matches(_ person: borrowing PortalPerson, text: [UInt8]) -> Bool {
        switch visibility {
        case .everyone:
            break
        case .roomAdmin(let callerID):
            if person.status == .terminated { return false }
            if person.type == .guest, person.createdBy != callerID { return false }
        }
        if let statusMask, statusMask & person.status.rawValue == 0 { return false }
        if let activationStatus, person.activationStatus != activationStatus { return false }
        if !types.isEmpty, !types.contains(person.type) { return false }
        if let isAdministrator, (person.type == .docSpaceAdmin) != isAdministrator { return false }
        if let accountLoginType {
            let login = person.isSSO ? 0 : (person.isLDAP ? 1 : 2)
            if login != accountLoginType { return false }
        }
        if let payments, (person.type.isPaid ? 0 : 1) != payments { return false }
        if let quotaFilter {
            if quotaFilter == 1, person.quotaLimit != nil { return false }
            if quotaFilter == 2, person.quotaLimit == nil { return false }
        }
        if let groupID, !person.groupIDs.contains(groupID) { return false }
        if let excludeGroupID, person.groupIDs.contains(excludeGroupID) { return false }
        if withoutGroup, !person.groupIDs.isEmpty { return false }
        if let createdBy, person.createdBy != createdBy { return false }
        switch area {
        case 1: if person.type == .guest { return false }
        case 2: if person.type != .guest { return false }
        default: break
        }
        if !terms.isEmpty {
            let extra: [[UInt8]] = searchesUserNameAndContacts
                ? [Array(person.userName.lowercased().utf8)] + person.contacts.map { Array($0.value.lowercased().utf8) }
                : []
            let matchesTerm: ([UInt8]) -> Bool = { term in
                ByteText.contains(text, term) || extra.contains { ByteText.contains($0, term) }
            }
            if anyTerm {
                if !terms.contains(where: matchesTerm) { return false }
            } else {
                if !terms.allSatisfy(matchesTerm) { return false }
            }
        }
        return true
    }

    /// Splits `filterValue` as `UserQueryHelper.FilterByText` does: on the separator if one
    /// is given (any term may match), else on spaces (every term must match).
    static func terms(from text: String?, separator: String?) -> (terms: [[UInt8]], anyTerm: Bool) {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return ([], false) }
        let lowered = text.lowercased()
        if let separator, !separator.isEmpty {
            let parts = lowered.components(separatedBy: separator)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return (parts.map { Array($0.utf8) }, true)
        }
        return (lowered.split(separator: " ").map { Array($0.utf8) }, false)
    }
}
