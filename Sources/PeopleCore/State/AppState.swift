import DocSpaceAPI

/// Everything the screen shows and the keys act on. The terminal front end draws from this
/// value alone; only `update` changes it.
public struct AppState: Sendable, Equatable {
    public var session: Session {
        didSet { markKinds = marks.firstOfEachKind(me: session.me.id) }
    }
    /// The keys in force (`session.keys`), or their read-only cut.
    public var keys: KeyTable
    /// Seconds on the front end's clock, from the latest tick.
    public var now: Double = 0
    /// A change run waits out the portal's rate limit until then (`ChangeRun.Step.wait`).
    public var runResumesAt: Double?
    public var size: TerminalSize

    // The list.
    public var list = PeopleList()
    /// While a search waits for the server: the loaded rows that match, shown at once.
    public var localMatches: LocalMatches?
    public var cursor = 0
    public var scroll = 0
    public var focus: Pane = .list
    public var filters = ListFilters()
    public var search = SearchState()
    /// The Groups view is on screen in place of the panes (`nil`: the People list).
    public var groupsView: GroupsView?
    /// Marked people, in marking order; actions apply to them when there are any.
    public var marks = Marks() {
        didSet {
            markKinds = marks.firstOfEachKind(me: session.me.id)
            marksVersion &+= 1
        }
    }
    /// `marks` grouped for the action rules.
    /// The first marked person of each kind the action rules tell apart
    /// (`Marks.firstOfEachKind`): the action bar asks on every frame whether each change
    /// applies to anyone marked, and asks the rules once per kind (a handful) instead of once
    /// per marked person (thousands).
    private(set) var markKinds: [Person] = []
    /// A person to put the cursor back on when the reloaded rows arrive.
    var anchorID: String?
    /// Why the listing is not (fully) there: the last page request failed or was stopped.
    /// Cleared when a page arrives or the listing is asked for again.
    public var listProblem: String?

    // The detail.
    public var detail: DetailState?
    public var detailLineCount: Int?

    // Overlays.
    public var dialog: Dialog? {
        didSet {
            // Another list of people (or none): its names start from the top again.
            if oldValue?.peopleListIdentity != dialog?.peopleListIdentity { peopleScroll = 0 }
        }
    }
    /// How far the names in the open dialog's list of people (`Dialog.peopleInQuestion`)
    /// are scrolled: ↑/↓/PgUp/PgDn move it and never answer the dialog.
    public var peopleScroll = 0
    /// The help overlay is open, scrolled this far.
    public var helpScroll: Int?
    /// The `:` command line is open: its text and cursor.
    public var commandLineEditor: LineEditor?
    /// The command line's text, `nil` when closed; setting it puts the cursor at its end.
    public var commandLine: String? {
        get { commandLineEditor?.text }
        set { commandLineEditor = newValue.map { LineEditor($0) } }
    }

    /// The `:messages` overlay is open, scrolled this many messages down from the newest.
    public var messagesScroll: Int?

    // Status.
    public var message: StatusMessage?
    /// Every message said lately, for `:messages`.
    public internal(set) var messageLog = MessageLog()
    public var inFlight: [RequestID: RequestPurpose] = [:]
    /// When the current busy stretch began, for "loading 3 s".
    public var busySince: Double?
    public var undo: UndoOffer?
    /// Background reload period; `nil` turns it off. It pauses while a dialog, the search
    /// field or the command line is open, and while a change runs.
    public var autoRefreshInterval: Double? = 60
    public var nextAutoRefreshAt: Double?
    /// `update` returned `.quit`.
    public var hasQuit = false
    /// The dialog the quit question (`q` or Ctrl-C while a change runs) stands in front of,
    /// back when the admin stays.
    var dialogBeforeQuit: Dialog?
    /// The `sent` audit line of each change request still waiting for its answer.
    var awaitingOutcome: [RequestID: AuditEntry] = [:]
    /// Set on the way out: the `outcome unknown` lines written for changes sent and not
    /// answered, so the front end can say the same on standard error.
    public internal(set) var outcomesUnknown: [AuditEntry] = []
    // The portal task being followed (a demotion, a hand-over before a delete).
    public var taskWatch: TaskWatch?

    var nextRequestNumber = 1

