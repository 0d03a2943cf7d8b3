import DocSpaceAPI

/// The column chooser (`#`, `:columns`) and the saved views (`v`, `:view`, `:view-save`).
extension AppState {
    mutating func openColumnChooser() {
        dialog = .columnChooser(ColumnChooser(chosen: columns))
    }

    mutating func handleColumnChooserKey(_ key: Key, _ chooser: ColumnChooser) {
        var chooser = chooser
        let action = keys.binding(for: key, in: .columnChooser)?.action
        if action == .moveUp || action == .moveDown {
            chooser.move(by: action == .moveUp ? -1 : 1)
        } else if action == .toggleMark {
            chooser.toggle()
        } else if action == .submit {
            guard !chooser.chosen.isEmpty else {
                chooser.problem = "Choose at least one column (Space)"
                dialog = .columnChooser(chooser)
                return
            }
            dialog = nil
            setColumns(chooser.chosen)
            return
        } else if action == .cancel {
            dialog = nil
            return
        }
        // Any other key does nothing here.
        dialog = .columnChooser(chooser)
    }

    /// `:columns name,email,storage`: those columns at once; with no words, the chooser.
    mutating func columnsCommand(_ args: [String]) {
        guard !args.isEmpty else {
            openColumnChooser()
            return
        }
        do {
            setColumns(try ListColumn.list(parsing: args.joined(separator: " ")))
        } catch {
            say("columns: \(error)", .error)
        }
    }

    mutating func setColumns(_ chosen: [ListColumn]) {
        columns = chosen
        say("Columns: " + chosen.map(\.configName).joined(separator: ", "))
    }

    // MARK: Saved views

    mutating func openViewPicker() {
        let names = session.views.names
        guard !names.isEmpty else {
            say("No saved views: :view-save NAME saves this one as [views.NAME] in the config file", .warning)
            return
        }
        dialog = .viewPicker(ViewPicker(names: names, current: viewName))
    }

    mutating func handleViewPickerKey(_ key: Key, _ picker: ViewPicker, into effects: inout [Effect]) {
        var picker = picker
        let action = keys.binding(for: key, in: .viewPicker)?.action
        if action == .moveUp || action == .moveDown {
            picker.move(by: action == .moveUp ? -1 : 1)
        } else if action == .submit {
            dialog = nil
            if let name = picker.chosen { openView(named: name, into: &effects) }
            return
        } else if action == .cancel {
            dialog = nil
            return
        }
        dialog = .viewPicker(picker)
    }

    /// `:view NAME`; `:view` alone opens the picker.
    mutating func viewCommand(_ args: [String], into effects: inout [Effect]) {
        guard !args.isEmpty else {
            openViewPicker()
            return
        }
        openView(named: args.joined(separator: " "), into: &effects)
    }

    mutating func openView(named name: String, into effects: inout [Effect]) {
        guard let view = session.views.views[name] else {
            let known = session.views.names
            say(
                "No view \"\(name)\" in the config file"
                    + (known.isEmpty ? " (it has none)" : " (known: \(known.joined(separator: ", ")))"), .error)
            return
        }
        applyView(view, named: name, into: &effects)
    }

    /// The view's filters, search, sort and columns replace the list's, with one reload.
    /// What the list cannot show is said, not dropped in silence: a second type (the list
    /// filters by one), and a sort the list has no key for. A group named by
    /// its name (written by hand; `:view-save` writes ids) is the portal's to resolve: the
    /// group filter's picker opens with the name typed, the rest of the view already applied.
    mutating func applyView(_ view: SavedView, named name: String, into effects: inout [Effect]) {
        var notes: [String] = []
        var groupToPick: String?
        filters.status = view.status
        filters.type = view.types.first
        if view.types.count > 1 {
            notes.append("the list filters by one type: \(view.types[0].displayName)")
        }
        if view.withoutGroup {
            filters.group = .withoutGroup
        } else if let group = view.group, Self.isGroupID(group) {
            filters.group = .group(id: group, name: viewGroupNames[group] ?? group)
        } else if let group = view.group {
            filters.group = nil
            groupToPick = group
        } else {
            filters.group = nil
        }
        if let sort = view.sort {
            if let column = Self.sortColumn(sort) {
                filters.sortField = column
            } else {
                notes.append("the list cannot sort by \(sort.rawValue)")
            }
        } else {
            filters.sortField = .name
        }
        filters.sortOrder = view.descending ? .descending : .ascending
        filters.quota = view.quota
        filters.account = view.account
        filters.payments = view.seats
        filters.area = view.guests ? .guests : nil
        let inviterToLookUp = applyViewInviter(view)
        columns = view.columns.isEmpty ? ListColumn.standard : view.columns
        viewName = name
        let history = search.history
        search = SearchState()
        search.history = history
        search.text = view.search ?? ""
        search.appliedText = view.search
        localMatches = nil
        reload(keepRows: false, into: &effects)
        say(
            "View \(name)" + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"),
            notes.isEmpty ? .info : .warning)
        if let inviterToLookUp {
            // As `:inviter TEXT` does: the portal reads the e-mail, user name or id, and its
            // answer sets the filter (`inviterLookedUp`), with a reload of its own.
            let lookup: Request =
                inviterToLookUp.contains("@") ? .lookUpEmails([inviterToLookUp]) : .loadDetail(id: inviterToLookUp)
            effects.append(request(.inviterLookup(inviterToLookUp), lookup))
            say("View \(name): looking up the inviter \(inviterToLookUp)…")
        }
        if let groupToPick { openGroupPicker(.filter, text: groupToPick, into: &effects) }
    }

