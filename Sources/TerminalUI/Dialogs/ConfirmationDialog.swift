import DocSpaceAPI
import PeopleCore

/// The confirmation: who (display name and e-mail), how many, where (portal), what the server
/// will be asked (the request line), marked people the filter hides, and the keys. Enter, Esc
/// and n say No; only y says Yes, or the typed answer (`DELETE` for a delete of several, the
/// number of people for more than `ChangeKind.typedCountThreshold`).
struct ConfirmationDialog {
    let confirmation: Confirmation
    let keys: KeyTable
    /// How far the names are scrolled (`AppState.peopleScroll`).
    var scroll = 0
    /// The rooms the people in question own, for a terminate, delete or demotion.
    var rooms: ConfirmationRooms?

    func draw(into frame: inout Frame) {
        let action = confirmation.action
        // What follows the names: it stays on screen whatever the number of people.
        var after: [DialogBox.Line] = [DialogBox.Line("")]
        after.append(DialogBox.Line("Portal:  " + confirmation.portal, maxLines: 1))
        if let plan = confirmation.typePlan {
            after += Self.requests(of: plan)
        } else {
            after.append(DialogBox.Line("Request: " + action.serverCall, Style(.accent)))
            after.append(DialogBox.Line(action.consequence))
        }
        let roomsAt = after.count
        if let hidden = PeopleInQuestion.hidden(confirmation.hiddenByFilter) { after.append(hidden) }
        if let leftOut = PeopleInQuestion.leftOut(confirmation.skipped) { after.append(leftOut) }
        // More than one batch: how it goes out, and that Esc can stop between batches.
        let size = action.kind.batchSize
        let batches = (action.targets.count + size - 1) / size
        if batches > 1 {
            let how =
                size == 1
                ? "\(NumberText.grouped(batches)) requests, one per person; Esc stops after the one on its way."
                : "\(NumberText.grouped(batches)) batches of at most \(size); Esc stops after the batch on its way."
            after.append(DialogBox.Line("Sent in " + how, .muted))
        }
        if let limit = action.kind.callLimit, batches > limit.calls {
            // The portal counts calls to this endpoint: past its limit it answers 429 and the
            // rest wait (the client honours Retry-After) or fail.
            after.append(
                DialogBox.Line(
                    "The portal allows \(limit.calls) calls of this kind in \(limit.minutes) minutes; this change needs \(batches): the rest will wait or be refused.",
                    Style(.warning, bold: true)))
        }
        // The keys: the footer, which no length of names can push off the screen.
        let footer = QuestionFooter.lines(confirmation.typedAnswer, count: action.targets.count, keys: keys)
        if let rooms {
            after.insert(
                contentsOf: Self.roomLines(rooms, besides: after + footer, names: action.targets.count, in: frame.size),
                at: roomsAt)
        }
        let plan = confirmation.typePlan
        let lines = PeopleInQuestion.body(
            people: action.targets, after: after, footer: footer, screen: frame.size,
            scroll: scroll
        ) { person in
            // A type change names each person's type now and after.
            plan.map { "\(person.type.displayName) → \($0.type.displayName)  " } ?? ""
        }
        let style =
            switch action.kind {
            case .reactivate, .addToGroup: Style(.accent, bold: true)
            case .setType, .removeFromGroup, .setQuota, .resetQuota, .removeGuest: Style(.warning, bold: true)
            case .terminate, .delete, .resendInvitation, .signOut, .resetTwoFactor, .sendPasswordReset, .setEmail,
                .turnOffKeys, .deleteKeys:
                Style(.danger, bold: true)
            }
        DialogBox(title: confirmation.title, lines: lines, footer: footer, style: style).draw(into: &frame)
    }

    /// The rooms the people own, a row each, in the rows the names (up to three) leave: the
    /// names and the keys come first; what does not fit says a taller terminal shows it.
    static func roomLines(
        _ rooms: ConfirmationRooms, besides fixed: [DialogBox.Line], names: Int, in screen: TerminalSize
    ) -> [DialogBox.Line] {
        let inner = DialogBox.innerWidth(screenWidth: screen.width, preferredWidth: 72)
        let used = DialogBox.wrap([DialogBox.Line("")] + fixed, width: inner).count + min(names, 3)
        let spare = DialogBox.contentRows(screenHeight: screen.height) - used
        let style = rooms.answers == nil ? Style.muted : Style(.warning, bold: true)
        let lines = rooms.lines
        let shown =
            lines.count <= spare
            ? lines : spare >= 2 ? Array(lines.prefix(spare - 1)) + ["Rooms: more in a taller terminal"] : []
        return shown.map { DialogBox.Line($0, style, maxLines: 1) }
    }

    /// A type change's requests: the raises in batches, the lowerings one by one as portal
    /// tasks, and who receives the rooms and files of those lowered.
    static func requests(of plan: TypeChangePlan) -> [DialogBox.Line] {
        var lines: [DialogBox.Line] = []
        if !plan.upgrades.isEmpty {
            lines.append(
                DialogBox.Line(
                    "Request: " + plan.upgradeCall + (plan.upgrades.count > 100 ? " (batches of 100)" : ""),
                    Style(.accent)))
        }
        if !plan.demotions.isEmpty {
            lines.append(
                DialogBox.Line(
                    "Request: " + TypeChangePlan.demotionCall + " (one by one, followed until done)", Style(.accent)))
            let receiver = plan.receiver.map { PendingAction.label(for: $0) } ?? "you"
            lines.append(
                DialogBox.Line("Their rooms and files go to: " + receiver, Style(.warning, bold: true), maxLines: 2))
        }
        return lines
    }
}

/// `q` or Ctrl-C while a change is in flight.
struct QuitDialog {
    let keys: KeyTable

    func draw(into frame: inout Frame) {
        DialogBox(
            title: "Quit?",
            lines: [
                DialogBox.Line(""),
                DialogBox.Line(
                    "A change is still on its way to the server. If you quit now you will not see whether it worked."),
                DialogBox.Line("The audit log will say it was sent and that its outcome is not known."),
            ],
            footer: [
                DialogBox.Line(""),
                DialogBox.Line(
                    QuestionFooter.line(keys: keys, yes: "Quit anyway", no: "Stay") + "; Ctrl-C quits", .bold),
            ], style: Style(.warning, bold: true), preferredWidth: 64
        ).draw(into: &frame)
    }
}
