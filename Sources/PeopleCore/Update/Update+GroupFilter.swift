import DocSpaceAPI

/// The group filter's command (`:group`; `M` and the picker are `Update+GroupPicker.swift`),
/// and clearing the filters (`X`, `:nofilter`).
extension AppState {
    /// `:group`: the picker; `:group all` clears the filter, `:group none` keeps the people
    /// in no group; any other words open the picker with them typed.
    mutating func groupCommand(_ args: [String], into effects: inout [Effect]) {
        let text = args.joined(separator: " ")
        switch text.lowercased() {
        case "all": setGroupFilter(nil, into: &effects)
        case "none", "without": setGroupFilter(.withoutGroup, into: &effects)
        default: openGroupPicker(.filter, text: text, into: &effects)
        }
    }

    /// `X`: every filter goes (status, type, group, account type, seat, quota) with one request; search and sort stay.
    mutating func clearFilters(into effects: inout [Effect]) {
        guard filters.isFiltering else {
            say("No filter to clear")
            return
        }
        filters.status = nil
        filters.type = nil
        filters.group = nil
        filters.account = nil
        filters.payments = nil
        filters.quota = nil
        filters.inviter = nil
        say(filters.area == .guests ? "Filters cleared: every guest" : "Filters cleared: everyone")
        reload(keepRows: false, into: &effects)
    }
}
