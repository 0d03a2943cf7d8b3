import DocSpaceAPI

/// What hides marked people from the list: the hidden count is recounted only when one of
/// these changed, not on every tick (a whole portal may be marked).
struct HiddenMarkBasis: Equatable {
    var marksVersion: Int
    var generation: Int
    var total: Int
    var loaded: Int
    var localMatches: Int?
    var filters: ListFilters
    var search: String?
}

extension AppState {
    // MARK: Marking

    /// Space: marks or unmarks the cursor row and moves down; the row becomes `V`'s anchor.
    mutating func toggleMark(into effects: inout [Effect]) {
        guard let person = selectedPerson else { return }
        if !marks.remove(id: person.id) { marks.append(person) }
        markAnchorID = person.id
        moveCursor(.moveDown, into: &effects)
    }

    /// `V`: marks every loaded row from the anchor (the last row Space or V marked or
    /// unmarked) to the cursor. With no anchor among the rows it marks the cursor row and
    /// makes it the anchor, so `V`, move, `V` marks a range too.
    mutating func markRange() {
        guard let current = selectedPerson else { return }
        let anchorIndex = markAnchorID.flatMap(rowIndex(of:)) ?? cursor
        let range = min(anchorIndex, cursor)...max(anchorIndex, cursor)
        var added: [Person] = []
        var addedIDs = Set<String>()
        var notLoaded = 0
        for index in range {
            guard let person = row(at: index) else {
                notLoaded += 1
                continue
            }
            if !marks.contains(id: person.id), addedIDs.insert(person.id).inserted { added.append(person) }
        }
        if !added.isEmpty { marks.append(contentsOf: added) }
        markAnchorID = current.id
        let rows = range.count
        var text =
            "Marked \(NumberText.grouped(added.count)) of \(NumberText.grouped(rows)) row\(rows == 1 ? "" : "s") (\(NumberText.grouped(marks.count)) marked)"
        if notLoaded > 0 {
            text += "; \(NumberText.grouped(notLoaded)) not loaded were left out (* marks everyone matching)"
        }
        say(text)
    }

    /// `-` (and Esc when nothing is loading): forgets every mark.
    mutating func clearMarks() {
        guard !marks.isEmpty else {
            say("No marks to clear")
            return
        }
        say("Cleared \(NumberText.grouped(marks.count)) mark\(marks.count == 1 ? "" : "s")")
        marks = []
        markAnchorID = nil
    }

    /// The position of a person among the rows shown, if they are there.
    func rowIndex(of id: String) -> Int? {
        if let localMatches { return localMatches.firstIndex(ofID: id) }
        return list.index(of: id)
    }

    // MARK: Mark all matching

    /// `*`: fetches every page of the current search and filters (at most four at a time)
    /// and marks everyone in them; Esc stops and keeps what arrived.
    mutating func startMarkAll(into effects: inout [Effect]) {
        if markAll != nil {
            say("Already marking everyone matching; Esc stops", .warning)
            return
        }
        let query = filters.query(text: search.appliedText, startIndex: 0)
        markAll = MarkAllRun(query: query)
        say("Marking everyone matching \(matchingLabel)… Esc stops")
        requestMarkAllPages(into: &effects)
    }

    /// "the search 'jane' and status Active", for messages.
    private var matchingLabel: String {
        var parts: [String] = []
        if let text = search.appliedText, !text.isEmpty { parts.append("“\(text)”") }
        if filters.status != nil { parts.append("status \(filters.statusLabel)") }
        if filters.type != nil { parts.append("type \(filters.typeLabel)") }
        if filters.group != nil { parts.append("group \(filters.groupLabel)") }
        parts += filters.serverFilterLabels.map { $0.lowercased().replacingOccurrences(of: ":", with: "") }
        return parts.isEmpty ? "(everyone)" : parts.joined(separator: ", ")
    }

    private mutating func requestMarkAllPages(into effects: inout [Effect]) {
        // In place: the run may hold a whole portal, and a copy would be copied on change.
        while let query = markAll?.nextPageQuery() {
            let effect = request(.markAllPage, .loadPage(query))
            if case .request(let id, _) = effect { markAll?.pending[id] = query.startIndex }
            effects.append(effect)
        }
    }

