import DocSpaceAPI

extension AppState {
    mutating func handleResponse(_ id: RequestID, _ response: Response, into effects: inout [Effect]) {
        // Unknown ids were cancelled or superseded: newest wins, their answers are dropped.
        guard let purpose = finish(id) else { return }
        switch purpose {
        case .page(let generation, let page):
            if list.requestedPages[page] == id { list.requestedPages[page] = nil }
            guard generation == list.generation else { return }
            switch response {
            case .page(let result):
                // The server answered the search: its rows replace the local matches, unless
                // the admin has typed on since.
                if localMatches != nil, search.dueAt == nil {
                    anchorID = anchorID ?? selectedPerson?.id
                    localMatches = nil
                    cursor = 0
                }
                insertPage(result, into: &effects)
            case .failure(.cancelled):
                break
            case .failure(let error):
                listProblem = "Could not load people: \(ErrorText.explain(error))"
                say(listProblem ?? "", .error, about: .listing)
                if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
            default:
                break
            }
        case .detail(let personID):
            guard detail?.id == personID, detail?.request == id else { return }
            detail?.request = nil
            switch response {
            case .person(let person):
                detail?.person = person
                detail?.phase = .loaded
                refreshCopies(of: person)
            case .failure(.cancelled):
                break
            case .failure(let error):
                detail?.phase = .failed(ErrorText.explain(error))
                if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
            default:
                break
            }
        case .verify(let action):
            switch response {
            case .lookups(let lookups):
                targetsVerified(action, lookups, into: &effects)
            case .failure(let error):
                changeRun = nil
                followUp = nil
                say("Not sent, nothing changed: could not re-check the people: \(ErrorText.explain(error))", .error)
                if case .unauthorized = error { sessionExpired(error, refusedChange: action.kind, into: &effects) }
            default:
                break
            }
        case .perform(let batch):
            batchAnswered(batch, response, into: &effects)
        case .reread:
            rereadAnswered(response, into: &effects)
        case .signIn:
            signInAnswered(response, into: &effects)
        case .switchProfile(let name):
            profileSwitchAnswered(name, response, into: &effects)
        case .export:
            exportAnswered(id, response, into: &effects)
        case .types(let step):
            typesAnswered(step, response, into: &effects)
        case .create(let draft):
            personCreated(draft, response, into: &effects)
        case .inviteLookup(let form):
            inviteLookupsAnswered(form, response, into: &effects)
        case .invite(let plan):
            invitationAnswered(plan, response, into: &effects)
        case .inviteReread(let plan, let cause):
            invitationRereadAnswered(plan, cause: cause, response, into: &effects)
        case .markAllPage:
            markAllAnswered(id, response, into: &effects)
        case .groupsPage(let generation, let page):
            groupsPageAnswered(id, generation: generation, page: page, response, into: &effects)
        case .groupPicker:
            groupPickerAnswered(id, response, into: &effects)
        case .importCheck:
            importChecked(response, into: &effects)
        case .importLine:
            importLineAnswered(response, into: &effects)
        case .offboardCheck(let plan):
            offboardChecked(plan, response, into: &effects)
        case .offboardStep:
            offboardStepAnswered(response, into: &effects)
        case .rooms(let personID):
            roomsAnswered(id, personID: personID, response)
        case .confirmationRooms:
            confirmationRoomsAnswered(id, response)
        case .signIns:
            signInsAnswered(id, response, into: &effects)
        case .apiKeys(let personID):
            apiKeysAnswered(id, personID: personID, response, into: &effects)
        case .quotaSettings(let step):
            quotaSettingsAnswered(step, response, into: &effects)
        case .shareLink(let name):
            shareLinkAnswered(name, response, into: &effects)
        case .inviterLookup(let text):
            inviterLookedUp(text, response, into: &effects)
        }
    }
}
