import DocSpaceAPI

/// A person about to be created: the form's fields, trimmed, with the password kept in a
/// `Password` so the request (an `Effect`, which tests and logs may print) never shows it.
public struct PersonDraft: Sendable, Equatable {
    public var firstName: String
    public var lastName: String
    public var email: String
    public var type: EmployeeType
    public var password: Password?

    public init(firstName: String, lastName: String, email: String, type: EmployeeType, password: Password? = nil) {
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.type = type
        self.password = password
    }

    /// What the client sends.
    public var newPerson: NewPerson {
        NewPerson(firstName: firstName, lastName: lastName, email: email, type: type, password: password?.revealed)
    }

    /// Guests go through `POST people/active`: `POST people` refuses them (403).
    public var serverCall: String {
        type == .guest ? "POST /api/2.0/people/active" : "POST /api/2.0/people"
    }
}