    /// What `P` offers; `nil` when the front end cannot switch portals.
    public var profiles: ProfileList?
    // Range marks, marking all matching, batches with progress, the results view.
    /// The row the last Space or V marked or unmarked: `V` marks from there to the cursor.
    public var markAnchorID: String?
    /// `*` is fetching everyone who matches, page by page.
    public var markAll: MarkAllRun?
    /// A change on its way in batches (progress, Esc stops after the batch).
    public var changeRun: ChangeRun?
    /// `:import`'s run, from `y` to the last line's answer.
    public var importSession: ImportSession?
    /// Off-boarding's run, from `y` to the last step's answer.
    public var offboardRun: OffboardRun?
    /// The file `:import` is checking, until the check answers.
    public var importPath: String?
    /// A type change's lowerings, started once its raises (a `ChangeRun`) are done.
    var followUp: TypeChangePlan?
    /// The results view's scroll and save field.
    public var results = ResultsViewState()
    /// The calendar time behind `now` (audit entries, file names); the store sets it.
    public var wallClock = WallClock()
    /// Where typed file names point, for naming them by absolute path; the front end sets it.
    /// `nil`: names are said as typed.
    public var fileBase: FileBase?
    /// How many marked people the current filter or search hides; kept current by `update`.
    public internal(set) var hiddenMarkCount = 0
    /// What `hiddenMarkCount` was counted for.
    var hiddenMarkBasis: HiddenMarkBasis?
    /// Bumped on every change of `marks`.
    var marksVersion = 0
    /// The marked people a delete leaves out, kept while the hand-over dialog (types) decides,
    /// so the results view still lists them.
    var deleteLeftOut: [SkippedTarget] = []
    /// The rooms of a person in the detail pane, when asked for (`h`).
    public var holdings: RoomHoldings?
    /// The rooms owned by the people of the open confirmation (terminate, delete, demotion).
    public var confirmationRooms: ConfirmationRooms?
    /// The last sign-ins (`H`, the inactive filter `D`): the login history read, the filter
    /// on the list. The list's last-sign-in column reads `signIns.lastSignIn(of:)`.
    public var signIns = SignInsState()
    /// The API keys of the person in the detail pane (`K`).
    public var personKeys: PersonKeys?
    /// The People list's columns, in order (`#`, `:columns`, a saved view's `columns`).
    public var columns: [ListColumn] = ListColumn.standard
    /// The saved view opened or saved last (`:view`, `v`, `:view-save`), for messages.
    public var viewName: String?
    /// Names of groups a view names by id, learnt when the view was saved from here.
    var viewGroupNames: [String: String] = [:]
    /// Names of inviters a view names by id, learnt the same way.
    var viewInviterNames: [String: String] = [:]

    public init(session: Session, size: TerminalSize = TerminalSize(width: 80, height: 24)) {
        self.session = session
        self.size = size
        self.keys = session.readOnly ? session.keys.readOnly() : session.keys
    }

    // MARK: Derived values the screen and the tests read.

    /// A typed file name as the messages say it: absolute when the front end said where
    /// names point (`fileBase`).
    public func fileName(_ name: String) -> String { fileBase?.absolute(name) ?? name }

    public var layout: Layout { Layout(size: size, focus: focus) }

    /// Rows the list shows: the local matches while a search is pending, else the listing.
    public var rowCount: Int { localMatches?.count ?? list.count }

    public func row(at index: Int) -> Person? {
        if let localMatches { return localMatches.indices.contains(index) ? localMatches[index] : nil }
        return list[index]
    }

    /// The compact row the list pane draws at a place: cheaper than `row(at:)`, which builds
    /// a whole `Person`.
    public func listRow(at index: Int) -> PersonRow? {
        if let localMatches { return localMatches.row(at: index) }
        return list.row(at: index)
    }

    /// A listing row the portal promised but did not send (`PeopleList.isMissing`).
    public func isMissingRow(at index: Int) -> Bool {
        localMatches == nil && list.isMissing(at: index)
    }

    /// The person under the cursor, if that row is loaded.
    public var selectedPerson: Person? { row(at: cursor) }

    public func isMarked(_ id: String) -> Bool { marks.contains(id: id) }

    /// The person the detail pane shows: the fresh copy when it came, else the list row.
    public var detailPerson: Person? {
        guard let detail else { return nil }
        if let person = detail.person { return person }
        if let selected = selectedPerson, selected.id == detail.id { return selected }
        return marks.person(id: detail.id)
    }

