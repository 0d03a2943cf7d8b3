import DocSpaceAPI

/// The People list's account type (`L`, `:account`), seat (`$`, `:paid`, `:free`, `:seats`)
/// and storage quota (`Q`, `:quota`) filters. The portal filters (`accountLoginType`,
/// `payments`, `quotaFilter`); each key walks its values back to "all", and `X` clears them
/// with the others.
extension AppState {
    mutating func cycleServerFilter(_ action: UserAction, into effects: inout [Effect]) {
        if action == .cycleAccountFilter {
            filters.cycleAccount()
            say("Account: \(filters.accountLabel)")
        } else if action == .cyclePaymentsFilter {
            filters.cyclePayments()
            say("Seats: \(filters.paymentsLabel)")
        } else if action == .cycleQuotaFilter {
            filters.cycleQuota()
            say("Quota: \(filters.quotaLabel)")
        } else {
            return
        }
        reload(keepRows: false, into: &effects)
    }

    /// `:account sso|ldap|standard|all`; without a word it cycles like `L`.
    mutating func accountCommand(_ args: [String], into effects: inout [Effect]) {
        guard let word = args.first?.lowercased() else {
            perform(.cycleAccountFilter, into: &effects)
            return
        }
        if word == "all" {
            filters.account = nil
        } else if let login = AccountLoginType(parsing: word) {
            filters.account = login
        } else {
            say("Unknown account type \(word): all, sso, ldap or standard", .error)
            return
        }
        say("Account: \(filters.accountLabel)")
        reload(keepRows: false, into: &effects)
    }

    /// `:paid`, `:free`, and `:seats paid|free|all` (without a word it cycles like `$`).
    mutating func seatsCommand(_ args: [String], into effects: inout [Effect]) {
        guard let word = args.first?.lowercased() else {
            perform(.cyclePaymentsFilter, into: &effects)
            return
        }
        let map: [String: Payments?] = ["all": nil, "paid": .paid, "free": .free]
        guard let payments = map[word] else {
            say("Unknown seat \(word): all, paid or free", .error)
            return
        }
        filters.payments = payments
        say("Seats: \(filters.paymentsLabel)")
        reload(keepRows: false, into: &effects)
    }

    /// `:quota default|custom|all`; without a word it cycles like `Q`.
    mutating func quotaCommand(_ args: [String], into effects: inout [Effect]) {
        guard let word = args.first?.lowercased() else {
            perform(.cycleQuotaFilter, into: &effects)
            return
        }
        let map: [String: QuotaFilter?] = ["all": nil, "default": .default, "custom": .custom]
        guard let quota = map[word] else {
            say("Unknown quota filter \(word): all, default or custom", .error)
            return
        }
        filters.quota = quota
        say("Quota: \(filters.quotaLabel)")
        reload(keepRows: false, into: &effects)
    }
}
