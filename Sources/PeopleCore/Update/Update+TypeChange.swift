import DocSpaceAPI
import Foundation

/// `T`: the type dialog, the receiver of a demoted person's rooms, the confirmation, the
/// re-check, the upgrades (`PUT people/type/{type}`) and the demotions (`POST people/type`,
/// followed by `TaskWatch`), and the per-person results.
extension AppState {
    // MARK: The action bar

    /// Whether `T` applies to the marked people or the selected one, and if not why.
    var typeChangeAvailability: Availability {
        if session.readOnly { return .unavailable("read-only") }
        if isChangeInFlight { return .unavailable("a change is running") }
        let people: [Person]
        if marks.isEmpty {
            guard let person = listRow(at: cursor)?.person else { return .unavailable("nothing selected") }
            people = [person]
        } else {
            // Alike people are alike to the rules (`markKinds`), except a room admin's
            // "guests they invited", which the dialog checks person by person.
            people = markKinds
        }
        if TypeRules.options(for: people, me: session.me).contains(where: \.isAvailable) { return .available }
        return .unavailable(TypeRules.reasonNoneApplies(to: people, me: session.me))
    }

    // MARK: Opening

    mutating func openTypeChoice(into effects: inout [Effect]) {
        guard let targets = targetsForChange(named: "Change type") else { return }
        let options = TypeRules.options(for: targets, me: session.me)
        guard options.contains(where: \.isAvailable) else {
            let who =
                targets.count == 1
                ? PendingAction.label(for: targets[0]) : "any of the \(NumberText.grouped(targets.count)) marked"
            say(
                "Can't change the type of \(who): \(TypeRules.reasonNoneApplies(to: targets, me: session.me))", .warning
            )
            effects.append(.bell)
            return
        }
        dialog = .typeChoice(TypeChoice(targets: targets, options: options))
        effects.append(.flushTypeAhead)
    }

    // MARK: Keys in the dialogs

    mutating func handleTypesDialogKey(_ key: Key, _ dialog: Dialog, into effects: inout [Effect]) {
        switch dialog {
        case .typeChoice(var choice):
            switch keys.binding(for: key, in: .typeChoice)?.action {
            case .moveUp:
                choice.move(-1)
                self.dialog = .typeChoice(choice)
            case .moveDown:
                choice.move(1)
                self.dialog = .typeChoice(choice)
            case .submit:
                guard let option = choice.chosen, option.isAvailable else {
                    say("Choose a type with ↑/↓ first", .warning)
                    return
                }
                chooseType(option.type, for: choice.targets, into: &effects)
            case .cancel:
                self.dialog = nil
                say("Cancelled: nothing was changed")
            default: break
            }
        case .receiverChoice(var choice):
            switch keys.binding(for: key, in: .receiverChoice)?.action {
            case .moveUp:
                choice.move(-1)
                self.dialog = .receiverChoice(choice)
            case .moveDown:
                choice.move(1)
                self.dialog = .receiverChoice(choice)
            case .submit:
                if choice.keepsRooms, case .offboard(let question) = choice.purpose {
                    offboardReceiverChosen(nil, question)
                    effects.append(.flushTypeAhead)
                    return
                }
                guard let receiver = choice.chosen else { return }
                receiverChosen(receiver, for: choice.purpose, into: &effects)
            case .cancel:
                cancelReceiverChoice(choice.purpose)
            default: break
            }
        case .taskProgress:
            switch keys.binding(for: key, in: .taskProgress)?.action {
            case .cancel: stopWatching(into: &effects)
            case .cancelTask: cancelTask(into: &effects)
            default: break
            }
        case .handover(let choice):
            handleHandoverKey(key, choice, into: &effects)
        default:  // the other dialogs are not a type change's
            break
        }
    }

    // MARK: Type, receiver, confirmation

    mutating func chooseType(_ type: EmployeeType, for targets: [Person], into effects: inout [Effect]) {
        let plan = TypeChangePlan(
            type: type, targets: targets, me: session.me,
            hiddenByFilter: hiddenCount(of: targets))
        if plan.demotions.isEmpty {
            dialog = .confirm(Confirmation(typeChange: plan, portal: session.portal))
        } else {
            openReceiverChoice(.typeChange(plan), into: &effects)
        }
        effects.append(.flushTypeAhead)
    }

    /// The receiver picker: the signed-in admin at once, the other active DocSpace admins
    /// when the portal has listed them.
    mutating func openReceiverChoice(_ purpose: ReceiverChoice.Purpose, into effects: inout [Effect]) {
        dialog = .receiverChoice(ReceiverChoice(purpose: purpose, me: session.me))
        let query = PeopleQuery(status: .active, types: [.docSpaceAdmin], count: PeopleQuery.maxCount)
        effects.append(request(.types(.receiverCandidates), .loadPage(query)))
    }

    mutating func receiverCandidatesAnswered(_ response: Response) {
        guard case .receiverChoice(var choice) = dialog else { return }
        switch response {
        case .page(let page):
            choice.add(page.people)
        case .failure(let error):
            choice.isLoading = false
            choice.problem = "Could not list the admins: \(ErrorText.explain(error)). You can still choose yourself."
        default:
            return
        }
        dialog = .receiverChoice(choice)
    }

