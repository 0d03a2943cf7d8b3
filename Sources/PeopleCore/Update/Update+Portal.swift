import DocSpaceAPI

/// `P` switch profile, `W` read-only ⇄ read-write, `e` export the view, `c`/`C` copy.
extension AppState {
    mutating func performViewAction(_ action: UserAction, into effects: inout [Effect]) {
        switch action {
        case .switchProfile: openProfilePicker(into: &effects)
        case .toggleReadOnly: toggleReadOnly(into: &effects)
        case .export: openExport(into: &effects)
        case .copyEmail: copySelected(email: true, into: &effects)
        case .copyID: copySelected(email: false, into: &effects)
        default: break
        }
    }

    // MARK: Read-only

    /// Makes the session read-only or read-write: the key table follows, so the bar, the help
    /// and every key path agree with it at once.
    mutating func setReadOnly(_ readOnly: Bool) {
        session.readOnly = readOnly
        keys = readOnly ? session.keys.readOnly() : session.keys
    }

    /// `W`: to read-only at once (it only takes powers away); to read-write after y.
    mutating func toggleReadOnly(into effects: inout [Effect]) {
        if session.readOnly {
            dialog = .confirmReadWrite
            effects.append(.flushTypeAhead)
        } else {
            setReadOnly(true)
            say(
                "Read-only: changes are turned off (\(session.keys.keyName(for: .toggleReadOnly) ?? "W") turns them back on)"
            )
        }
    }

    /// The one y/N rule (`Reply.yesNo`): y confirms; n, Enter and Esc cancel; every other key
    /// (W among them) is swallowed.
    mutating func handleReadWriteKey(_ key: Key, into effects: inout [Effect]) {
        switch Reply.yesNo(key, table: keys) {
        case .confirm:
            dialog = nil
            setReadOnly(false)
            say("Read-write on \(session.portal): changes are allowed", .warning)
        case .cancel:
            dialog = nil
            say("Still read-only: nothing can be changed")
        case .swallow, .edit:
            break
        }
    }

    // MARK: Profiles

    mutating func openProfilePicker(into effects: inout [Effect]) {
        guard let profiles else {
            say("Switching portals is not available here", .warning)
            return
        }
        if isChangeInFlight {
            say("Wait: a change is still running on \(session.portal)", .warning)
            return
        }
        dialog = .profilePicker(ProfilePicker(list: profiles))
        effects.append(.flushTypeAhead)
    }

    /// `:profile NAME`: the picker's Enter, without the picker.
    mutating func switchProfile(named name: String, into effects: inout [Effect]) {
        guard let profiles else {
            say("Switching portals is not available here", .warning)
            return
        }
        guard profiles.profiles.contains(where: { $0.name == name }) else {
            let known = profiles.profiles.map(\.name).joined(separator: ", ")
            say("No profile \(name)" + (known.isEmpty ? "" : " (known: \(known))"), .error)
            return
        }
        if name == profiles.current {
            say("Already on \(session.portal)")
            return
        }
        if isChangeInFlight {
            say("Wait: a change is still running on \(session.portal)", .warning)
            return
        }
        var picker = ProfilePicker(list: profiles)
        picker.cursor = profiles.profiles.firstIndex { $0.name == name } ?? picker.cursor
        picker.switching = name
        dialog = .profilePicker(picker)
        effects.append(request(.switchProfile(name: name), .switchProfile(name: name)))
    }

    mutating func handleProfilePickerKey(_ key: Key, _ picker: ProfilePicker, into effects: inout [Effect]) {
        var picker = picker
        // One sign-in at a time: the keys wait for its answer (the portal's timeout bounds it).
        guard picker.switching == nil else { return }
        switch keys.binding(for: key, in: .profilePicker)?.action {
        case .moveUp:
            picker.cursor = max(0, picker.cursor - 1)
        case .moveDown:
            picker.cursor = min(max(0, picker.list.profiles.count - 1), picker.cursor + 1)
        case .cancel:
            dialog = nil
            return
        case .submit:
            guard let chosen = picker.chosen else {
                dialog = nil
                return
            }
            if chosen.name == picker.list.current {
                dialog = nil
                say("Already on \(session.portal)")
                return
            }
            if isChangeInFlight {
                picker.problem = "Wait: a change is still running"
            } else {
                picker.switching = chosen.name
                picker.problem = nil
                effects.append(request(.switchProfile(name: chosen.name), .switchProfile(name: chosen.name)))
            }
        default:
            return
        }
        dialog = .profilePicker(picker)
    }

    /// Signed in to the other portal: a new session, with that profile's read-only flag, and
    /// nothing of the old portal kept (marks, search, detail, the undo offer all named its
    /// people). On failure the current session stays and the picker says why.
    mutating func profileSwitchAnswered(_ name: String, _ response: Response, into effects: inout [Effect]) {
        switch response {
        case .switchedProfile(let newSession, let profile):
            if case .profilePicker = dialog { dialog = nil }
            // The keys are the person's at the keyboard, not the portal's: they stay.
            session = Session(
                portal: newSession.portal, me: newSession.me, readOnly: newSession.readOnly,
                canSignInAgain: newSession.canSignInAgain, culture: newSession.culture, keys: session.keys,
                views: session.views)
            setReadOnly(newSession.readOnly)
            profiles?.current = profile
            marks = []
            undo = nil
            search = SearchState()
            localMatches = nil
            if let old = detail?.request {
                effects.append(.cancel([old]))
                _ = finish(old)
            }
            detail = nil
            detailLineCount = nil
            focus = .list
            reload(keepRows: false, into: &effects)
            // The cursor starts at the top: an id of the old portal means nothing here.
            anchorID = nil
            say(
                "Now on \(newSession.portal) as \(newSession.me.displayName)\(newSession.readOnly ? " (read-only)" : "")",
                .success)
        case .failure(let error):
            switchFailed(name, ErrorText.explain(error), into: &effects)
        case .profileRefused(let why):
            switchFailed(name, why, into: &effects)
        default:
            break
        }
    }

