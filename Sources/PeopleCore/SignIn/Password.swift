/// A password on its way from the sign-in dialog to the portal. It never prints: not in a
/// description, a debug dump, a test failure or a log line, so a state or an effect that
/// holds one can be shown anywhere.
public struct Password: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The field it is typed in: the text and the cursor (drawn as mask characters).
    public var editor: LineEditor

    /// A password given whole (`limit` applies to typing: a given password is never cut).
    public init(_ revealed: String = "", limit: Int = .max) {
        editor = LineEditor(revealed, limit: max(limit, revealed.count))
    }

    /// The password itself; read it only to hand it to the sign-in call.
    public var revealed: String {
        get { editor.text }
        set { editor = LineEditor(newValue, limit: max(editor.limit, newValue.count)) }
    }

    public var isEmpty: Bool { revealed.isEmpty }
    /// How many characters were typed, for the masked field.
    public var count: Int { revealed.count }

    public var description: String { "(password hidden)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
