/// What was open when the portal asked to sign in again: the add form or the invite dialog
/// with everything typed, or the per-address results that came back meanwhile. It waits
/// under the sign-in dialog and comes back when that closes, signed in or not, so a 401 loses
/// nothing the admin typed or still has to read.
public enum DialogUnderSignIn: Sendable, Equatable {
    case addPerson(AddPersonForm)
    case invite(InviteForm)
    case addressReport(AddressReport)

    /// The dialogs worth keeping; the others (a y/N question, a report of a finished change)
    /// are answered or said on the status line already.
    init?(_ dialog: Dialog?) {
        switch dialog {
        case .addPerson(let form): self = .addPerson(form)
        case .invite(let form): self = .invite(form)
        case .addressReport(let report): self = .addressReport(report)
        case .confirm, .quitWhileBusy, .report, .signIn, .profilePicker, .confirmReadWrite, .export, .typeChoice,
            .receiverChoice, .taskProgress, .handover, .groupPicker, .importProblems, .importQuestion,
            nil, .offboardQuestion, .quotaSize, .columnChooser, .viewPicker:
            return nil
        }
    }

    var dialog: Dialog {
        switch self {
        case .addPerson(let form): .addPerson(form)
        case .invite(let form): .invite(form)
        case .addressReport(let report): .addressReport(report)
        }
    }

    /// Said in the sign-in dialog, so the admin knows the text is not lost.
    public var waitingNote: String {
        switch self {
        case .addPerson: "The add form waits underneath with what you typed; it comes back when this closes."
        case .invite: "The invite dialog waits underneath with the addresses; it comes back when this closes."
        case .addressReport: "The invitation results wait underneath; they come back when this closes."
        }
    }
}
