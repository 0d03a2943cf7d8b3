import DocSpaceAPI

/// The dialog that opens when the portal answers 401 in the middle of a session: sign in
/// again without losing the view (the list, the cursor, the marks and the search stay).
///
/// When the session can sign in again (a password session: the command line gave a
/// `Reauthenticate`), it asks for the password with the e-mail prefilled; otherwise (an API
/// key, the demo) it says how to fix it outside the app.
public struct SignInPrompt: Sendable, Equatable {
    public enum Field: Sendable, Equatable {
        case email, password
    }

    /// The e-mail field: its text and cursor.
    public var emailLine: LineEditor
    /// The e-mail; setting it puts the cursor at its end.
    public var email: String {
        get { emailLine.text }
        set { emailLine = LineEditor(newValue, limit: Self.longestField) }
    }
    /// Typed so far; shown as one mask character per typed character.
    public var password = Password(limit: SignInPrompt.longestField)
    public var field: Field
    /// The app can sign in from here; otherwise the dialog explains `docspace-people login`.
    public var canSignIn: Bool
    /// The sign-in request is on its way.
    public var isSigningIn = false
    /// The portal refused the last attempt, in words.
    public var problem: String?
    /// A change the 401 refused: it is not sent again by itself, the admin is told to retry it.
    public var refusedChange: ChangeKind?
    /// Why the dialog opened ("The portal no longer accepts the session…"), in words.
    public var reason: String
    /// The form or results that were open, kept with everything typed until this closes.
    public var underneath: DialogUnderSignIn?

    public init(email: String, canSignIn: Bool, reason: String, refusedChange: ChangeKind? = nil) {
        emailLine = LineEditor(email, limit: Self.longestField)
        self.canSignIn = canSignIn
        self.reason = reason
        self.refusedChange = refusedChange
        field = email.isEmpty ? .email : .password
    }

    /// What the password field shows.
    public var maskedPassword: String { String(repeating: "•", count: min(password.count, 32)) }

    /// The most characters the e-mail and the password take.
    public static let longestField = 256

    /// The command an admin runs when the app cannot sign in by itself.
    public static let loginCommand = "docspace-people login"
}
