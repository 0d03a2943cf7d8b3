extension AppState {
    /// A file the admin asked for is written, or not. The dialog that asked (the export, the
    /// results' file name) stays open until the file is there: a failure is said in it, with
    /// the folder, and the name can be fixed and Enter pressed again; nothing typed is lost.
    /// Success closes it and names the file by absolute path.
    mutating func fileWritten(_ path: String, problem: String?, into effects: inout [Effect]) {
        if importFileAnswered(problem: problem, into: &effects) { return }
        if let problem {
            say("Not saved: \(problem)", .error)
            effects.append(.bell)
        } else {
            say("Saved to \(path)", .success)
        }
        switch dialog {
        case .export(var form) where form.phase == .writing:
            if let problem {
                form.phase = .editing
                form.problem = "Not saved: \(problem)"
                dialog = .export(form)
            } else {
                dialog = nil
            }
        case .report where results.isSaving:
            results.isSaving = false
            if let problem {
                results.saveProblem = "Not saved: \(problem)"
            } else {
                results.savePath = nil
                results.saveProblem = nil
            }
        case .confirm, .quitWhileBusy, .report, .signIn, .profilePicker, .confirmReadWrite, .export, .typeChoice,
            .receiverChoice, .taskProgress, .handover, .addPerson, .invite,
            .addressReport, .groupPicker, .importProblems, .importQuestion, nil, .offboardQuestion,
            .quotaSize, .columnChooser, .viewPicker:
            break
        }
    }
}
