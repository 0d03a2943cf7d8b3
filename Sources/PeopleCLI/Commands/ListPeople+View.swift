import PeopleCore

extension ListPeople {
    /// `list --view NAME`: the view read from the config file, the command's flags over it.
    func runView(on session: PortalSession) async throws(CLIFailure) {
        guard let view = saved.view else { return }
        let saved = try SavedViews.fromConfig(opening: view, connection.request).views[view] ?? SavedView()
        try await applying(saved).run(on: session)
    }

    /// The command with a saved view's settings wherever its own flags were left at their
    /// defaults: a flag given on the command line wins over the view. (`--sort displayname`
    /// and no `--desc` read as defaults, so the view's sort and order apply then.)
    func applying(_ saved: SavedView) -> ListPeople {
        var merged = self
        merged.saved.view = nil
        if status == nil { merged.status = saved.status.flatMap(SavedView.statusWord) }
        if type.isEmpty { merged.type = saved.types.map(SavedView.typeWord) }
        if search == nil { merged.search = saved.search }
        if group == nil && !withoutGroup {
            merged.group = saved.group
            merged.withoutGroup = saved.withoutGroup
        }
        if quota == nil { merged.quota = saved.quota?.word }
        if account == nil { merged.account = saved.account?.word }
        if !paid && !free {
            merged.paid = saved.seats == .paid
            merged.free = saved.seats == .free
        }
        if !guests { merged.guests = saved.guests }
        if inviter == nil && !invitedByMe {
            merged.invitedByMe = saved.invitedByMe
            merged.inviter = saved.inviter
        }
        if sort == "displayname", let field = saved.sort { merged.sort = field.rawValue }
        if !desc { merged.desc = saved.descending }
        if columns == nil, !saved.columns.isEmpty {
            // As the terminal UI shows the view: the standard set puts the inviter (Guests) or
            // the last sign-in (inactive) where the group was.
            let shown = ListColumn.shown(
                chosen: saved.columns, guests: merged.guests, inactiveFilter: inactive != nil || neverSignedIn)
            merged.columns = shown.map(\.configName).joined(separator: ",")
        }
        return merged
    }
}
