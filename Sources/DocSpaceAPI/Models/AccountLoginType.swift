/// How a person signs in, the server's `AccountLoginType` (`accountLoginType` of
/// `people/filter`, sent as its number): the server tells them apart by what the account
/// stores (`DbUserService.GetUserQueryForFilter`): an SSO name id, an LDAP `sid`, or neither.
public enum AccountLoginType: Int, Sendable, Hashable, CaseIterable {
    /// Signs in through the portal's SSO provider (an `SsoNameId` is stored).
    case sso = 0
    /// Comes from the portal's LDAP directory (a `Sid` is stored).
    case ldap = 1
    /// Neither: a password of the portal's own (the server's `Standart`).
    case standard = 2

    /// Accepts `sso`, `ldap`, `standard` (and the server's `standart`) case-insensitively, or
    /// the number.
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "sso", "0": self = .sso
        case "ldap", "1": self = .ldap
        case "standard", "standart", "2": self = .standard
        default: return nil
        }
    }

    /// What the title bar and the messages say.
    public var displayName: String {
        switch self {
        case .sso: "SSO"
        case .ldap: "LDAP"
        case .standard: "standard"
        }
    }
}
