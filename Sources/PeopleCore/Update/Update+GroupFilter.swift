import DocSpaceAPI

/// The group filter (`M`, `:group`): its picker, asked one page of the portal's groups per
/// change of what is typed, and clearing the filters (`X`, `:nofilter`).
extension AppState {
    /// Opens the picker with `text` typed, and asks for the groups it matches.
    mutating func openGroupFilterPicker(text: String = "", into effects: inout [Effect]) {
        var picker = GroupFilterPicker(text: text)
        askForChoices(&picker, into: &effects)
        dialog = .groupFilter(picker)
        effects.append(.flushTypeAhead)
    }

    mutating func handleGroupFilterKey(_ key: Key, _ picker: GroupFilterPicker, into effects: inout [Effect]) {
        var picker = picker
        let action = keys.binding(for: key, in: .groupFilterPicker)?.action
        let page = max(1, size.height - 12)
        if action == .submit {
            // Nothing to choose yet (loading, or no group matches): the picker stays.
            guard let choice = picker.chosen else { return }
            dropChoicesRequest(picker, into: &effects)
            dialog = nil
            switch choice {
            case .everyGroup: setGroupFilter(nil, into: &effects)
            case .withoutGroup: setGroupFilter(.withoutGroup, into: &effects)
            case .group(let group): setGroupFilter(.group(id: group.id, name: group.name), into: &effects)
            }
            return
        }
        if action == .cancel {
            dropChoicesRequest(picker, into: &effects)
            dialog = nil
            return
        }
        let steps: [UserAction: Int] = [.moveUp: -1, .moveDown: 1, .pageUp: -page, .pageDown: page]
        if let action, let step = steps[action] {
            picker.move(by: step)
        } else if picker.field.edit(key, as: action) {
            askForChoices(&picker, into: &effects)
        }
        dialog = .groupFilter(picker)
    }

    /// The first page of groups matching what is typed; an older request is dropped.
    private mutating func askForChoices(_ picker: inout GroupFilterPicker, into effects: inout [Effect]) {
        dropChoicesRequest(picker, into: &effects)
        picker.cursor = 0
        let effect = request(.groupChoices, .loadGroups(picker.query))
        if case .request(let id, _) = effect { picker.request = id }
        effects.append(effect)
    }

    private mutating func dropChoicesRequest(_ picker: GroupFilterPicker, into effects: inout [Effect]) {
        guard let old = picker.request else { return }
        effects.append(.cancel([old]))
        _ = finish(old)
    }

    mutating func groupChoicesAnswered(_ id: RequestID, _ response: Response, into effects: inout [Effect]) {
        guard case .groupFilter(var picker) = dialog, picker.request == id else { return }
        picker.request = nil
        if case .groups(let page) = response { picker.show(page) }
        if case .failure(let error) = response, error != .cancelled {
            picker.problem = "Could not load the groups: \(ErrorText.explain(error))"
            if case .unauthorized = error {
                dialog = nil
                sessionExpired(error, refusedChange: nil, into: &effects)
                return
            }
        }
        dialog = .groupFilter(picker)
    }

    /// `:group`: the picker; `:group all` clears the filter, `:group none` keeps the people
    /// in no group; any other words open the picker with them typed.
    mutating func groupCommand(_ args: [String], into effects: inout [Effect]) {
        let text = args.joined(separator: " ")
        switch text.lowercased() {
        case "all": setGroupFilter(nil, into: &effects)
        case "none", "without": setGroupFilter(.withoutGroup, into: &effects)
        default: openGroupFilterPicker(text: text, into: &effects)
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
