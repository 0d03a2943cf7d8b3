/// The portal's password policy, as `PasswordSettings` stores it and
/// `PasswordSettingsManager.CheckPassword` applies it: at least `minimumLength` and at most
/// 30 characters, printable ASCII without spaces (`[\x21-\x7E]`), and, when asked for, a
/// capital letter, a digit and a special character. The length also has a floor of 8 (the
/// server's `web:password:min`), whatever `minimumLength` says.
public struct PasswordPolicy: Sendable, Hashable {
    public var minimumLength: Int
    public var requiresUpperCase: Bool
    public var requiresDigits: Bool
    public var requiresSpecialCharacters: Bool

    /// `PasswordSettingsManager.MaxLength`.
    public static let maximumLength = 30
    /// `web:password:min`, the configured floor `CheckLengthInRange` uses.
    public static let configuredMinimum = 8

    /// The server's default settings: 8 characters, nothing else required.
    public init(
        minimumLength: Int = 8, requiresUpperCase: Bool = false, requiresDigits: Bool = false,
        requiresSpecialCharacters: Bool = false
    ) {
        self.minimumLength = minimumLength
        self.requiresUpperCase = requiresUpperCase
        self.requiresDigits = requiresDigits
        self.requiresSpecialCharacters = requiresSpecialCharacters
    }
}
