import DocSpaceAPI
import PeopleCore

/// The dialogs of a type change and of the hand-over before a delete, by the state's dialog.
struct TypesDialogs {
    let state: AppState

    func draw(into frame: inout Frame) {
        switch state.dialog {
        case .typeChoice(let choice): TypeChoiceDialog(choice: choice).draw(into: &frame)
        case .receiverChoice(let choice): ReceiverPickerDialog(choice: choice).draw(into: &frame)
        case .taskProgress:
            if let watch = state.taskWatch { TaskProgressDialog(watch: watch).draw(into: &frame) }
        case .handover(let choice): HandoverDialog(choice: choice, scroll: state.peopleScroll).draw(into: &frame)
        case .confirm, .quitWhileBusy, .report, .signIn, .profilePicker, .confirmReadWrite, .export, .addPerson,
            .invite, .addressReport, .groupPicker, .importProblems, .importQuestion,
            .offboardQuestion, .quotaSize, .columnChooser, .viewPicker, nil:
            break
        }
    }
}
