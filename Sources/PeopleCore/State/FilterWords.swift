import DocSpaceAPI

// The words the portal's filter values are written with — `list`'s flags, the `:` commands,
// saved views and the title bar — one place for each value's word.

extension QuotaFilter {
    /// "default" or "custom".
    public var word: String {
        switch self {
        case .default: "default"
        case .custom: "custom"
        }
    }

    /// The filter a word names, in any case.
    public init?(word: String) {
        guard let filter = Self.allCases.first(where: { $0.word == word.lowercased() }) else { return nil }
        self = filter
    }
}

extension Payments {
    /// "paid" or "free", in any case.
    public init?(word: String) {
        guard let payments = Self.allCases.first(where: { $0.displayName == word.lowercased() }) else { return nil }
        self = payments
    }
}

extension AccountLoginType {
    /// "sso", "ldap" or "standard": what `AccountLoginType(parsing:)` reads.
    public var word: String {
        switch self {
        case .sso: "sso"
        case .ldap: "ldap"
        case .standard: "standard"
        }
    }
}
