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
    /// The short word in the action bar; `nil` keeps the binding out of the bar.
    public var barLabel: String?
    /// How often the key is needed, 1 for the most often: when the action bar cannot show
    /// every key it keeps the lowest ranks (among the keys that apply now, then among those
    /// that say why they do not) and shows them in this order. Search and the filters rank
    /// before rare actions, so the keys an admin needs all day stay at 80 columns.
    public var barRank: Int
    /// The line of config.toml's `[keys]` that set these keys; `nil` for the default keys.
    public var userLine: Int?

    public init(
        _ keys: [Key], _ action: UserAction, in context: KeyContext, help: String,
        bar barLabel: String? = nil, rank barRank: Int = KeyBinding.rarelyNeeded
    ) {
        self.keys = keys
        self.action = action
        self.context = context
        self.help = help
        self.barLabel = barLabel
        self.barRank = barRank
    }

    /// Changes data on the portal: read-only sessions drop these rows. The action says it
    /// (`UserAction.changesPeople`), so a binding cannot disagree with the action's danger.
    public var isDangerous: Bool { action.changesPeople }

    /// The user's keys (`[keys]`), not the defaults.
    public var isUsers: Bool { userLine != nil }

    /// The rank of a key nobody has ranked: after every ranked one.
    public static let rarelyNeeded = 100

    /// "↑ / k" — the keys as the help overlay and keymap.md list them.
    public var keyNames: String { keys.map(\.displayName).joined(separator: " / ") }
}
