import DocSpaceAPI

/// The group picker (`GroupPicker`), for every use: `M` and `:group` (the group filter), `>`
/// and `<` (the marked or selected people into a group or out of one). It opens at once and
/// asks the portal for one page of the groups matching what is typed, again on every change of
/// it, an older request dropped. Enter filters the People list, or opens the usual
/// confirmation of `ChangeKind.addToGroup` / `.removeFromGroup`, and the change runs on the
/// one change path from there.
extension AppState {
    /// `>` / `<`: the picker for the people the change would apply to, pinned now.
    mutating func openGroupPicker(adding: Bool, into effects: inout [Effect]) {
        let name = adding ? "Add to a group" : "Remove from a group"
        guard let targets = targetsForChange(named: name) else { return }
        let left = targets.compactMap { ChangeKind.membershipRefusal($0, adding: adding, me: session.me) }
        if left.count == targets.count, let first = left.first {
            say(
                "\(name): \(targets.count == 1 ? targets[0].displayName : "none of the \(NumberText.grouped(targets.count)) marked"): \(first.text)",
                .warning)
            effects.append(.bell)
            return
        }
        openGroupPicker(adding ? .addTo(targets) : .removeFrom(targets), into: &effects)
    }

    /// Opens the picker with `text` typed, and asks for the groups it matches.
    mutating func openGroupPicker(_ purpose: GroupPicker.Purpose, text: String = "", into effects: inout [Effect]) {
        var picker = GroupPicker(purpose: purpose, text: text)
        askForGroups(&picker, into: &effects)
        dialog = .groupPicker(picker)
        effects.append(.flushTypeAhead)
    }

    mutating func handleGroupPickerKey(_ key: Key, _ picker: GroupPicker, into effects: inout [Effect]) {
        var picker = picker
        let action = keys.binding(for: key, in: .groupPicker)?.action
        let page = max(1, size.height - 12)
        if action == .submit {
            // Nothing to choose yet (loading, or no group matches): the picker stays.
            guard let choice = picker.chosen else {
                say(picker.isLoading ? "Wait: the groups are still arriving" : "No group chosen", .warning)
                return
            }
            dropGroupsRequest(picker, into: &effects)
            dialog = nil
            groupChosen(choice, for: picker.purpose, into: &effects)
            return
        }
        if action == .cancel {
            dropGroupsRequest(picker, into: &effects)
            dialog = nil
            switch picker.purpose {
            case .filter: break  // the filter stays as it was, as the list shows
            case .addTo, .removeFrom: say("Cancelled: nothing was changed")
            }
            return
        }
        let steps: [UserAction: Int] = [.moveUp: -1, .moveDown: 1, .pageUp: -page, .pageDown: page]
        if let action, let step = steps[action] {
            picker.move(by: step)
        } else if picker.field.edit(key, as: action) {
            askForGroups(&picker, into: &effects)
        }
        dialog = .groupPicker(picker)
    }

    /// The first page of groups matching what is typed; an older request is dropped.
    private mutating func askForGroups(_ picker: inout GroupPicker, into effects: inout [Effect]) {
        dropGroupsRequest(picker, into: &effects)
        picker.cursor = 0
        let effect = request(.groupPicker, .loadGroups(picker.query))
        if case .request(let id, _) = effect { picker.request = id }
        effects.append(effect)
    }

    private mutating func dropGroupsRequest(_ picker: GroupPicker, into effects: inout [Effect]) {
        guard let old = picker.request else { return }
        effects.append(.cancel([old]))
        _ = finish(old)
    }

    mutating func groupPickerAnswered(_ id: RequestID, _ response: Response, into effects: inout [Effect]) {
        guard case .groupPicker(var picker) = dialog, picker.request == id else { return }
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
        dialog = .groupPicker(picker)
    }

    /// What the choice does: the filter set, or the confirmation of the change.
    private mutating func groupChosen(
        _ choice: GroupPicker.Choice, for purpose: GroupPicker.Purpose, into effects: inout [Effect]
    ) {
        switch (purpose, choice) {
        case (.filter, .everyGroup): setGroupFilter(nil, into: &effects)
        case (.filter, .withoutGroup): setGroupFilter(.withoutGroup, into: &effects)
        case (.filter, .group(let group)): setGroupFilter(.group(id: group.id, name: group.name), into: &effects)
        case (.addTo(let people), .group(let group)):
            confirmMembership(.addToGroup(GroupRef(group)), of: people, into: &effects)
        case (.removeFrom(let people), .group(let group)):
            confirmMembership(.removeFromGroup(GroupRef(group)), of: people, into: &effects)
        // Only the filter offers these (`GroupPicker.choices`).
        case (.addTo, .everyGroup), (.addTo, .withoutGroup), (.removeFrom, .everyGroup), (.removeFrom, .withoutGroup):
            break
        }
    }

    /// The confirmation for the people the picker was opened for (pinned then, not the marks
    /// of now).
    private mutating func confirmMembership(_ kind: ChangeKind, of people: [Person], into effects: inout [Effect]) {
        let (applicable, skipped) = kind.split(people, me: session.me, keys: keys)
        let action = PendingAction(kind: kind, targets: applicable)
        dialog = .confirm(
            Confirmation(
                action: action, skipped: skipped, hiddenByFilter: hiddenCount(of: applicable), portal: session.portal))
        effects.append(.flushTypeAhead)
    }
}