    public var isBusy: Bool { !inFlight.isEmpty }

    /// A terminate, re-activate or delete is being checked or sent.
    public var isChangeInFlight: Bool {
        inFlight.values.contains { $0.isChange } || taskWatch != nil || runResumesAt != nil
    }

    /// Esc can stop something now: a read is on its way.
    public var canStopLoading: Bool { inFlight.values.contains { $0.isCancellableRead } }

    /// A change has been sent and its answer is awaited.
    public var isChangeSent: Bool { inFlight.values.contains(where: \.isSentChange) }

    /// Esc stops waiting (or explains that a sent change cannot be stopped) rather than doing
    /// its usual job — once the wait has lasted a second, which is when the status line says
    /// "Esc stops". Before that, Esc in the detail still goes back to the list at once.
    public var escapeStopsWaiting: Bool {
        busySeconds >= 1 && (canStopLoading || isChangeSent)
    }

    /// What the app waits for, in a word or two, for the spinner: a change already sent
    /// first (it is what matters and what Esc cannot stop).
    public var busyLabel: String? {
        let purposes = Array(inFlight.values)
        guard !purposes.isEmpty else { return nil }
        if purposes.contains(where: \.isSentChange) { return "sending change" }
        if purposes.contains(where: { if case .reread = $0 { true } else { false } }) { return "re-reading" }
        if purposes.contains(where: { if case .verify = $0 { true } else { false } }) { return "checking" }
        if purposes.contains(.signIn) { return "signing in" }
        if purposes.contains(where: { if case .switchProfile = $0 { true } else { false } }) {
            return "switching portal"
        }
        if purposes.contains(.export) { return "exporting" }
        if let markAll {
            return "marking \(NumberText.grouped(markAll.fetchedCount))/\(markAll.total.map(NumberText.grouped) ?? "…")"
        }
        return "loading"
    }

    /// Whole seconds the app has been busy, for "loading 3 s".
    public var busySeconds: Int {
        guard let busySince else { return 0 }
        return max(0, Int(now - busySince))
    }

    /// The key context that receives keys now.
    public var inputContext: KeyContext {
        switch dialog {
        case .confirm(let confirmation): return confirmation.context
        case .quitWhileBusy: return .confirmation
        case .report: return results.savePath == nil ? .report : .saveResults
        case .signIn: return .signIn
        case .profilePicker: return .profilePicker
        case .confirmReadWrite: return .confirmation
        case .export: return .export
        case .typeChoice: return .typeChoice
        case .receiverChoice: return .receiverChoice
        case .groupPicker: return .groupPicker
        case .taskProgress: return .taskProgress
        case .handover: return .handover
        case .addPerson(let form): return form.confirmingDiscard ? .discardConfirmation : .personForm
        case .invite(let form): return form.confirmingDiscard ? .discardConfirmation : .inviteForm
        case .addressReport, .importProblems: return .summary
        case .importQuestion, .offboardQuestion: return .confirmation
        case .quotaSize: return .quotaSize
        case .columnChooser: return .columnChooser
        case .viewPicker: return .viewPicker
        case nil: break
        }
        if isConnecting { return .connecting }
        if changeRun?.showsProgress == true { return .progress }
        if helpScroll != nil { return .help }
        if messagesScroll != nil { return .messages }
        if commandLine != nil { return .commandLine }
        if search.isEditing { return .search }
        if let groupsView { return groupsView.isSearching ? .groupSearch : .groups }
        return focus == .list ? .list : .detail
    }

    /// "21–40 of 12,345": the rows on screen out of the server's total.
    public var positionText: String {
        if let groupsView { return groupsView.positionText(rows: groupRows) }
        if let localMatches {
            return "\(NumberText.grouped(localMatches.count)) loaded match\(localMatches.count == 1 ? "" : "es")"
        }
        // Before the first page: loading while it is asked for, "not loaded" once it failed
        // (the list pane says why and that r reloads).
        guard let total = list.total else { return listProblem == nil ? "loading…" : "not loaded" }
        if total == 0 { return "no people" }
        let first = min(scroll + 1, total)
        let last = min(scroll + layout.listRows, total)
        return "\(NumberText.grouped(first))–\(NumberText.grouped(last)) of \(NumberText.grouped(total))"
    }