    mutating func switchFailed(_ name: String, _ why: String, into effects: inout [Effect]) {
        let reason = "Could not switch to \(name): \(why); still on \(session.portal)"
        if case .profilePicker(var picker) = dialog {
            picker.switching = nil
            picker.problem = reason
            dialog = .profilePicker(picker)
        }
        say(reason, .error)
        effects.append(.bell)
    }

    // MARK: Export

    /// What the view shows, in words, for the export dialog.
    var viewDescription: String {
        var parts: [String] = []
        if filters.group != nil { parts.append("Group: \(filters.groupLabel)") }
        parts += filters.serverFilterLabels
        if let text = search.appliedText { parts.append("Search: \(text)") }
        parts += ["Status: \(filters.statusLabel)", "Type: \(filters.typeLabel)", "Sort: \(filters.sortLabel)"]
        return parts.joined(separator: " │ ")
    }

    mutating func openExport(into effects: inout [Effect]) {
        let query = filters.query(text: search.appliedText, startIndex: 0, count: PeopleQuery.maxCount)
        let portal = profiles?.current ?? Self.host(of: session.portal)
        let name = ExportForm.defaultFileName(portal: portal, at: wallClock.civil(at: now), format: .csv)
        dialog = .export(ExportForm(format: .csv, path: name, query: query, viewDescription: viewDescription))
        effects.append(.flushTypeAhead)
    }

    /// "work (work.example.com:8443)" → "work.example.com:8443"; a bare host stays.
    static func host(of portal: String) -> String {
        if let open = portal.lastIndex(of: "("), portal.hasSuffix(")") {
            return String(portal[portal.index(after: open)..<portal.index(before: portal.endIndex)])
        }
        return portal
    }

    mutating func handleExportKey(_ key: Key, _ form: ExportForm, into effects: inout [Effect]) {
        var form = form
        let action = keys.binding(for: key, in: .export)?.action
        if case .fetching(let id, _, _) = form.phase {
            // While fetching only Esc counts: it stops, and nothing is written.
            guard action == .cancel else { return }
            effects.append(.cancel([id]))
            _ = finish(id)
            dialog = nil
            say("Export stopped: nothing was written")
            return
        }
        // A write is not stopped halfway: the dialog waits for its outcome.
        if form.phase == .writing { return }
        switch action {
        case .cancel:
            dialog = nil
            return
        case .nextField:
            form.switchFormat()
        case .submit:
            let path = form.path.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                form.problem = "Type a file name first"
                break
            }
            form.path = path
            form.problem = nil
            let effect = request(.export, .export(form.query, form.format))
            if case .request(let id, _) = effect { form.phase = .fetching(id, fetched: 0, total: nil) }
            effects.append(effect)
        case .edit(let fieldKey):
            form.pathLine.apply(fieldKey)
        default:
            form.pathLine.edit(key)
        }
        dialog = .export(form)
    }

    mutating func exportProgressed(_ id: RequestID, fetched: Int, total: Int) {
        guard case .export(var form) = dialog, case .fetching(let running, _, _) = form.phase, running == id else {
            return
        }
        form.phase = .fetching(id, fetched: fetched, total: total)
        dialog = .export(form)
    }

    /// Every page is in: write the file (a new one, 0600; `fileWritten` says "Saved to …" with
    /// the absolute path, or keeps the dialog open with the problem).
    mutating func exportAnswered(_ id: RequestID, _ response: Response, into effects: inout [Effect]) {
        guard case .export(var form) = dialog, case .fetching(let running, _, _) = form.phase, running == id else {
            return
        }
        switch response {
        case .exported(let people):
            // The dialog stays until the file is written: a failure is said in it (`fileWritten`).
            form.phase = .writing
            dialog = .export(form)
            say(
                "Exported \(NumberText.grouped(people.count)) \(people.count == 1 ? "person" : "people"); writing \(fileName(form.path))…"
            )
            effects.append(.writeFile(path: form.path, contents: people.contents))
        case .failure(.cancelled):
            dialog = nil
        case .failure(let error):
            form.phase = .editing
            form.problem = "Not exported: \(ErrorText.explain(error))"
            dialog = .export(form)
            effects.append(.bell)
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
        default:
            break
        }
    }

    // MARK: Copy

    /// `c` / `C`: the selected person's e-mail or id, exactly as the portal has it (OSC 52
    /// carries it in base64, so nothing in it can end the sequence) — unless it holds a
    /// control character: pasted into a shell, a newline runs the line and `ESC[201~` ends a
    /// bracketed paste early, so such text is refused and the status line says why.
    mutating func copySelected(email: Bool, into effects: inout [Effect]) {
        guard let person = selectedPerson else {
            say("Nothing selected to copy", .warning)
            return
        }
        let what = email ? "e-mail" : "id"
        let text: String
        if email {
            guard let address = person.email, !address.isEmpty else {
                say("\(person.displayName) has no e-mail to copy", .warning)
                return
            }
            text = address
        } else {
            text = person.id
        }
        guard !ControlCharacters.occur(in: text) else {
            // The point first: the status line is often narrower than a name.
            say(
                "Not copied: control characters in the \(what) of \(person.displayName) (\(text)) would act where it is pasted",
                .warning)
            return
        }
        effects.append(.copyToClipboard(text))
        say("Copied \(what) of \(person.displayName): \(text)", .success)
    }
}
