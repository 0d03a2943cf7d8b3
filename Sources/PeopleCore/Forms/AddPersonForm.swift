import DocSpaceAPI

/// The add-person form (`n`): what has been typed, where the focus is, and what is wrong with
/// each field. Errors are the form's own checks (`PeopleInputRules`) or the server's answer,
/// placed on the field it concerns. The password is a `Password`: it never prints, so the
/// form can be described, dumped or drawn without it.
public struct AddPersonForm: Sendable, Equatable {
    public enum Field: Int, Sendable, CaseIterable, Comparable {
        case firstName, lastName, email, type, password

        public var label: String {
            switch self {
            case .firstName: "First name"
            case .lastName: "Last name"
            case .email: "E-mail"
            case .type: "Type"
            case .password: "Password"
            }
        }

        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    /// The text fields: their text and cursor.
    public var firstNameLine = LineEditor(limit: AddPersonForm.longestField)
    public var lastNameLine = LineEditor(limit: AddPersonForm.longestField)
    public var emailLine = LineEditor(limit: AddPersonForm.longestField)
    public var type: EmployeeType = .user
    /// Optional: empty lets the portal generate one. Drawn as a fixed mask, never its length.
    public var password = Password(limit: AddPersonForm.longestField)
    public var focus: Field = .firstName
    /// Fields the admin has left (or tried to submit): their "Required" shows from then on.
    public var visited: Set<Field> = []
    /// The server's words about a field, shown until that field is edited.
    public var serverErrors: [Field: String] = [:]
    /// The server's words that concern no one field.
    public var generalError: String?
    /// Esc with something typed: "discard? y/N" is showing.
    public var confirmingDiscard = false
    /// The request is on its way; keys other than Esc wait.
    public var isSending = false
    /// Who adds: decides which types are allowed.
    public var me: Person

    public init(me: Person) { self.me = me }

    /// The most characters a field takes.
    public static let longestField = 256

    // The fields' texts; setting one puts its cursor at the end.
    public var firstName: String {
        get { firstNameLine.text }
        set { firstNameLine = LineEditor(newValue, limit: Self.longestField) }
    }
    public var lastName: String {
        get { lastNameLine.text }
        set { lastNameLine = LineEditor(newValue, limit: Self.longestField) }
    }
    public var email: String {
        get { emailLine.text }
        set { emailLine = LineEditor(newValue, limit: Self.longestField) }
    }

    /// A text field's editor; `nil` for the type, which is a choice.
    public subscript(line field: Field) -> LineEditor? {
        get {
            switch field {
            case .firstName: firstNameLine
            case .lastName: lastNameLine
            case .email: emailLine
            case .password: password.editor
            case .type: nil
            }
        }
        set {
            guard let newValue else { return }
            switch field {
            case .firstName: firstNameLine = newValue
            case .lastName: lastNameLine = newValue
            case .email: emailLine = newValue
            case .password: password.editor = newValue
            case .type: break
            }
        }
    }

    /// The types the cycle offers, in the order of `EmployeeType`.
    public static let types: [EmployeeType] = [.docSpaceAdmin, .roomAdmin, .user, .guest]

    /// The problem shown on a field now: the server's answer first, then the form's check —
    /// "Required" only once the field was left, but a bad character at once.
    public func error(for field: Field) -> String? {
        if let server = serverErrors[field] { return server }
        guard let problem = check(field) else { return nil }
        if problem == "Required" && !visited.contains(field) { return nil }
        return problem
    }

    /// The form's own check of a field, whether or not it is shown yet.
    public func check(_ field: Field) -> String? {
        switch field {
        case .firstName: PeopleInputRules.nameProblem(firstName, required: true)
        case .lastName: PeopleInputRules.nameProblem(lastName, required: false)
        case .email: PeopleInputRules.emailProblem(email)
        case .type: PeopleInputRules.typeProblem(type, me: me)
        case .password: PeopleInputRules.passwordProblem(password)
        }
    }

    /// The first field whose check fails, if any.
    public var firstInvalidField: Field? { Field.allCases.first { check($0) != nil } }

    /// Anything typed that Esc would lose.
    public var hasInput: Bool {
        !firstName.isEmpty || !lastName.isEmpty || !email.isEmpty || !password.isEmpty || type != .user
    }

    /// What is sent, trimmed as the server trims.
    public var draft: PersonDraft {
        PersonDraft(
            firstName: firstName.trimmingCharacters(in: .whitespaces),
            lastName: lastName.trimmingCharacters(in: .whitespaces),
            email: email.trimmingCharacters(in: .whitespaces),
            type: type, password: password.isEmpty ? nil : password)
    }

    /// The text of a text field (the type and password have their own).
    func text(of field: Field) -> String {
        switch field {
        case .firstName: firstName
        case .lastName: lastName
        case .email: email
        case .type, .password: ""
        }
    }

    /// The request line shown in the form and written to the audit log.
    public var serverCall: String { draft.serverCall }

    /// Which field a server message is about: the e-mail for "already registered" and
    /// "Incorrect email", the names for "firstname or lastname", the password for a weak one,
    /// the type for a refused type; `nil` for the rest (shown at the bottom).
    public static func field(forServerMessage message: String) -> Field? {
        let text = message.lowercased()
        if text.contains("email") || text.contains("e-mail") { return .email }
        if text.contains("firstname") || text.contains("first name") { return .firstName }
        if text.contains("lastname") || text.contains("last name") { return .lastName }
        if text.contains("password") { return .password }
        return nil
    }
}
