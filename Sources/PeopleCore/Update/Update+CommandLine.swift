import DocSpaceAPI
import Foundation

extension AppState {
    /// Every name the command line knows, for completion.
    var commandNames: [String] {
        var names = keys.bindings.compactMap(\.action.commandName)
        names += [
            "q", "activate", "messages", "people", "import", "paid", "free", ChangeKind.setEmail("").commandName,
            ChangeKind.setQuota(.noLimit).commandName, ChangeKind.resetQuota.commandName,
            "never-signed-in", ChangeKind.deleteKeys(.all).commandName,
            "guests", "inviter", "invited-by-me", ChangeKind.removeGuest.commandName,
            "view-save",
        ]
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }.sorted()
    }

    mutating func handleCommandLineKey(_ key: Key, into effects: inout [Effect]) {
        guard let text = commandLine else { return }
        switch keys.binding(for: key, in: .commandLine)?.action {
        case .submit:
            commandLine = nil
            runCommand(text, into: &effects)
        case .cancel:
            commandLine = nil
        case .complete:
            let matches = commandNames.filter { $0.hasPrefix(text.lowercased()) }
            if matches.count == 1 {
                commandLine = matches[0] + " "
            } else if matches.count > 1 {
                say(matches.joined(separator: " "))
            }
        case .edit(let fieldKey):
            commandLineEditor?.apply(fieldKey)
        default:
            commandLineEditor?.edit(key)
        }
    }

    /// `:name args`: the same actions as the keys, by name.
    mutating func runCommand(_ line: String, into effects: inout [Effect]) {
        let words = line.split(separator: " ").map(String.init)
        guard let name = words.first?.lowercased() else { return }
        let args = Array(words.dropFirst())
        if groupsView != nil {
            runGroupsCommand(name, args, into: &effects)
            return
        }
        switch name {
        case "q", "quit", "exit":
            requestQuit(into: &effects)
        case "search":
            applySearch(args.joined(separator: " "), into: &effects)
        case "status":
            guard let word = args.first?.lowercased() else {
                perform(.cycleStatusFilter, into: &effects)
                return
            }
            let map: [String: EmployeeStatus?] = [
                "all": nil, "active": .active, "pending": .pending,
                "disabled": .terminated, "terminated": .terminated,
            ]
            guard let status = map[word] else {
                say("Unknown status \(word): all, active, pending or disabled", .error)
                return
            }
            filters.status = status
            say("Status: \(filters.statusLabel)")
            reload(keepRows: false, into: &effects)
        case "type":
            guard let word = args.first else {
                perform(.cycleTypeFilter, into: &effects)
                return
            }
            if word.lowercased() == "all" {
                filters.type = nil
            } else if let type = EmployeeType(parsing: word) {
                filters.type = type
            } else {
                say("Unknown type \(word): all, admin, roomadmin, user or guest", .error)
                return
            }
            say("Type: \(filters.typeLabel)")
            reload(keepRows: false, into: &effects)
        case "sort":
            guard let word = args.first else {
                perform(.cycleSort, into: &effects)
                return
            }
            guard let column = SortColumn(parsing: word) else {
                say("Unknown column \(word): name, email, type, registered or space", .error)
                return
            }
            filters.sortField = column
            if let order = args.dropFirst().first?.lowercased() {
                filters.sortOrder = order.hasPrefix("d") ? .descending : .ascending
            }
            say("Sort: \(filters.sortLabel)")
            reload(keepRows: false, into: &effects)
        case "activate":
            perform(.change(.reactivate), into: &effects)
        case ChangeKind.setEmail("").commandName:
            setEmail(args, into: &effects)
        case ChangeKind.setQuota(.noLimit).commandName:
            setQuota(args, into: &effects)
        case ChangeKind.resetQuota.commandName:
            askQuotaSettings(then: .reset, into: &effects)
        case "messages":
            openMessages()
        case "people":
            // The People list is on screen; from the Guests view, back to everyone.
            if filters.area == .guests { showGuests(false, into: &effects) }
        case UserAction.pickGroupFilter.commandName ?? "group":
            groupCommand(args, into: &effects)
        case "import":
            startImport(args, into: &effects)
        case "profile" where !args.isEmpty:  // `:profile NAME` switches at once
            switchProfile(named: args.joined(separator: " "), into: &effects)
        case UserAction.filterInactive.commandName ?? "inactive":
            inactiveCommand(args, into: &effects)
        case "never-signed-in":
            startInactiveFilter(.never, into: &effects)
        case ChangeKind.deleteKeys(.all).commandName:
            perform(.change(.deleteKeys(.all)), into: &effects)
        case UserAction.cycleAccountFilter.commandName ?? "account":
            accountCommand(args, into: &effects)
        case UserAction.cyclePaymentsFilter.commandName ?? "seats":
            seatsCommand(args, into: &effects)
        case "paid", "free":
            seatsCommand([name], into: &effects)
        case UserAction.cycleQuotaFilter.commandName ?? "quota":
            quotaCommand(args, into: &effects)
        case "guests":
            showGuests(true, into: &effects)
        case "inviter":
            inviterCommand(args, into: &effects)
        case "invited-by-me":
            setInviter(filters.inviter == .me ? nil : .me, into: &effects)
        case UserAction.chooseColumns.commandName ?? "columns":
            columnsCommand(args)
        case UserAction.pickView.commandName ?? "view":
            viewCommand(args, into: &effects)
        case "view-save":
            saveView(args, into: &effects)
        default:
            if let binding = keys.bindings.first(where: { $0.action.commandName == name }) {
                perform(binding.action, into: &effects)
            } else if session.keys.bindings.contains(where: { $0.action.commandName == name && $0.isDangerous }) {
                say("Read-only session: \(name) is turned off", .warning)
            } else {
                say("Unknown command: \(name) (Tab completes, ? lists the keys)", .error)
            }
        }
    }
}

