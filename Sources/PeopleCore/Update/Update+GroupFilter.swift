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
        let page = max(1, size.height - 12)
        switch keys.binding(for: key, in: .groupFilterPicker)?.action {
        case .moveUp: picker.move(by: -1)
        case .moveDown: picker.move(by: 1)
        case .pageUp: picker.move(by: -page)
        case .pageDown: picker.move(by: page)
        case .submit:
            guard let choice = picker.chosen else {
                dialog = .groupFilter(picker)
                return
            }
            dropChoicesRequest(picker, into: &effects)
            dialog = nil
            switch choice {
            case .everyGroup: setGroupFilter(nil, into: &effects)
            case .withoutGroup: setGroupFilter(.withoutGroup, into: &effects)
            case .group(let group): setGroupFilter(.group(id: group.id, name: group.name), into: &effects)
            }
            return
        case .cancel:
            dropChoicesRequest(picker, into: &effects)
            dialog = nil
            return
        case .edit(let fieldKey):
            if picker.field.apply(fieldKey) { askForChoices(&picker, into: &effects) }
        default:
            if picker.field.edit(key) { askForChoices(&picker, into: &effects) }
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
        switch response {
        case .groups(let page):
            picker.show(page)
        case .failure(.cancelled):
            break
        case .failure(let error):
            picker.problem = "Could not load the groups: \(ErrorText.explain(error))"
            if case .unauthorized = error {
                dialog = nil
                sessionExpired(error, refusedChange: nil, into: &effects)
                return
            }
        default:
            break
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

    /// `X`: every filter goes (status, type, group) with one request; search and sort stay.
    mutating func clearFilters(into effects: inout [Effect]) {
        guard filters.isFiltering else {
            say("No filter to clear")
            return
        }
        filters.status = nil
        filters.type = nil
        filters.group = nil
        say("Filters cleared: everyone")
        reload(keepRows: false, into: &effects)
    }
}
