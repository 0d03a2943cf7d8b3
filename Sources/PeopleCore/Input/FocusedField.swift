/// The text field that has the keyboard: where typed characters and a paste go.
enum FocusedField: Sendable, Equatable {
    case search
    case commandLine
    case personForm(AddPersonForm.Field)
    case inviteAddresses
    case exportPath
    case resultsPath
    case signIn(SignInPrompt.Field)
    /// What a typed confirmation asks for (`DELETE`, the number of people): typed, never pasted.
    case typedConfirmation
    /// The Groups view's search.
    case groupSearch
    /// What the group picker's groups are narrowed by.
    case groupPicker

    /// The invite list takes many values, one per line; every other field holds one line.
    var takesSeveralLines: Bool {
        switch self {
        case .inviteAddresses: true
        case .search, .commandLine, .personForm, .exportPath, .resultsPath, .signIn, .typedConfirmation, .groupSearch,
            .groupPicker:
            false
        }
    }

    /// What the status line calls the field.
    var name: String {
        switch self {
        case .search: "the search"
        case .commandLine: "the command line"
        case .personForm(let field): field.label.lowercased()
        case .inviteAddresses: "the addresses"
        case .exportPath, .resultsPath: "the file name"
        case .signIn(.email): "the e-mail"
        case .signIn(.password): "the password"
        case .typedConfirmation: "the confirmation"
        case .groupSearch: "the groups' search"
        case .groupPicker: "the group picker's field"
        }
    }
}