    /// A page of `*` answered.
    mutating func markAllAnswered(_ id: RequestID, _ response: Response, into effects: inout [Effect]) {
        guard markAll?.pending.removeValue(forKey: id) != nil else { return }
        switch response {
        case .page(let page):
            markAll?.add(page)
            if markAll?.isComplete == true {
                finishMarkAll(stoppedBy: nil, into: &effects)
            } else {
                requestMarkAllPages(into: &effects)
            }
        case .failure(.cancelled):
            break
        case .failure(let error):
            finishMarkAll(stoppedBy: "stopped by an error: \(ErrorText.explain(error))", into: &effects)
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
        default:
            break
        }
    }

    /// Esc while `*` runs: the pages on their way are abandoned; what arrived stays marked.
    mutating func stopMarkAll(into effects: inout [Effect]) {
        finishMarkAll(stoppedBy: "stopped by you", into: &effects)
    }

    /// Marks what `*` collected; `stoppedBy` says why it ended early, if it did.
    private mutating func finishMarkAll(stoppedBy reason: String?, into effects: inout [Effect]) {
        guard let run = markAll else { return }
        markAll = nil
        let abandoned = run.pending.keys.sorted()
        if !abandoned.isEmpty {
            effects.append(.cancel(abandoned))
            for id in abandoned { _ = finish(id) }
        }
        let before = marks.count
        let everyone = run.collected
        if marks.isEmpty {
            marks = everyone
        } else {
            marks.append(contentsOf: everyone)  // those already marked keep their place
        }
        let added = marks.count - before
        let total = run.total ?? run.fetchedCount
        if let reason {
            say(
                "Marking \(reason): marked \(NumberText.grouped(added)) more (\(NumberText.grouped(run.fetchedCount)) of \(NumberText.grouped(total)) matching arrived; the rest are not marked)",
                .warning)
            effects.append(.bell)
        } else {
            say(
                "Marked everyone matching: \(NumberText.grouped(everyone.count)) (\(NumberText.grouped(added)) newly; \(NumberText.grouped(marks.count)) marked)",
                .success)
        }
    }

    // MARK: Hidden marks

    /// Whether the list as it stands (search, filters) leaves this marked person out.
    /// Someone on a page not loaded yet is not hidden when they match the filters and search.
    /// `person` is asked for only when the id does not decide it (the list is not all loaded).
    func isHiddenByFilter(id: String, _ person: () -> Person) -> Bool {
        if let localMatches { return !localMatches.contains(id: id) }
        if list.contains(id: id) { return false }
        if list.isLoaded && list.loadedCount >= list.count { return true }
        let person = person()
        if let status = filters.status, person.status != status { return true }
        if let type = filters.type, person.type != type { return true }
        // A person marked from a list row carries no groups (the row keeps only the first
        // group's name): only the groups a full copy names can hide them.
        switch filters.group {
        case .group(let id, _):
            if !person.groups.isEmpty, !person.groups.contains(where: { $0.id == id }) { return true }
        case .withoutGroup:
            if !person.groups.isEmpty { return true }
        case nil:
            break
        }
        if let text = search.appliedText, !text.isEmpty, !SearchKey.matches(person, text) { return true }
        return false
    }

    /// How many of these people the current filter or search hides from the list.
    func hiddenCount(of people: [Person]) -> Int {
        people.count { person in isHiddenByFilter(id: person.id) { person } }
    }

    /// How many marked people the current filter or search hides from the list.
    func hiddenCount(of marks: Marks) -> Int {
        marks.count(where: isHiddenByFilter(id:_:))
    }

    /// Recounts the marked people the list hides, when anything that decides it changed.
    mutating func refreshHiddenMarkCount() {
        let basis = HiddenMarkBasis(
            marksVersion: marksVersion, generation: list.generation, total: list.count,
            loaded: list.loadedCount, localMatches: localMatches?.count,
            filters: filters, search: search.appliedText)
        guard basis != hiddenMarkBasis else { return }
        hiddenMarkBasis = basis
        // Everyone, unsearched: no mark is hidden, and no need to look (a whole portal may be
        // marked while its pages load one by one).
        let showsEveryone =
            !filters.isFiltering && localMatches == nil
            && (search.appliedText ?? "").isEmpty
        hiddenMarkCount = marks.isEmpty || showsEveryone ? 0 : hiddenCount(of: marks)
    }
}
