import DocSpaceAPI
import PeopleCore

/// `T`: the four types; those the rules allow for these people and this admin can be chosen,
/// the others are greyed with the reason.
struct TypeChoiceDialog {
    let choice: TypeChoice

    func draw(into frame: inout Frame) {
        let n = choice.targets.count
        var options: [DialogBox.Line] = [DialogBox.Line("")]
        for (index, option) in choice.options.enumerated() {
            let marker = index == choice.cursor ? "▸ " : "  "
            if option.isAvailable {
                let count = n > 1 ? "  (\(NumberText.grouped(option.applicableCount)) of \(NumberText.grouped(n)))" : ""
                let style = index == choice.cursor ? Style(.accent, bold: true, reverse: true) : Style.bold
                options.append(DialogBox.Line(marker + option.type.displayName + count, style, maxLines: 1))
            } else {
                options.append(
                    DialogBox.Line(
                        marker + option.type.displayName + " — " + (option.reason ?? "not allowed"),
                        .muted, maxLines: 1))
            }
        }
        let footer = [
            DialogBox.Line(""),
            DialogBox.Line("↑/↓ choose · Enter next · Esc cancels (nothing is sent yet)", .bold),
        ]
        // The question is which type: up to three names and "+ N more" say whom it is about
        // (four rows at most); the confirmation after it lists them.
        let lines = PeopleInQuestion.body(
            people: choice.targets, after: options, footer: footer, screen: frame.size,
            preferredWidth: 64, atMost: 4)
        DialogBox(
            title: "Change the type of \(PeopleCount(n).text)", lines: lines,
            footer: footer, style: Style(.accent, bold: true), preferredWidth: 64
        ).draw(into: &frame)
    }
}

/// y/N (or the number of people, typed) before a type change: who, from which type to which, who receives the rooms of those
/// demoted, the portal, the requests, who is left out.
struct TypeConfirmDialog {
    let confirmation: TypeChangeConfirmation
    let keys: KeyTable
    /// How far the names are scrolled (`AppState.peopleScroll`).
    var scroll = 0

    func draw(into frame: inout Frame) {
        let plan = confirmation.plan
        var after: [DialogBox.Line] = [DialogBox.Line("")]
        after.append(DialogBox.Line("Portal:  " + confirmation.portal, maxLines: 1))
        if !plan.upgrades.isEmpty {
            after.append(
                DialogBox.Line(
                    "Request: " + plan.upgradeCall + (plan.upgrades.count > 100 ? " (batches of 100)" : ""),
                    Style(.accent)))
        }
        if !plan.demotions.isEmpty {
            after.append(
                DialogBox.Line(
                    "Request: " + TypeChangePlan.demotionCall + " (one by one, followed until done)",
                    Style(.accent)))
            let receiver = plan.receiver.map { PendingAction.label(for: $0) } ?? "you"
            after.append(
                DialogBox.Line("Their rooms and files go to: " + receiver, Style(.warning, bold: true), maxLines: 2))
        }
        if let hidden = PeopleInQuestion.hidden(plan.hiddenByFilter) { after.append(hidden) }
        if let leftOut = PeopleInQuestion.leftOut(plan.skipped) { after.append(leftOut) }
        let footer = QuestionFooter.lines(confirmation.typedAnswer, count: plan.targets.count, keys: keys)
        let lines = PeopleInQuestion.body(
            people: plan.targets, after: after, footer: footer, screen: frame.size,
            scroll: scroll
        ) { person in
            "\(person.type.displayName) → \(plan.type.displayName)  "
        }
        DialogBox(title: plan.title, lines: lines, footer: footer, style: Style(.warning, bold: true))
            .draw(into: &frame)
    }
}
