import DocSpaceAPI

/// `>` and `<`: the marked or selected people into a group or out of one. The group picker
/// opens at once and lists the portal's groups when they arrive; Enter on one opens the usual
/// confirmation of `ChangeKind.addToGroup` / `.removeFromGroup`, and the change runs on the
/// one change path from there.
extension AppState {
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
        dialog = .groupPicker(GroupPicker(purpose: adding ? .addTo(targets) : .removeFrom(targets)))
        effects.append(request(.groupPicker, .loadAllGroups))
        effects.append(.flushTypeAhead)
    }

    mutating func groupsAnswered(_ response: Response) {
        guard case .groupPicker(var picker) = dialog else { return }
        switch response {
        case .allGroups(let groups):
            picker.load(groups)
        case .failure(let error):
            picker.isLoading = false
            picker.problem = "Could not list the groups: \(ErrorText.explain(error))"
        case .page, .person, .lookups, .batch, .signedIn, .switchedProfile, .profileRefused, .exported, .task,
            .handoverNeeds, .created, .emailLookups, .invited, .groups, .importChecked, .importLine, .offboardStep,
            .personRooms, .ownedRooms, .signIns, .everyone, .apiKeys, .quotaSettings, .shareLink:
            return
        }
        dialog = .groupPicker(picker)
    }

    mutating func handleGroupPickerKey(_ key: Key, _ picker: GroupPicker, into effects: inout [Effect]) {
        var picker = picker
        let action = keys.binding(for: key, in: .groupPicker)?.action
        if action == .moveUp || action == .moveDown || action == .pageUp || action == .pageDown {
            let step = action == .moveUp ? -1 : action == .moveDown ? 1 : action == .pageUp ? -10 : 10
            picker.move(step)
        } else if action == .submit {
            guard let group = picker.chosen else {
                say(picker.isLoading ? "Wait: the groups are still arriving" : "No group chosen", .warning)
                return
            }
            dialog = nil
            groupChosen(GroupRef(group), for: picker.purpose, into: &effects)
            return
        } else if action == .cancel {
            dialog = nil
            say("Cancelled: nothing was changed")
            return
        } else if case .edit(let fieldKey) = action {
            if picker.filter.apply(fieldKey) { picker.filterChanged() }
        } else if picker.filter.edit(key) {
            picker.filterChanged()
        }
        dialog = .groupPicker(picker)
    }

    /// The confirmation for the people the picker was opened for (pinned then, not the marks
    /// of now).
    private mutating func groupChosen(_ group: GroupRef, for purpose: GroupPicker.Purpose, into effects: inout [Effect])
    {
        let (kind, people): (ChangeKind, [Person]) =
            switch purpose {
            case .addTo(let people): (.addToGroup(group), people)
            case .removeFrom(let people): (.removeFromGroup(group), people)
            }
        let (applicable, skipped) = kind.split(people, me: session.me, keys: keys)
        let action = PendingAction(kind: kind, targets: applicable)
        dialog = .confirm(
            Confirmation(
                action: action, skipped: skipped, hiddenByFilter: hiddenCount(of: applicable), portal: session.portal))
        effects.append(.flushTypeAhead)
    }
}