    /// Whether an action applies now, and if not why: drives the action bar.
    public func availability(of action: UserAction) -> Availability {
        refusal(of: action).map { .unavailable($0.text) } ?? .available
    }

    /// Why an action does not apply now, long and short (the action bar shortens reasons
    /// before it leaves keys out); `nil` when it applies.
    public func refusal(of action: UserAction) -> Refusal? {
        switch action {
        case .change(let kind):
            return changeRefusal { kind.refusal(for: $0, me: session.me, keys: keys) }
        case .offboard:
            // Each step has its own rules, said per person in the results; only yourself
            // cannot be off-boarded at all.
            return changeRefusal { $0.id == session.me.id ? Refusal("that is you", short: "you") : nil }
        case .addToGroup, .removeFromGroup:
            // Whichever group is chosen, the same people are left out.
            let adding = action == .addToGroup
            return changeRefusal { ChangeKind.membershipRefusal($0, adding: adding, me: session.me) }
        case .undo:
            guard let undo, undo.expiresAt > now else { return Refusal("nothing to undo") }
            return nil
        case .changeType:
            return typeChangeAvailability.reason.map { Refusal($0) }
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .switchPane, .openDetail, .backToList, .toggleMark,
            .clearMarksOrSearch, .search, .cycleStatusFilter, .cycleTypeFilter, .cycleSort, .reverseSort, .refresh,
            .help, .commandLine, .quit, .closeHelp, .switchProfile, .toggleReadOnly, .export, .copyEmail, .copyID,
            .handOver, .loseData, .pickReceiver, .cancelTask, .addPerson, .invite, .markRange, .markAllMatching,
            .clearMarks, .saveResults, .edit, .openGroups, .showGroupPeople, .pickGroupFilter, .chooseColumns,
            .pickView:
            return nil
        case .clearFilters:
            return filters.isFiltering || signIns.filter != nil ? nil : Refusal("no filter", short: "none")
        case .showRooms, .showLastSignIn, .showAPIKeys:
            return selectedPerson == nil ? Refusal("nothing selected", short: "none") : nil
        case .filterInactive, .cycleAccountFilter, .cyclePaymentsFilter, .cycleQuotaFilter, .toggleGuests,
            .pickInviterFilter:
            return nil
        case .setQuota:
            return changeRefusal { ChangeKind.setQuota(.noLimit).refusal(for: $0, me: session.me, keys: keys) }
        case .copyShareLink:
            guard let row = listRow(at: cursor) else { return Refusal("nothing selected", short: "none") }
            return row.type == .guest ? nil : Refusal("not a guest", short: "not a guest")
        }
    }

    /// Why a change of the marked or selected people does not apply now, by its rule per person.
    private func changeRefusal(_ rule: (Person) -> Refusal?) -> Refusal? {
        if session.readOnly { return Refusal("read-only") }
        if isChangeInFlight { return Refusal("a change is running", short: "busy") }
        if marks.isEmpty {
            // The row knows all the rules read; a whole `Person` would cost a copy.
            guard let person = listRow(at: cursor)?.person else {
                return Refusal("nothing selected", short: "none")
            }
            return rule(person)
        }
        // Asked for every action on every frame, with maybe thousands marked: the rules
        // run once per kind of alike marked people (`markKinds`).
        for person in markKinds where rule(person) == nil {
            return nil
        }
        // It applies to none of them: the first one's reason, as the dialog would say.
        return rule(marks[0])
    }

    /// Marked people, or else the selected person.
    public var actionTargets: [Person] {
        if !marks.isEmpty { return Array(marks) }
        return selectedPerson.map { [$0] } ?? []
    }

    /// How long a wait lasts before the spinner and "loading…" appear. Most detail loads on a
    /// near portal answer sooner; drawing a spinner for them would only cost bytes over SSH on
    /// every cursor move and flicker (the answer lands a frame later).
    public static let busyIndicatorDelay = 0.15

    /// The spinner and "loading…" are drawn: something has been on its way for a moment.
    public var showsBusy: Bool {
        guard let busySince, isBusy else { return false }
        return now - busySince >= Self.busyIndicatorDelay
    }
}

/// "12,345": thousands grouped the same way everywhere, whatever the locale.
public enum NumberText {
    public static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}
