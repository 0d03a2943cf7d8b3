/// The searches of this session, for ↑/↓ in the search field: ↑ goes to an earlier one, ↓
/// back towards the newest and then to what was being typed before ↑ was first pressed.
public struct LineHistory: Sendable, Equatable {
    /// Oldest first; a line is kept once, at its latest use.
    public private(set) var entries: [String] = []
    /// The entry shown, while browsing; `nil` when the field holds what was typed.
    public private(set) var position: Int?
    /// What the field held when browsing began, given back by ↓ past the newest entry.
    private var draft = ""

    /// The most lines kept: the oldest go first.
    public static let capacity = 100

    public init() {}

    /// Remembers a line that was used (a search kept with Enter); browsing starts over.
    public mutating func record(_ line: String) {
        position = nil
        guard !line.isEmpty else { return }
        entries.removeAll { $0 == line }
        entries.append(line)
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
    }

    /// ↑: the entry before the one shown (the newest that differs from `current`, when
    /// browsing starts); `nil` at the oldest or with no history.
    public mutating func older(than current: String) -> String? {
        var next = (position ?? entries.count) - 1
        // `/` opens with the last search in the field: ↑ goes to the one before it.
        if position == nil, next >= 0, entries[next] == current { next -= 1 }
        guard next >= 0 else { return nil }
        if position == nil { draft = current }
        position = next
        return entries[next]
    }

    /// ↓: the entry after the one shown, or the draft after the newest; `nil` when not browsing.
    public mutating func newer() -> String? {
        guard let position else { return nil }
        if position + 1 < entries.count {
            self.position = position + 1
            return entries[position + 1]
        }
        self.position = nil
        return draft
    }

    /// The field was edited: the line is the admin's own again, not an entry.
    public mutating func stopBrowsing() { position = nil }
}
