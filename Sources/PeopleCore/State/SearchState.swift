/// The `/` search: what is typed, whether the field is open, and what to restore on Esc.
public struct SearchState: Sendable, Equatable {
    /// The field: its text (or the applied search when the field is closed) and cursor.
    public var line = LineEditor()
    /// The searches kept with Enter in this session, for ↑/↓ in the field.
    public var history = LineHistory()
    /// The field is open and takes the keys.
    public var isEditing: Bool = false
    /// The text the server's listing was last asked for (`nil`: no search).
    public var appliedText: String?
    /// When the server search for `text` is due (debounce); `nil` when nothing is pending.
    public var dueAt: Double?
    /// The list as it was when `/` was pressed, restored by Esc.
    var saved: SavedListing?

    public init() {}

    /// The text in the field; setting it puts the cursor at its end.
    public var text: String {
        get { line.text }
        set { line = LineEditor(newValue) }
    }

    /// How long typing must pause before the server is asked.
    public static let debounce: Double = 0.3
}

/// A snapshot of the listing, taken when the search opens, so Esc restores it without a
/// round trip.
struct SavedListing: Sendable, Equatable {
    var list: PeopleList
    var appliedText: String?
    var cursor: Int
    var scroll: Int
}
