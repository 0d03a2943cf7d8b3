import DocSpaceAPI

extension AppState {
    /// Esc in the list or the detail, before anything else it does: stops waiting for the
    /// reads on their way (pages, the detail, the re-check before a change, the re-read after
    /// a lost answer); their answers are dropped when they come (the runner abandons rather
    /// than cancels, see `EffectRunner`). A change already sent cannot be called back, and
    /// the status line says so honestly. Returns whether there was anything to stop or explain.
    mutating func stopLoading(into effects: inout [Effect]) -> Bool {
        let reads = inFlight.filter { $0.value.isCancellableRead }.map(\.key).sorted()
        let changeSent = inFlight.values.contains(where: \.isSentChange)
        guard !reads.isEmpty || changeSent else { return false }
        if !reads.isEmpty { effects.append(.cancel(reads)) }
        var stoppedCheck: PendingAction?
        var stoppedReread = false
        var stoppedListing = false
        var stoppedTypeCheck = false
        for id in reads {
            switch finish(id) {
            case .page(_, let page):
                if list.requestedPages[page] == id { list.requestedPages[page] = nil }
                stoppedListing = true
            case .detail:
                if detail?.request == id {
                    detail?.request = nil
                    detail?.phase = .failed("stopped (r reloads)")
                }
            case .verify(let action):
                stoppedCheck = action
                changeRun = nil
                followUp = nil
            case .reread:
                stoppedReread = true
            case .types(let step):  // a re-check, the hand-over check or the picker's list
                if case .verify = step { stoppedTypeCheck = true }
                if case .handoverCheck(let action) = step { stoppedCheck = action }
            case .perform, .signIn, .markAllPage, .importLine, .offboardStep, .shareLink, .inviterLookup,
                nil:
                break
            case .groupsPage(_, let page):
                if groupsView?.requestedPages[page] == id { groupsView?.requestedPages[page] = nil }
                groupsView?.problem = "Loading stopped: r reloads"
            case .groupPicker:
                if case .groupPicker(var picker) = dialog, picker.request == id {
                    picker.request = nil
                    picker.problem = "Loading stopped: type to ask again"
                    dialog = .groupPicker(picker)
                }
            case .importCheck:
                say("Import stopped before anything was sent", .warning)
            case .quotaSettings:
                say("Stopped reading the quota settings: nothing was asked", .warning)
            case .offboardCheck:
                say("Off-board stopped before anything was sent", .warning)
            case .signIns:
                signInsStopped(id)
            case .apiKeys:
                if case .loading(id) = personKeys?.phase { personKeys?.phase = .failed("stopped (K reads again)") }
            // Only the reads before sending can be stopped here.
            case .inviteLookup, .create, .invite, .inviteReread,
                .switchProfile, .export:  // their own dialogs stop them
                break
            case .rooms:
                if holdings?.request == id {
                    holdings?.request = nil
                    holdings?.phase = .failed("stopped (h reads them again)")
                }
            case .confirmationRooms:
                if confirmationRooms?.request == id {
                    confirmationRooms?.request = nil
                    let people = confirmationRooms?.people ?? []
                    confirmationRooms?.answers = people.map { .failed(id: $0.id, .cancelled) }
                }
            }
        }
        if stoppedListing {
            listProblem = "Loading stopped: r reloads"
        }
        if stoppedReread, var run = changeRun {
            // The re-read of a failed batch was stopped: its people stay unknown.
            let step = run.rereadFailed(.transport(message: "the re-read was stopped; r reloads"))
            changeRun = run
            advance(step, into: &effects)
        }
        if changeSent {
            say(
                "The change was sent; waiting for the portal's answer (it cannot be called back)"
                    + (reads.isEmpty ? "" : "; stopped loading"), .warning)
        } else if stoppedTypeCheck {
            say("Type change stopped before anything was sent: nothing changed", .warning)
        } else if let action = stoppedCheck {
            say("\(action.kind.name) stopped before anything was sent: nothing changed", .warning)
        } else if !stoppedReread {
            // About the listing when it was stopped: untrue once r brings its rows.
            say("Stopped loading: r reloads", .warning, about: stoppedListing ? .listing : nil)
        }
        return true
    }
}
