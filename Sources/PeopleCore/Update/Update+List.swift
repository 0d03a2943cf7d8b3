import DocSpaceAPI

extension AppState {
    /// How far ahead of the cursor rows should already be loaded: the next page is asked for
    /// as the cursor nears the end of the loaded ones (infinite scroll).
    static let lookahead = 20
    /// At most this many pages are asked for at once, the nearest to the cursor first: a
    /// held PgDn or a jump must not flood the portal, and once answers come back the pages
    /// then on screen are asked for next.
    static let maxPagesInFlight = 4

    // MARK: Cursor

    mutating func moveCursor(_ action: UserAction, into effects: inout [Effect]) {
        let count = rowCount
        guard count > 0 else { return }
        let page = layout.listRows
        switch action {
        case .moveUp: cursor -= 1
        case .moveDown: cursor += 1
        case .pageUp:
            cursor -= page
            scroll -= page
        case .pageDown:
            cursor += page
            scroll += page
        case .top: cursor = 0
        case .bottom: cursor = count - 1
        default: break
        }
        anchorID = nil
        followCursor()
        ensureRowsLoaded(into: &effects)
        syncDetail(into: &effects)
    }

    /// Keeps the cursor inside the rows and the rows on screen around the cursor.
    ///
    /// When list and detail sit side by side, a cursor that leaves the list scrolls it by half
    /// a screen, not by a row. A terminal can only scroll whole lines, and the list's lines are
    /// half the screen's: scrolled a row at a time, the whole pane is rewritten on every key
    /// (2 KB at 110×24; over SSH that is the lag people feel). By half a screen that happens
    /// once every ten rows, as mutt does by default "for slow links". Where the list spans the
    /// width (toggled and stacked layouts) the terminal scrolls it for a few bytes, row by row.
    mutating func followCursor() {
        let count = rowCount
        let rows = layout.listRows
        let jump = layout.mode == .sideBySide ? rows / 2 : 0
        cursor = count == 0 ? 0 : min(max(0, cursor), count - 1)
        if cursor < scroll { scroll = cursor - jump }
        if cursor >= scroll + rows { scroll = cursor - rows + 1 + jump }
        scroll = min(max(0, scroll), max(0, count - rows))
    }

    /// Moves the cursor onto a person if they are among the rows.
    @discardableResult
    mutating func placeCursor(on id: String) -> Bool {
        let index: Int?
        if let localMatches { index = localMatches.firstIndex(ofID: id) } else { index = list.index(of: id) }
        guard let index else { return false }
        cursor = index
        followCursor()
        return true
    }

    // MARK: Loading pages

    /// Asks for every page that holds a row on screen or just ahead of the cursor and is
    /// neither loaded nor already asked for.
    /// With `refetchVisible` the pages on screen are asked for again even when loaded (refresh).
    mutating func ensureRowsLoaded(refetchVisible: Bool = false, into effects: inout [Effect]) {
        var wanted = Set<Int>()
        if refetchVisible, list.isLoaded, localMatches == nil, list.count > 0 {
            let last = min(list.count - 1, max(scroll + layout.listRows - 1, cursor))
            for page in PeopleList.page(containing: min(scroll, cursor))...PeopleList.page(containing: last) {
                wanted.insert(page)
            }
        }
        if !list.isLoaded {
            // While local matches stand in, the cursor points into them, not the listing.
            wanted.insert(localMatches == nil ? PeopleList.page(containing: cursor) : 0)
        } else if localMatches == nil {
            let count = list.count
            let upper = min(count, max(scroll + layout.listRows, cursor + Self.lookahead + 1))
            var index = max(0, min(scroll, cursor))
            while index < upper {
                if !list.hasRow(at: index) && !list.isMissing(at: index) {
                    wanted.insert(PeopleList.page(containing: index))
                    index = (PeopleList.page(containing: index) + 1) * PeopleList.pageSize
                } else {
                    index += 1
                }
            }
        }
        let cursorPage = PeopleList.page(containing: cursor)
        let nearestFirst = wanted.sorted { (abs($0 - cursorPage), $0) < (abs($1 - cursorPage), $1) }
        for page in nearestFirst where list.requestedPages[page] == nil && list.mayRequest(page: page) {
            guard list.requestedPages.count < Self.maxPagesInFlight else { break }
            listProblem = nil
            let query = filters.query(text: search.appliedText, startIndex: page * PeopleList.pageSize)
            let effect = request(.page(generation: list.generation, page: page), .loadPage(query))
            if case .request(let id, _) = effect { list.noteRequest(page: page, id: id) }
            effects.append(effect)
        }
    }