extension AppState {
    /// `:set-email NEW`: the selected person's address, on the change path. An address is one
    /// person's, so it takes no marks: with several marked it says so and asks nothing.
    mutating func setEmail(_ args: [String], into effects: inout [Effect]) {
        guard args.count == 1, let email = args.first, email.contains("@") else {
            say("set-email NEW: the new e-mail address of the selected person", .error)
            return
        }
        guard marks.count <= 1 else {
            say("set-email changes one person: \(NumberText.grouped(marks.count)) are marked (- clears)", .warning)
            return
        }
        perform(.change(.setEmail(email)), into: &effects)
    }
}

extension AppState {
    /// `:quota-set SIZE`: the storage quota of the marked people (or the selected one), on the
    /// change path, once the portal's settings say per-user quotas are on; without a size it
    /// opens `z`'s field. A size the parser refuses asks nothing and says why.
    mutating func setQuota(_ args: [String], into effects: inout [Effect]) {
        if args.isEmpty {
            askQuotaSettings(then: .openSizeField, into: &effects)
            return
        }
        do {
            let limit = try StorageSize.parse(args.joined(separator: " "))
            askQuotaSettings(then: .set(limit), into: &effects)
        } catch {
            say("quota-set SIZE: \(error.description)", .error)
        }
    }
}

extension AppState {
    /// The command line over the Groups view: `:people` (or `:list`) goes back, `:search`
    /// and `:sort` act on the groups; the People list's commands wait until Esc.
    mutating func runGroupsCommand(_ name: String, _ args: [String], into effects: inout [Effect]) {
        switch name {
        case "people", UserAction.backToList.commandName ?? "list":
            closeGroupsView(into: &effects)
            if filters.area == .guests { showGuests(false, into: &effects) }
        case "guests":
            closeGroupsView(into: &effects)
            showGuests(true, into: &effects)
        case "q", "quit", "exit":
            requestQuit(into: &effects)
        case "messages":
            openMessages()
        case "search":
            searchGroups(args.joined(separator: " "), into: &effects)
        case "sort":
            if let word = args.first?.lowercased() {
                let fields: [String: GroupQuery.SortField] = [
                    "name": .name, "head": .head, "manager": .head, "members": .memberCount, "count": .memberCount,
                ]
                guard let field = fields[word] else {
                    say("Unknown column \(word): name, head or members", .error)
                    return
                }
                groupsView?.sortField = field
                if let order = args.dropFirst().first?.lowercased() {
                    groupsView?.sortOrder = order.hasPrefix("d") ? .descending : .ascending
                }
                performInGroups(.refresh, into: &effects)
            } else {
                performInGroups(.cycleSort, into: &effects)
            }
        default:
            if let binding = keys.bindings.first(where: { $0.action.commandName == name }) {
                performInGroups(binding.action, into: &effects)
            } else {
                say("Unknown command: \(name) (Tab completes, ? lists the keys)", .error)
            }
        }
    }
}
