/// A refusal, named after the .NET exception the real server throws for it, so that the
/// status code and body follow its exception table (`ResponseWrapper.cs`).
enum PortalError: Error {
    /// `ItemNotFoundException` → 404 with the message.
    case notFound(String)
    /// `ArgumentException` → 400 with the message.
    case argument(String)
    /// `ArgumentNullException` → 400 "Value cannot be null. (Parameter '…')".
    case argumentNull(parameter: String)
    /// `SecurityException` → 403, always the literal "Access denied".
    case accessDenied
    /// `InvalidOperationException` → 403 with the message ("The user is not suspended").
    case invalidOperation(String)
    /// `AuthenticationException` → 401 with an error body (login only).
    case authenticationFailed(String)
    /// `TenantQuotaException` → 402 with the message.
    case paymentRequired(String)
    /// A plain `Exception` → 500 with the message.
    case server(String)
    /// Model binding/validation → 400 `ValidationProblemDetails` inside the success envelope.
    case validation([ValidationIssue])
    /// The authentication layer's challenge → 401 with an empty body.
    case unauthenticated
    /// An authorization-policy refusal → 403 with an empty body.
    case forbiddenWithoutBody
    /// No route matched → 404 with an empty body.
    case routeNotFound
    /// The path matched but not for this method → 405 with an empty body.
    case methodNotAllowed

    static let userNotFound = PortalError.notFound("The user could not be found")

    static func invalidValue(_ value: String, for name: String) -> PortalError {
        .validation([
            ValidationIssue(key: name, message: "The value '\(value)' is not valid for \(name.capitalizedFirst).")
        ])
    }
}

/// One entry of a validation 400's `errors` object.
struct ValidationIssue: Sendable {
    var key: String
    var message: String
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
