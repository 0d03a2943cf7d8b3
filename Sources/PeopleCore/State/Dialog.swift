import DocSpaceAPI

/// A modal dialog over the panes.
public enum Dialog: Sendable, Equatable {
    case confirm(Confirmation)
    /// `q` while a change is in flight.
    case quitWhileBusy
    /// Per-person results of a change where something failed; any key closes it.
    case report(ActionReport)
    /// The portal answered 401 midway: sign in again, or learn how to.
    case signIn(SignInPrompt)
    /// `P`: the profiles of the config file, to sign in to another portal.
    case profilePicker(ProfilePicker)
    /// `W` in a read-only session: y makes it read-write (W itself never confirms).
    case confirmReadWrite
    /// `e`: format and path, then the progress of fetching every page.
    case export(ExportForm)
    /// `T`: which type to give.
    case typeChoice(TypeChoice)
    /// Who receives the rooms and files (a demotion, a hand-over).
    case receiverChoice(ReceiverChoice)
    /// A group: for the group filter, or to add the people to or remove them from.
    case groupPicker(GroupPicker)
    /// y/N before a type change.
    /// A portal task followed until it completes (`AppState.taskWatch`); Esc stops watching.
    case taskProgress
    /// Before a delete: some targets own rooms or shared files.
    case handover(HandoverChoice)
    /// `n`: the add-person form.
    case addPerson(AddPersonForm)
    /// `i`: invite e-mails.
    case invite(InviteForm)
    /// Per-address results of an invitation or a resend.
    case addressReport(AddressReport)
    /// `:import`: the file's problems, each with its line; nothing was sent.
    case importProblems(ImportSession)
    /// `:import`: y/N before a clean file's lines are sent.
    case importQuestion(ImportSession)
    /// Off-boarding: y/N before the steps go, listing every step and every person.
    case offboardQuestion(OffboardQuestion)
    /// `z`: the storage quota's size for the marked or selected people.
    case quotaSize(QuotaSizeField)
    /// `#`: which columns the list shows, in which order.
    case columnChooser(ColumnChooser)
    /// `v`: the saved views of the config file.
    case viewPicker(ViewPicker)
}
