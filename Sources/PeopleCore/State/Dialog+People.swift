import DocSpaceAPI

extension Dialog {
    /// The people a question is about, when the dialog lists them by name and lets the list
    /// scroll (the confirmations, the hand-over); `nil` for the others — a
    /// chooser's ↑/↓ pick an option instead.
    public var peopleInQuestion: [Person]? {
        switch self {
        case .confirm(let confirmation): confirmation.action.targets
        case .handover(let choice): choice.needing
        case .offboardQuestion(let question): question.plan.people
        case .quitWhileBusy, .report, .signIn, .profilePicker, .confirmReadWrite, .export, .typeChoice,
            .receiverChoice, .taskProgress, .addPerson, .invite, .addressReport, .groupPicker,
            .importProblems, .importQuestion, .quotaSize, .columnChooser, .viewPicker:
            nil
        }
    }

    /// Which list of people is on screen, cheaply (a dialog is replaced on every key typed
    /// into it): the scroll starts again when it changes.
    var peopleListIdentity: PeopleListIdentity? {
        peopleInQuestion.map { PeopleListIdentity(count: $0.count, firstID: $0.first?.id) }
    }
}

struct PeopleListIdentity: Equatable {
    var count: Int
    var firstID: String?
}
