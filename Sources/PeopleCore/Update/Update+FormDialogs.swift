import DocSpaceAPI

/// What the add-person form and the invite dialog share: when they may open, and the
/// "discard what was typed? y/N" question a stray Esc asks.
extension AppState {
    /// Says why a form cannot open (a change is running; the signed-in admin may not give even
    /// `type`, the lowest the form offers), or returns `true`.
    mutating func mayOpenForm(giving type: EmployeeType, refusal: String, into effects: inout [Effect]) -> Bool {
        if isChangeInFlight {
            say("Wait: a change is still running", .warning)
            return false
        }
        if PeopleInputRules.typeProblem(type, me: session.me) != nil {
            say("\(refusal): your account is a user or a guest", .warning)
            effects.append(.bell)
            return false
        }
        return true
    }

    /// `y` closes the form and throws the text away; `n`, Esc and Enter go back to it; other
    /// keys are ignored.
    mutating func answerDiscardQuestion(_ key: Key, confirming: inout Bool, discarded: String) {
        switch Reply.yesNo(key, table: keys, in: .discardConfirmation) {
        case .confirm:
            dialog = nil
            say(discarded)
        case .cancel:
            confirming = false
        case .swallow, .edit:
            break
        }
    }
}
