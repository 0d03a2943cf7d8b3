import DocSpaceAPI
import Foundation
import PeopleCore

/// Builds the whole screen from the state alone.
public struct AppView {
    public var state: AppState
    public var timeZone: TimeZone

    public init(state: AppState, timeZone: TimeZone = .current) {
        self.state = state
        self.timeZone = timeZone
    }

    /// The detail's line count at the current layout, reported back to the view-model so that
    /// scrolling stops at the end.
    public var detailLineCount: Int? {
        guard let rect = state.layout.detail else { return nil }
        return DetailPane(state: state, timeZone: timeZone).lineCount(width: rect.width - 1)
    }

    public func frame() -> Frame {
        var drawnDetailLines: Int?? = nil
        return frame(drawnDetailLines: &drawnDetailLines)
    }

    /// The frame and `detailLineCount`, the detail's lines made once for both: the terminal
    /// loop wants the two after every key, and making the lines twice was a tenth of a frame.
    public func frameAndDetailLineCount() -> (frame: Frame, detailLineCount: Int?) {
        var drawnDetailLines: Int?? = nil
        let frame = frame(drawnDetailLines: &drawnDetailLines)
        // A frame that did not draw the detail (too small, connecting) measures it apart.
        return (frame, drawnDetailLines ?? detailLineCount)
    }

    /// Builds the frame; `drawnDetailLines` is set to the detail's line count if the detail
    /// pane was drawn.
    private func frame(drawnDetailLines: inout Int??) -> Frame {
        var frame = Frame(size: state.size)
        let layout = state.layout
        guard layout.mode != .tooSmall else {
            drawTooSmall(into: &frame)
            return frame
        }
        // The first page on its way: what is coming, not an empty list.
        if state.isConnecting {
            ConnectingScreen(portal: state.session.portal, seconds: state.busySeconds, keys: state.keys).draw(
                into: &frame)
            return frame
        }
        TitleBar(state: state).draw(into: &frame, in: layout.titleBar)
        if let groups = state.groupsView {
            // In place of the panes, across the body of the screen.
            let body = Rect(x: 0, y: 1, width: state.size.width, height: max(0, state.size.height - 3))
            GroupsPane(state: state, view: groups).draw(into: &frame, in: body)
        } else if let list = layout.list {
            ListPane(state: state).draw(into: &frame, in: list)
        }
        if state.groupsView == nil, let detail = layout.detail {
            drawnDetailLines = .some(DetailPane(state: state, timeZone: timeZone).draw(into: &frame, in: detail))
        }
        if layout.mode == .sideBySide, state.groupsView == nil, let list = layout.list {
            for y in list.y..<list.maxY { frame.put("│", y: y, x: list.maxX, style: .muted) }
        }
        ActionBar(state: state).draw(into: &frame, in: layout.actionBar)
        StatusLine(state: state).draw(into: &frame, in: layout.statusLine)
        if state.helpScroll != nil {
            HelpOverlay(state: state).draw(into: &frame)
        }
        if state.messagesScroll != nil {
            MessagesOverlay(state: state).draw(into: &frame)
        }
        // A change of several people on its way, batch by batch.
        if let run = state.changeRun, run.showsProgress {
            ProgressDialog(
                run: run, portal: state.session.portal, waitLeft: state.runResumesAt.map { $0 - state.now }
            ).draw(into: &frame)
        }
        switch state.dialog {
        case .confirm(let confirmation):
            ConfirmationDialog(
                confirmation: confirmation, keys: state.keys, scroll: state.peopleScroll, rooms: state.roomsInQuestion
            ).draw(into: &frame)
        case .quitWhileBusy: QuitDialog(keys: state.keys).draw(into: &frame)
        case .report(let report):
            ResultsDialog(report: report, view: state.results, target: state.results.savePath.map(state.fileName))
                .draw(into: &frame)
        case .signIn(let prompt): SignInDialog(prompt: prompt, portal: state.session.portal).draw(into: &frame)
        case .profilePicker(let picker):
            ProfilePickerDialog(picker: picker, portal: state.session.portal).draw(into: &frame)
        case .confirmReadWrite: ReadWriteDialog(portal: state.session.portal, keys: state.keys).draw(into: &frame)
        case .export(let form): ExportDialog(form: form, target: state.fileName(form.path)).draw(into: &frame)
        case .typeChoice, .receiverChoice, .taskProgress, .handover:
            TypesDialogs(state: state).draw(into: &frame)
        case .groupPicker(let picker):
            GroupPickerDialog(picker: picker, current: state.filters.group).draw(into: &frame)
        case .addPerson(let form): AddPersonDialog(form: form, portal: state.session.portal).draw(into: &frame)
        case .invite(let form): InviteDialog(form: form, portal: state.session.portal).draw(into: &frame)
        case .addressReport(let report): AddressReportDialog(report: report).draw(into: &frame)
        case .importProblems(let session): ImportProblemsDialog(session: session).draw(into: &frame)
        case .importQuestion(let session):
            ImportQuestionDialog(session: session, portal: state.session.portal, keys: state.keys).draw(into: &frame)
        case .offboardQuestion(let question):
            OffboardDialog(question: question, keys: state.keys, scroll: state.peopleScroll).draw(into: &frame)
        case .quotaSize(let sizeField): QuotaSizeDialog(sizeField: sizeField).draw(into: &frame)
        case .columnChooser(let chooser): ColumnChooserDialog(chooser: chooser).draw(into: &frame)
        case .viewPicker(let picker): ViewPickerDialog(picker: picker, current: state.viewName).draw(into: &frame)
        case nil: break
        }
        return frame
    }

    private func drawTooSmall(into frame: inout Frame) {
        let size = frame.size
        let need = Layout.minimumSize
        // Nothing acts unseen: until the terminal is large enough every key but quit's is
        // ignored, and the last one ignored is named, so a key that did nothing is not a mystery.
        let quitKey = state.keys.bindings(in: .panes).first { $0.action == .quit }?.keys.first?.displayName ?? "q"
        var lines = [
            "terminal too small (need \(need.width)×\(need.height))",
            "now \(size.width)×\(size.height): keys are ignored",
            "enlarge it, or \(quitKey) quits",
        ]
        if let message = state.message { lines.append(TerminalText.sanitized(message.text)) }
        let top = max(0, size.height / 2 - 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            let cut = TerminalText.truncated(line, toWidth: size.width)
            let x = max(0, (size.width - TerminalText.width(cut)) / 2)
            frame.put(cut, y: top + i, x: x, style: i == 0 ? Style(.warning, bold: true) : .plain)
        }
    }
}
