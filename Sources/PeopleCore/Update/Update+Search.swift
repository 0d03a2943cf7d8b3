import DocSpaceAPI
import Foundation

extension AppState {
    /// `/`: opens the field and remembers the list for Esc.
    mutating func openSearch() {
        focus = .list
        search.isEditing = true
        // The previous search, selected: typing replaces it, an arrow keeps it.
        search.line = LineEditor(search.appliedText ?? "", selected: true)
        search.history.stopBrowsing()
        search.saved = SavedListing(
            list: list, appliedText: search.appliedText,
            cursor: cursor, scroll: scroll)
    }

    mutating func handleSearchKey(_ key: Key, into effects: inout [Effect]) {
        switch keys.binding(for: key, in: .search)?.action {
        case .submit:
            if search.dueAt != nil { runSearch(into: &effects) }
            search.history.record(search.text.trimmingCharacters(in: .whitespaces))
            search.isEditing = false
            search.saved = nil
            focus = .list
        case .cancel:
            cancelSearch(into: &effects)
        case .olderEntry:
            if let earlier = search.history.older(than: search.text) { recall(earlier) }
        case .newerEntry:
            if let later = search.history.newer() { recall(later) }
        case .edit(let fieldKey):
            if search.line.apply(fieldKey) { searchLineEdited() }
        default:
            if search.line.edit(key) { searchLineEdited() }
        }
    }

    /// ↑/↓: an earlier search in the field, its cursor at the end, searched as if typed.
    private mutating func recall(_ text: String) {
        search.line = LineEditor(text)
        searchTextChanged()
    }

    private mutating func searchLineEdited() {
        search.history.stopBrowsing()
        searchTextChanged()
    }

    /// Filters the loaded rows at once and schedules the server search (debounce). A text
    /// that only grew narrows the previous matches (`LocalMatches`).
    mutating func searchTextChanged() {
        let selectedID = listRow(at: cursor)?.id
        let text = search.text.trimmingCharacters(in: .whitespaces)
        if SearchTerms(text).isEmpty {
            localMatches = nil
        } else {
            localMatches = LocalMatches(
                text: text, base: search.saved?.list ?? PeopleList(), current: list,
                narrowing: localMatches)
        }
        search.dueAt = now + SearchState.debounce
        if let selectedID, placeCursor(on: selectedID) { return }
        cursor = 0
        scroll = 0
        followCursor()
    }

    /// The debounce ran out (or Enter came first): ask the server, newest wins.
    mutating func runSearch(into effects: inout [Effect]) {
        search.dueAt = nil
        let text = search.text.trimmingCharacters(in: .whitespaces)
        let wanted: String? = text.isEmpty ? nil : text
        if wanted == search.appliedText, localMatches == nil { return }
        // Back to what the list showed before the search: no need to ask anyone.
        if let saved = search.saved, wanted == saved.appliedText {
            restore(saved, into: &effects)
            return
        }
        search.appliedText = wanted
        anchorID = selectedPerson?.id
        let stale = Array(list.requestedPages.values).sorted()
        if !stale.isEmpty {
            effects.append(.cancel(stale))
            for id in stale { _ = finish(id) }
        }
        list.generation += 1
        list.clear()
        ensureRowsLoaded(into: &effects)
        if localMatches == nil {
            cursor = 0
            scroll = 0
        }
    }

    /// Esc: the list comes back as it was when `/` was pressed; pending answers are dropped.
    mutating func cancelSearch(into effects: inout [Effect]) {
        search.isEditing = false
        search.dueAt = nil
        if let saved = search.saved {
            restore(saved, into: &effects)
        } else {
            localMatches = nil
        }
        search.saved = nil
        search.text = search.appliedText ?? ""
        focus = .list
    }

    private mutating func restore(_ saved: SavedListing, into effects: inout [Effect]) {
        let stale = Array(list.requestedPages.values).sorted()
        if !stale.isEmpty {
            effects.append(.cancel(stale))
            for id in stale { _ = finish(id) }
        }
        let generation = list.generation + 1
        list = saved.list
        list.generation = generation
        list.requestedPages = [:]
        search.appliedText = saved.appliedText
        localMatches = nil
        cursor = saved.cursor
        scroll = saved.scroll
        anchorID = nil
        followCursor()
        ensureRowsLoaded(into: &effects)
        syncDetail(into: &effects)
    }

    /// `:search text` and Esc in the list: applies a search without the field.
    mutating func applySearch(_ text: String?, into effects: inout [Effect]) {
        let wanted = text.flatMap { $0.isEmpty ? nil : $0 }
        let history = search.history
        search = SearchState()
        search.history = history
        if let wanted { search.history.record(wanted) }
        search.text = wanted ?? ""
        localMatches = nil
        search.appliedText = wanted
        say(wanted.map { "Search: \($0)" } ?? "Search cleared")
        reload(keepRows: false, into: &effects)
    }
}
