/// Keys as config.toml's `[keys]` writes them: `t`, `Ctrl-D`, `Alt-x`, `F2`, `PgDn`, `Space`.
///
/// A name is refused when it is not a key, and when the terminal cannot deliver it as a key
/// of its own: Ctrl-I is the byte of Tab, Ctrl-M and Ctrl-J of Enter, Ctrl-H of Backspace, and
/// Ctrl-C, Ctrl-Z and Ctrl-\ never reach the app (the terminal turns them into signals).
public enum KeyName {
    /// Why a name is not a key the app can be given.
    public struct Problem: Error, Equatable, Sendable {
        public var reason: String
    }

    /// The named keys, by their lower-cased name (names are read whatever their case).
    static let named: [String: Key] = [
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end, "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "space": .character(" "), "backspace": .backspace,
        "delete": .delete, "del": .delete, "insert": .insert,
    ]

    /// The control keys that arrive as another key's byte, and that key.
    static let sameByteAs: [Character: Key] = ["i": .tab, "m": .enter, "j": .enter, "h": .backspace]

    /// The control keys the terminal keeps for itself (signals).
    static let signals: [Character: String] = [
        "c": "interrupts the app (SIGINT)", "z": "suspends the app (SIGTSTP)",
    ]

    public static func key(_ name: String) throws(Problem) -> Key {
        if name.count == 1, let character = name.first {
            guard character.isPrintable else {
                throw Problem(reason: "\"\(name)\" is not a printable character; write control keys as Ctrl-X")
            }
            return .character(character)
        }
        let lower = name.lowercased()
        if let key = named[lower] { return key }
        if lower.hasPrefix("ctrl-") { return try control(String(name.dropFirst(5)), name: name) }
        if lower.hasPrefix("alt-") {
            let rest = String(name.dropFirst(4))
            let inner = try key(rest)
            switch inner {
            case .escape, .alt, .paste:
                throw Problem(
                    reason: "\(name) cannot be told from Esc pressed twice; Alt goes with a character or a named key")
            case .character, .control, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab,
                .backTab, .backspace, .delete, .insert, .function:
                return .alt(inner)
            }
        }
        if lower.hasPrefix("shift-") {
            throw Problem(
                reason: "\(name): write a shifted letter as the capital itself (\"T\"); Shift-Tab is the only Shift key"
            )
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()) {
            guard (1...12).contains(number) else {
                throw Problem(reason: "\(name): the function keys the terminal reports are F1 to F12")
            }
            return .function(number)
        }
        throw Problem(
            reason:
                "\"\(name)\" is not a key; write one character, Ctrl-X, Alt-x, F1…F12, or one of Up, Down, Left, Right, PgUp, PgDn, Home, End, Enter, Esc, Tab, Shift-Tab, Space, Backspace, Delete, Insert"
        )
    }

    private static func control(_ rest: String, name: String) throws(Problem) -> Key {
        guard rest.count == 1, let letter = rest.lowercased().first, letter.isASCII, letter.isLetter else {
            throw Problem(reason: "\(name): Ctrl goes with one letter, A to Z")
        }
        if let same = sameByteAs[letter] {
            throw Problem(
                reason:
                    "\(name) arrives as \(spelling(same)) (the terminal sends the same byte); bind \(spelling(same)) or another key"
            )
        }
        if let signal = signals[letter] {
            throw Problem(reason: "\(name) never reaches the app: the terminal \(signal)")
        }
        return .control(letter)
    }

    /// The key as `[keys]` writes it, so that `docspace-people keys` prints what can be
    /// copied into the file.
    public static func spelling(_ key: Key) -> String {
        // The file spells arrows in words; everything else as the screen shows it.
        switch key {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .alt(let inner): "Alt-" + spelling(inner)
        case .paste: "paste"
        case .character, .control, .pageUp, .pageDown, .home, .end, .enter, .tab, .backTab, .escape, .backspace,
            .delete, .insert, .function:
            key.displayName
        }
    }
}

extension Character {
    /// Not a control character (C0, DEL, C1) nor a space of any kind.
    fileprivate var isPrintable: Bool {
        !unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.isWhitespace }
    }
}