    mutating func receiverChosen(_ receiver: Person, for purpose: ReceiverChoice.Purpose, into effects: inout [Effect])
    {
        switch purpose {
        case .typeChange(var plan):
            plan.receiver = receiver
            dialog = .confirm(Confirmation(typeChange: plan, portal: session.portal))
            checkRooms(into: &effects)
        case .handover(var choice):
            choice.receiver = receiver
            dialog = .handover(choice)
        case .offboard(let question):
            offboardReceiverChosen(receiver, question)
        }
        effects.append(.flushTypeAhead)
    }

    mutating func cancelReceiverChoice(_ purpose: ReceiverChoice.Purpose) {
        switch purpose {
        case .typeChange:
            dialog = nil
            say("Cancelled: nothing was changed")
        case .handover(let choice):
            dialog = .handover(choice)
        case .offboard:
            dialog = nil
            say("Off-board cancelled: nothing was sent")
        }
    }

    // MARK: Re-check, then send

    mutating func verifyTypeChange(_ plan: TypeChangePlan, into effects: inout [Effect]) {
        let n = plan.targets.count
        say("Changing \(n == 1 ? plan.targets[0].displayName : PeopleCount(n).text) to \(plan.type.displayName)…")
        effects.append(request(.types(.verify(plan)), .verify(ids: plan.targets.map(\.id))))
    }

    /// The targets as the portal has them now: go on only if each is as the admin saw them
    /// and the change still takes the same route.
    mutating func typeTargetsVerified(_ plan: TypeChangePlan, _ response: Response, into effects: inout [Effect]) {
        let lookups: [Lookup]
        switch response {
        case .lookups(let answer): lookups = answer
        case .failure(let error):
            say("Not sent, nothing changed: could not re-check the people: \(ErrorText.explain(error))", .error)
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
            return
        default: return
        }
        var problems: [String] = []
        var expired: DocSpaceError?
        for target in plan.targets {
            switch lookups.first(where: { $0.id == target.id }) {
            case .found(let now):
                refreshCopies(of: now)
                let wasRoute = TypeRules.verdict(target, to: plan.type, me: session.me)
                if now.status != target.status {
                    problems.append("\(target.displayName) is now \(now.status.displayName)")
                } else if now.type != target.type {
                    problems.append("\(target.displayName) is now \(now.type.displayName)")
                } else if TypeRules.verdict(now, to: plan.type, me: session.me) != wasRoute {
                    problems.append(
                        "\(target.displayName): \(TypeRules.verdict(now, to: plan.type, me: session.me).reason ?? "the rules changed")"
                    )
                }
            case .missing:
                problems.append("\(target.displayName) no longer exists")
                forget(id: target.id)
            case .failed(_, let error):
                problems.append("\(target.displayName): \(ErrorText.explain(error))")
                if case .unauthorized = error { expired = error }
            case nil:
                problems.append("\(target.displayName): no answer")
            }
        }
        guard problems.isEmpty else {
            say("Not sent, nothing changed: \(problems.joined(separator: "; "))", .error)
            effects.append(.bell)
            if let expired { sessionExpired(expired, refusedChange: nil, into: &effects) }
            return
        }
        if plan.upgrades.isEmpty {
            startDemotions(plan, after: nil, into: &effects)
            return
        }
        // The raises go through the one change path (batches, re-read after a refusal); the
        // lowerings follow as the portal's tasks once it has reported.
        changeRun = ChangeRun(action: PendingAction(kind: .setType(plan.type), targets: plan.upgrades))
        followUp = plan.demotions.isEmpty ? nil : plan
        startRun(into: &effects)
    }

    // MARK: Demotions

    /// The lowerings, one portal task each, after the raises reported in `raised` (if any).
    mutating func startDemotions(_ plan: TypeChangePlan, after raised: ActionReport?, into effects: inout [Effect]) {
        let report = raised ?? ActionReport(kind: .setType(plan.type), done: [], failed: [])
        guard !plan.demotions.isEmpty else {
            finishTypeChange(report, into: &effects)
            return
        }
        var watch = TaskWatch(
            job: .typeChange(plan.type), receiver: plan.receiver ?? session.me, people: plan.demotions)
        watch.earlier = report
        taskWatch = watch
        dialog = .taskProgress
        startNextTask(into: &effects)
    }

    /// The outcome of a type change with lowerings: reported like every change (the results
    /// view, the status line, the marks), after the rows are reloaded. Its audit lines were
    /// written as each step went out (the raises' run, each lowering's task).
    mutating func finishTypeChange(_ report: ActionReport, into effects: inout [Effect]) {
        taskWatch = nil
        if dialog == .taskProgress { dialog = nil }
        reload(keepRows: true, into: &effects)
        reloadDetail(into: &effects)
        finishChange(report, recordsAudit: false, into: &effects)
    }

    // MARK: Audit

    /// One audit line for one change request: each of `people` with what happened to them.
    func typesAudit(
        action: String, request: String, people: [Person], report done: [Person],
        failed: [SkippedTarget], detail: String? = nil
    ) -> AuditEntry {
        let targets: [AuditEntry.Target] = people.map { person in
            if let now = done.first(where: { $0.id == person.id }) {
                return .init(
                    id: person.id, email: now.email ?? person.email, displayName: person.displayName,
                    outcome: "done", detail: detail)
            }
            let reason = failed.first(where: { $0.person.id == person.id })?.reason ?? "unknown"
            return .init(
                id: person.id, email: person.email, displayName: person.displayName,
                outcome: "failed", detail: reason)
        }
        // The runner stamps the time: `update` has no clock.
        return AuditEntry(
            time: .distantPast, portal: session.portal,
            user: .init(id: session.me.id, email: session.me.email),
            action: action, request: request, source: "tui", targets: targets)
    }
}
