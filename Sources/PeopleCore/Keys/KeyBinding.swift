/// One row of the key table: keys, what they do, where, and whether they change data.
///
/// Bindings are data (as in k9s and Bubble Tea) so that the action bar, the help overlay,
/// keymap.md and read-only mode are all generated from the same rows and cannot drift apart.
public struct KeyBinding: Sendable, Equatable {
    public var keys: [Key]
    public var action: UserAction
    public var context: KeyContext
    /// A sentence for the help overlay and keymap.md.
    public var help: String
    /// Changes data on the portal. Read-only sessions drop these rows.
    public var isDangerous: Bool
    /// The short word in the action bar; `nil` keeps the binding out of the bar.
    public var barLabel: String?

    public init(_ keys: [Key], _ action: UserAction, in context: KeyContext, help: String,
                dangerous: Bool = false, bar barLabel: String? = nil) {
        self.keys = keys
        self.action = action
        self.context = context
        self.help = help
        self.isDangerous = dangerous
        self.barLabel = barLabel
    }

    /// "↑ / k" — the keys as the help overlay and keymap.md list them.
    public var keyNames: String { keys.map(\.displayName).joined(separator: " / ") }
}
