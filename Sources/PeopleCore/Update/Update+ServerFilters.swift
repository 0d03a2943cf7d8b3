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
        setServerFilter(
            args, \.account, cycling: .cycleAccountFilter, parse: AccountLoginType.init(parsing:),
            unknown: "account type", words: "all, sso, ldap or standard", shown: "Account", \.accountLabel,
            into: &effects)
    }

    /// `:paid`, `:free`, and `:seats paid|free|all` (without a word it cycles like `$`).
    mutating func seatsCommand(_ args: [String], into effects: inout [Effect]) {
        setServerFilter(
            args, \.payments, cycling: .cyclePaymentsFilter, parse: Payments.init(word:), unknown: "seat",
            words: "all, paid or free", shown: "Seats", \.paymentsLabel, into: &effects)
    }

    /// `:quota default|custom|all`; without a word it cycles like `Q`.
    mutating func quotaCommand(_ args: [String], into effects: inout [Effect]) {
        setServerFilter(
            args, \.quota, cycling: .cycleQuotaFilter, parse: QuotaFilter.init(word:), unknown: "quota filter",
            words: "all, default or custom", shown: "Quota", \.quotaLabel, into: &effects)
    }

    /// One of the three commands: no word cycles like the key; `all` clears the filter; a
    /// value's word sets it; anything else is named with the words there are.
    private mutating func setServerFilter<Value>(
        _ args: [String], _ path: WritableKeyPath<ListFilters, Value?>, cycling key: UserAction,
        parse: (String) -> Value?, unknown noun: String, words: String, shown title: String,
        _ label: KeyPath<ListFilters, String>, into effects: inout [Effect]
    ) {
        guard let word = args.first?.lowercased() else {
            perform(key, into: &effects)
            return
        }
        if word == "all" {
            filters[keyPath: path] = nil
        } else if let value = parse(word) {
            filters[keyPath: path] = value
        } else {
            say("Unknown \(noun) \(word): \(words)", .error)
            return
        }
        say("\(title): \(filters[keyPath: label])")
        reload(keepRows: false, into: &effects)
    }
}