    /// The view's inviter filter. Yourself (by flag, id or e-mail) and a person whose name is
    /// known (saved from here, loaded, or named as someone's inviter) apply at once; anyone
    /// else is the portal's to find: the filter waits for that answer, and the text is
    /// returned to be looked up.
    private mutating func applyViewInviter(_ view: SavedView) -> String? {
        guard let text = view.inviter else {
            filters.inviter = view.invitedByMe ? .me : nil
            return nil
        }
        let word = text.lowercased()
        if word == session.me.id.lowercased() || word == session.me.email?.lowercased() {
            filters.inviter = .me
            return nil
        }
        if let name = knownInviterName(word) {
            filters.inviter = .person(id: name.id, name: name.name)
            return nil
        }
        filters.inviter = nil
        return text
    }

    /// A person named by id or e-mail (`word`, lower-cased) whose name this session knows.
    private func knownInviterName(_ word: String) -> (id: String, name: String)? {
        if let name = viewInviterNames.first(where: { $0.key.lowercased() == word }) {
            return (name.key, name.value)
        }
        for person in list.loadedPeople {
            if person.id.lowercased() == word || person.email?.lowercased() == word {
                return (person.id, person.displayName)
            }
            if let creator = person.createdBy, creator.id.lowercased() == word {
                return (creator.id, creator.displayName)
            }
        }
        return nil
    }

    /// A group's id as the portal makes them: a GUID (8-4-4-4-12 hex digits).
    static func isGroupID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [8, 4, 4, 4, 12] && parts.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// The list's sort for a sort field of `list --sort`, if it has one.
    static func sortColumn(_ field: PeopleQuery.SortField) -> SortColumn? {
        switch field {
        case .displayName: .name
        case .email: .email
        case .type: .type
        case .registrationDate: .registered
        case .usedSpace: .usedSpace
        case .firstName, .lastName, .department, .createdBy: nil
        }
    }

    /// The list as it is now, as a view: filters, search, sort and columns. A group and an
    /// inviter are written by id (a name may change, or be shared); the name is kept for the
    /// title.
    var currentView: SavedView {
        var view = SavedView(
            status: filters.status, types: filters.type.map { [$0] } ?? [], search: search.appliedText,
            sort: filters.sortField.serverField, descending: filters.sortOrder == .descending,
            columns: columns == ListColumn.standard ? [] : columns)
        view.quota = filters.quota
        view.account = filters.account
        view.seats = filters.payments
        view.guests = filters.area == .guests
        switch filters.inviter {
        case .me: view.invitedByMe = true
        case .person(let id, _): view.inviter = id
        case nil: break
        }
        switch filters.group {
        case .group(let id, _): view.group = id
        case .withoutGroup: view.withoutGroup = true
        case nil: break
        }
        return view
    }

    /// `:view-save NAME`: the list as it is now goes into the config file as `[views.NAME]`
    /// (`ViewSaver`); the rest of the file stays as it was, byte for byte.
    mutating func saveView(_ args: [String], into effects: inout [Effect]) {
        let name = args.joined(separator: " ")
        guard SavedViews.isPlainName(name) else {
            say("view-save NAME: a name of letters, digits, - and _ (it becomes [views.NAME])", .error)
            return
        }
        if case .group(let id, let groupName) = filters.group { viewGroupNames[id] = groupName }
        if case .person(let id, let inviterName) = filters.inviter { viewInviterNames[id] = inviterName }
        effects.append(.saveView(name: name, currentView))
    }

    /// The saver's answer: the view is known at once (`:view NAME`, `v`), or the reason
    /// nothing was written.
    mutating func viewSaved(_ name: String, _ view: SavedView, path: String?, problem: String?) {
        if let problem {
            say("View \(name) not saved: \(problem)", .error)
            return
        }
        session.views.views[name] = view
        viewName = name
        say("View \(name) saved in \(path ?? "the config file")")
    }
}
