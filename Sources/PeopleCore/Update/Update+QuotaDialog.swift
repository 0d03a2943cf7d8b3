import DocSpaceAPI

/// The storage quota from the TUI: `z` (and `:quota-set`, `:quota-reset`) read the portal's
/// per-user quota settings first; with quotas off the app says so and opens nothing, since a
/// limit set then is stored but neither applied nor shown. With quotas on, `z` opens the size
/// field and Enter asks the one confirmation of `ChangeKind.setQuota`.
extension AppState {
    mutating func askQuotaSettings(then step: QuotaStep, into effects: inout [Effect]) {
        if session.readOnly {
            say("Read-only session: changes are turned off", .warning)
            return
        }
        if step == .openSizeField, let refusal = refusal(of: .setQuota) {
            say("Set quota: \(refusal.text)", .warning)
            return
        }
        if inFlight.values.contains(where: { if case .quotaSettings = $0 { true } else { false } }) {
            return  // the settings are on their way; their answer opens what was asked first
        }
        effects.append(request(.quotaSettings(step), .quotaSettings))
        say("Reading the portal's storage quota settings…")
    }

    mutating func quotaSettingsAnswered(_ step: QuotaStep, _ response: Response, into effects: inout [Effect]) {
        if case .failure(let error) = response, error != .cancelled {
            say("Could not read the portal's storage quota settings: \(ErrorText.explain(error))", .error)
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
            return
        }
        guard case .quotaSettings(let settings) = response else { return }
        guard settings.enableQuota else {
            say(
                "Per-user storage quotas are off on this portal: a limit set now would not apply (turn them on in the portal's storage settings)",
                .warning)
            return
        }
        switch step {
        case .openSizeField:
            let count = marks.isEmpty ? 1 : marks.count
            let portalDefault = settings.defaultQuota > 0 ? settings.defaultQuota : nil
            dialog = .quotaSize(QuotaSizeField(count: count, portalDefault: portalDefault))
            message = nil
            effects.append(.flushTypeAhead)
        case .set(let limit):
            perform(.change(.setQuota(limit)), into: &effects)
        case .reset:
            perform(.change(.resetQuota), into: &effects)
        }
    }

    mutating func handleQuotaSizeKey(_ key: Key, _ sizeField: QuotaSizeField, into effects: inout [Effect]) {
        var sizeField = sizeField
        let action = keys.binding(for: key, in: .quotaSize)?.action
        if action == .submit {
            do {
                let limit = try StorageSize.parse(sizeField.field.text)
                dialog = nil
                perform(.change(.setQuota(limit)), into: &effects)
            } catch {
                sizeField.problem = error.description
                dialog = .quotaSize(sizeField)
            }
        } else if action == .cancel {
            dialog = nil
            say("Cancelled: nothing was changed")
        } else {
            if sizeField.field.edit(key, as: action) { sizeField.problem = nil }
            dialog = .quotaSize(sizeField)
        }
    }
}