    /// Starts a new listing (new generation: answers to older requests are dropped).
    /// `keepRows` keeps showing the old rows until the new ones arrive (refresh); otherwise
    /// the query changed and the old rows no longer mean anything.
    mutating func reload(keepRows: Bool, into effects: inout [Effect]) {
        guard inactiveFilterBeforeReload(keepRows: keepRows) else { return }
        let stale = Array(list.requestedPages.values).sorted()
        if !stale.isEmpty {
            effects.append(.cancel(stale))
            for id in stale { _ = finish(id) }
        }
        anchorID = selectedPerson?.id
        list.generation += 1
        listProblem = nil
        if keepRows {
            list.requestedPages = [:]
        } else {
            list.clear()
            cursor = 0
            scroll = 0
        }
        ensureRowsLoaded(refetchVisible: keepRows, into: &effects)
    }

    mutating func insertPage(_ page: PeoplePage, into effects: inout [Effect]) {
        listProblem = nil
        retireMessage(about: .listing)
        list.insert(page)
        // The list already holds them; only the other copies need the news.
        for person in page.people { refreshCopies(of: person, includingList: false) }
        if let anchorID, placeCursor(on: anchorID) {
            self.anchorID = nil
        }
        followCursor()
        ensureRowsLoaded(into: &effects)
        syncDetail(into: &effects)
    }

    // MARK: Detail

    /// Points the detail at the selected person and asks the server for a fresh copy; the
    /// previous detail request is cancelled (latest wins).
    mutating func syncDetail(into effects: inout [Effect]) {
        guard let person = selectedPerson else {
            if let old = detail?.request {
                effects.append(.cancel([old]))
                _ = finish(old)
            }
            if rowCount == 0 { detail = nil }
            return
        }
        guard detail?.id != person.id else { return }
        if let old = detail?.request {
            effects.append(.cancel([old]))
            _ = finish(old)
        }
        detail = DetailState(id: person.id)
        detailLineCount = nil
        let effect = request(.detail(id: person.id), .loadDetail(id: person.id))
        if case .request(let id, _) = effect { detail?.request = id }
        effects.append(effect)
    }

    mutating func reloadDetail(into effects: inout [Effect]) {
        guard let current = detail else { return }
        if let old = current.request {
            effects.append(.cancel([old]))
            _ = finish(old)
        }
        let effect = request(.detail(id: current.id), .loadDetail(id: current.id))
        if case .request(let id, _) = effect { detail?.request = id }
        detail?.phase = .loading
        effects.append(effect)
    }

    /// The server sent a newer copy of a person: every place that shows them follows.
    mutating func refreshCopies(of person: Person, includingList: Bool = true) {
        if includingList { list.update(person) }
        if localMatches != nil {
            localMatches?.update(person)
            // The snapshot follows too, so the matches still come from it (and Esc shows news).
            search.saved?.list.update(person)
        }
        if marks.contains(id: person.id) { marks.update(person) }
        if detail?.id == person.id, detail?.person != nil { detail?.person = person }
        if let index = undo?.people.firstIndex(where: { $0.id == person.id }) {
            undo?.people[index] = person
        }
    }

    /// The server deleted a person: they leave the list, the marks and the detail.
    mutating func forget(id: String) {
        list.remove(id: id)
        localMatches?.remove(id: id)
        if let saved = search.saved {
            var list = saved.list
            list.remove(id: id)
            search.saved?.list = list
        }
        marks.remove(id: id)
        undo?.people.removeAll { $0.id == id }
        if undo?.people.isEmpty == true { undo = nil }
        if detail?.id == id {
            if let request = detail?.request { _ = finish(request) }
            detail = nil
        }
    }
}
