import DocSpaceAPI

/// The rooms a person holds: the detail pane's `h`, and the rooms named in the confirmations
/// of terminate, delete and demotion.
extension AppState {
    /// `h`: the selected person's rooms in the detail pane, read now (again on a second press).
    mutating func showRooms(into effects: inout [Effect]) {
        guard let person = focus == .detail ? detailPerson ?? selectedPerson : selectedPerson else {
            effects.append(.bell)
            return
        }
        if let old = holdings?.request, inFlight[old] != nil {
            _ = finish(old)
            effects.append(.cancel([old]))
        }
        var holdings = RoomHoldings(personID: person.id)
        holdings.personName = person.displayName
        let effect = request(.rooms(personID: person.id), .personRooms(id: person.id))
        if case .request(let id, _) = effect { holdings.request = id }
        self.holdings = holdings
        effects.append(effect)
        say("Reading the rooms of \(person.displayName)…")
    }

    mutating func roomsAnswered(_ id: RequestID, personID: String, _ response: Response) {
        guard holdings?.personID == personID, holdings?.request == id else { return }
        holdings?.request = nil
        switch response {
        case .personRooms(let rooms):
            holdings?.phase = .loaded(rooms)
            say("Rooms of \(holdings?.personName ?? ""): owns \(rooms.owned.count), member of \(rooms.memberOf.count)")
        case .failure(let error):
            holdings?.phase = .failed(ErrorText.explain(error))
            say("Could not read the rooms of \(holdings?.personName ?? ""): \(ErrorText.explain(error))", .error)
        default:
            break
        }
    }

    /// When a confirmation that may take rooms from their owner opens (terminate, delete, a
    /// demotion), ask who of its first people owns rooms; the question does not wait.
    mutating func checkRooms(into effects: inout [Effect]) {
        confirmationRooms = nil
        guard case .confirm(let confirmation) = dialog else { return }
        let people: [Person]
        if let plan = confirmation.typePlan {
            people = plan.demotions
        } else {
            switch confirmation.action.kind {
            case .terminate, .delete:
                people = confirmation.action.targets
            case .reactivate, .setType, .resendInvitation, .signOut, .resetTwoFactor, .sendPasswordReset, .setEmail,
                .addToGroup, .removeFromGroup, .turnOffKeys, .deleteKeys, .setQuota, .resetQuota, .removeGuest:
                people = []
            }
        }
        guard !people.isEmpty else { return }
        var check = ConfirmationRooms(checking: people)
        let effect = request(
            .confirmationRooms, .ownedRooms(ids: check.people.map(\.id), first: ConfirmationRooms.titlesShown))
        if case .request(let id, _) = effect { check.request = id }
        check.question = confirmation.action
        confirmationRooms = check
        effects.append(effect)
    }

    /// The question is answered: its rooms are no longer wanted, and a read still on its way
    /// is let go (its answer would be dropped).
    mutating func dropRoomsCheck(into effects: inout [Effect]) {
        if let id = confirmationRooms?.request, finish(id) != nil { effects.append(.cancel([id])) }
        confirmationRooms = nil
    }

    /// The rooms of the open confirmation, if they were read for it.
    public var roomsInQuestion: ConfirmationRooms? {
        guard case .confirm(let confirmation) = dialog, let rooms = confirmationRooms,
            rooms.question == confirmation.action
        else { return nil }
        return rooms
    }

    mutating func confirmationRoomsAnswered(_ id: RequestID, _ response: Response) {
        guard confirmationRooms?.request == id else { return }
        confirmationRooms?.request = nil
        switch response {
        case .ownedRooms(let answers):
            confirmationRooms?.answers = answers
        case .failure(let error):
            let people = confirmationRooms?.people ?? []
            confirmationRooms?.answers = people.map { .failed(id: $0.id, error) }
        default:
            break
        }
    }
}
