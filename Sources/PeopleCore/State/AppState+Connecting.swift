extension AppState {
    /// The first page is on its way and nothing else has been shown yet: the terminal UI draws
    /// "Connecting to PORTAL…" instead of an empty list, and only giving up (Esc, q) is
    /// answered. It ends with the first answer, whatever it is: rows, an error the list pane
    /// explains, or the sign-in dialog. A later reload never brings it back (a new generation).
    public var isConnecting: Bool {
        list.generation == 0 && list.total == nil && listProblem == nil && localMatches == nil
            && !list.requestedPages.isEmpty && dialog == nil
    }

    /// While connecting, a key bound in the connecting context gives up (quits at once: only
    /// the first page is on its way, no change); every other key is dropped, as nothing it
    /// could act on is drawn yet.
    mutating func handleConnectingKey(_ key: Key, into effects: inout [Effect]) {
        guard keys.binding(for: key, in: .connecting)?.action == .quit else { return }
        quit(into: &effects)
    }
}
