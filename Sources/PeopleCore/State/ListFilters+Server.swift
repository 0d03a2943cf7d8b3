import DocSpaceAPI

/// The filters the portal applies beyond status, type and group: account type (`L`), paid or
/// free (`$`) and storage quota (`Q`). Each cycles through its values and back to "all"; the
/// title bar names only those in force.
extension ListFilters {
    /// The order `L` walks through.
    public static let accountCycle: [AccountLoginType?] = [nil, .sso, .ldap, .standard]
    /// The order `$` walks through.
    public static let paymentsCycle: [Payments?] = [nil, .paid, .free]
    /// The order `Q` walks through.
    public static let quotaCycle: [QuotaFilter?] = [nil, .default, .custom]

    mutating func cycleAccount() { account = Self.next(after: account, in: Self.accountCycle) }
    mutating func cyclePayments() { payments = Self.next(after: payments, in: Self.paymentsCycle) }
    mutating func cycleQuota() { quota = Self.next(after: quota, in: Self.quotaCycle) }

    private static func next<T: Equatable>(after value: T?, in cycle: [T?]) -> T? {
        let index = cycle.firstIndex { $0 == value } ?? 0
        return cycle[(index + 1) % cycle.count]
    }

    public var accountLabel: String { account?.displayName ?? "All" }
    public var paymentsLabel: String { payments?.displayName ?? "All" }
    public var quotaLabel: String { quota?.word ?? "All" }

    /// "Account: SSO", "Seats: paid", "Quota: custom" for the filters in force, in that order:
    /// the title bar, the export dialog's description and `*`'s message all say them.
    public var serverFilterLabels: [String] {
        var labels: [String] = []
        if account != nil { labels.append("Account: \(accountLabel)") }
        if payments != nil { labels.append("Seats: \(paymentsLabel)") }
        if quota != nil { labels.append("Quota: \(quotaLabel)") }
        return labels
    }
}
