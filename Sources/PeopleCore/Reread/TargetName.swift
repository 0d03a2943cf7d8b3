/// A person as a change names them before they are re-read.
public enum TargetName: Sendable, Hashable {
    /// An id the app pinned (the terminal UI's marked people): matched by id only, looked up
    /// with `GET people/{id}`.
    case id(String)
    /// What someone typed on the command line: an e-mail (it has `@`), an id, or a user name
    /// — looked up with `GET people/email` or `GET people/{id}`, which takes both of the last two.
    case typed(String)

    /// The text as given.
    public var text: String {
        switch self {
        case .id(let text), .typed(let text): text
        }
    }

    /// Whether the single lookup goes by e-mail.
    var isEmail: Bool {
        switch self {
        case .id: false
        case .typed(let text): text.contains("@")
        }
    }
}
