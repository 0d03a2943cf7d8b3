/// Paste is text: what the terminal delivers as a paste goes whole into the field that has
/// the keyboard, and is never run as keys (a pasted address with a `u` in it used to undo the
/// last terminate). Without a focused field a paste does nothing but say so.
extension AppState {
    /// A paste longer than this is refused whole: no field here holds more (the invite list,
    /// the longest, stops at 64,000 characters).
    static let longestPaste = 64_000

    /// The text field that has the keyboard now, in the order `handleKey` routes keys.
    var focusedField: FocusedField? {
        switch dialog {
        case .confirm(let confirmation):
            return confirmation.typedAnswer == nil ? nil : .typedConfirmation
        case .addPerson(let form):
            guard !form.confirmingDiscard, !form.isSending, form.focus != .type else { return nil }
            return .personForm(form.focus)
        case .invite(let form):
            // Typing goes to the addresses from the type too.
            return form.confirmingDiscard || form.isSending ? nil : .inviteAddresses
        case .export(let form):
            return form.phase == .editing ? .exportPath : nil
        case .report:
            return results.savePath == nil || results.isSaving ? nil : .resultsPath
        case .signIn(let prompt):
            return prompt.canSignIn ? .signIn(prompt.field) : nil
        case .quitWhileBusy, .profilePicker, .confirmReadWrite, .typeChoice, .receiverChoice,
            .taskProgress, .handover, .addressReport, .importProblems, .importQuestion, .offboardQuestion, .quotaSize,
            .columnChooser, .viewPicker:
            return nil
        case .groupPicker:
            return .groupPicker
        case nil:
            break
        }
        if helpScroll != nil || messagesScroll != nil { return nil }
        if commandLine != nil { return .commandLine }
        if search.isEditing { return .search }
        if groupsView?.isSearching == true { return .groupSearch }
        return nil
    }

    mutating func paste(_ text: String, into effects: inout [Effect]) {
        guard let field = focusedField else {
            say("Pasted text ignored: no field has the keyboard", .warning)
            return
        }
        guard field != .typedConfirmation else {
            say("Type the answer: a paste does not confirm", .warning)
            return
        }
        guard text.count <= Self.longestPaste else {
            say("Not pasted: \(NumberText.grouped(text.count)) characters is more than \(field.name) holds", .warning)
            return
        }
        guard let typed = Self.pastedText(text, severalLines: field.takesSeveralLines) else {
            say("Not pasted: several lines do not go into \(field.name), which holds one", .warning)
            return
        }
        // Whole, through the field's own keys, as one `.paste` of the cleaned text: it goes in
        // at the cursor (over a selection), within the field's limit, and clears the field's
        // error as typing does.
        switch field {
        case .search:
            handleSearchKey(.paste(typed), into: &effects)
        case .commandLine:
            handleCommandLineKey(.paste(typed), into: &effects)
        case .groupSearch:
            handleGroupsKey(.paste(typed), into: &effects)
        case .personForm, .inviteAddresses, .exportPath, .resultsPath, .signIn, .groupPicker:
            if let dialog { handleDialogKey(.paste(typed), dialog, into: &effects) }
        case .typedConfirmation:
            break
        }
    }

    /// The text a paste types: line breaks (`\r\n`, `\r`, `\n`) become `\n` in a field of
    /// several lines; in a one-line field those at either end are dropped and any left inside
    /// refuse the paste (`nil`). Tabs become spaces; other control characters are dropped.
    static func pastedText(_ text: String, severalLines: Bool) -> String? {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                String(
                    String.UnicodeScalarView(
                        line.unicodeScalars.compactMap { scalar in
                            if scalar == "\t" { return " " }
                            return scalar.properties.generalCategory == .control ? nil : scalar
                        }))
            }
        if severalLines { return lines.joined(separator: "\n") }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.count <= 1 ? (lines.first ?? "") : nil
    }
}
