/// A key press as the view-model understands it: the terminal front end decodes ncurses codes
/// into these, tests write them directly.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, space, any script).
    case character(Character)
    /// Ctrl plus a letter, stored as the lower-case letter: Ctrl-F is `.control("f")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete, insert
    /// F1…F12.
    case function(Int)
    /// A key pressed with Alt (or Meta): most terminals send Esc and then the key, which the
    /// decoder tells from Esc alone by the key coming within the escape delay. No default binding
    /// uses Alt, so such a chord does nothing (where Esc would clear marks or close a dialog)
    /// unless the config file's `[keys]` binds it.
    indirect case alt(Key)
    /// Text the terminal delivered as one paste (bracketed paste), line breaks as `\n`. It is
    /// text for the field that has the keyboard, never keys to run.
    case paste(String)

    /// Shorthand for tests and the key table: `"k"` → `.character("k")`.
    public static func char(_ character: Character) -> Key { .character(character) }

    /// The key as keymap.md, the help overlay and the action bar spell it.
    public var displayName: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .function(let n): "F\(n)"
        case .alt(let key): "Alt-" + key.displayName
        case .paste: "a paste"
        }
    }

    public var isPaste: Bool {
        if case .paste = self { return true }
        return false
    }

    /// The character this key would type into a text field, if any.
    var typedCharacter: Character? {
        if case .character(let c) = self { return c }
        return nil
    }
}
