/// Your keys: the table with config.toml's `[keys]` in force.
///
/// The rules, each refused with its line rather than half applied:
/// - a name must be an action of the table (`UserAction.bindingName`); the keys of a field
///   or a question (y, n, Enter, Esc in a dialog) have none and cannot be bound;
/// - a key must be one the terminal delivers as itself (`KeyName`);
/// - an action that asks y/N can be on neither Enter (which means No in every question) nor
///   `y`/`Y` (a second press would answer the question it opened): only `y` or the typed
///   answer confirms, whatever the bindings;
/// - no key may do two things where it is looked up (`KeyContext.lookedUpWith`): two of
///   your actions on one key, or your key on a default that is still in force.
///
/// An action's keys are replaced in every context it has keys in, except where a text field
/// has the keyboard (`KeyContext.hasTextField`): there characters type, as by default.
extension KeyTable {
    public func overridden(by overrides: [KeyOverride]) throws(KeyProblem) -> KeyTable {
        var table = self
        for override in overrides {
            guard let action = UserAction(bindingName: override.action) else {
                throw KeyProblem(line: override.line, reason: Self.unknownName(override.action))
            }
            let keys = try Self.keys(of: override, for: action)
            var bound = false
            for index in table.bindings.indices
            where table.bindings[index].action == action && !table.bindings[index].context.hasTextField {
                table.bindings[index].keys = keys
                table.bindings[index].userLine = override.line
                bound = true
            }
            guard bound else {
                throw KeyProblem(
                    line: override.line, reason: "\(override.action) has no keys outside text fields to replace")
            }
        }
        if let problem = table.firstClash() { throw problem }
        return table
    }

    /// The keys of one line, read and checked against the y/N rule.
    private static func keys(of override: KeyOverride, for action: UserAction) throws(KeyProblem) -> [Key] {
        guard !override.keys.isEmpty else {
            throw KeyProblem(line: override.line, reason: "\(override.action) needs at least one key")
        }
        var keys: [Key] = []
        for name in override.keys {
            let key: Key
            do {
                key = try KeyName.key(name)
            } catch {
                throw KeyProblem(line: override.line, reason: "\(override.action): \(error.reason)")
            }
            if action.asksYesNo, key == .enter {
                throw KeyProblem(
                    line: override.line,
                    reason:
                        "\(override.action) cannot be on Enter: Enter means No in every question, so it may neither start nor answer a change; choose another key"
                )
            }
            if action.asksYesNo, key == .character("y") || key == .character("Y") {
                throw KeyProblem(
                    line: override.line,
                    reason:
                        "\(override.action) cannot be on \(name): y answers Yes, so a second press would confirm the question it opens; choose another key"
                )
            }
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// The first key (by line) that two bindings share where it is looked up, at least one of
    /// them the user's.
    func firstClash() -> KeyProblem? {
        var problems: [KeyProblem] = []
        for mine in bindings where mine.isUsers {
            for other in bindings
            where other.action != mine.action && mine.context.lookedUpWith.contains(other.context) {
                guard let key = mine.keys.first(where: { other.keys.contains($0) }) else { continue }
                problems.append(Self.clash(mine, other, on: key))
            }
        }
        return problems.min { $0.line < $1.line }
    }

    private static func clash(_ mine: KeyBinding, _ other: KeyBinding, on key: Key) -> KeyProblem {
        let mineName = mine.action.bindingName ?? mine.action.name
        let place = mine.context == other.context ? "in \(mine.context.title)" : "in \(other.context.title)"
        let keyName = KeyName.spelling(key)
        if other.isUsers {
            // Said in the file's order, at the later line: that is where the clash appears.
            let (first, second) = (mine.userLine ?? 0) < (other.userLine ?? 0) ? (mine, other) : (other, mine)
            func named(_ binding: KeyBinding) -> String {
                "\(binding.action.bindingName ?? binding.action.name) (line \(binding.userLine ?? 0))"
            }
            return KeyProblem(
                line: second.userLine ?? 0,
                reason:
                    "\(keyName) is bound twice \(place): to \(named(first)) and to \(named(second)); give one of them another key"
            )
        }
        let otherName =
            other.action.bindingName.map { "\($0) (a default; rebind \($0) to free it)" }
            ?? "\(other.action.name) (a key of the dialog, which cannot be rebound)"
        return KeyProblem(
            line: mine.userLine ?? 0,
            reason: "\(keyName) for \(mineName) is already the key of \(otherName) \(place); choose another key")
    }

    private static func unknownName(_ name: String) -> String {
        let known = UserAction.allCases.compactMap(\.bindingName)
        let close =
            name.count < 3
            ? [] : known.filter { $0.hasPrefix(String(name.prefix(3))) || name.contains($0) || $0.contains(name) }
        let hint = close.isEmpty ? "" : " (did you mean \(close.prefix(3).joined(separator: ", "))?)"
        return
            "unknown action \"\(name)\"\(hint); `docspace-people keys` lists the names (y, n, Enter and Esc in questions cannot be rebound)"
    }

    /// The bindings the user changed.
    public var usersBindings: [KeyBinding] { bindings.filter(\.isUsers) }
}
