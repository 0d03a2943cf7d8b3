import Foundation

/// Reading one person (`UserController` `GetById`, `GetByEmail`, `GetSelf`): `{userid}`, `email`, `exists`, `@self`.
extension PortalState {
    /// `GET /api/2.0/people/{userid}` (a GUID or a user name).
    func read(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard let person = directory.person(idOrUserName: context.parameter("userid")) else {
            throw PortalError.userNotFound
        }
        guard caller.canSee(person) else { throw PortalError.accessDenied }
        return .value(trimmed([renderer(context).full(person)], context)[0])
    }

    /// `GET /api/2.0/people/email?email=`.
    func readByEmail(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard let email = context.query.nonEmpty("email") else { throw PortalError.argumentNull(parameter: "email") }
        guard let person = directory.person(email: email.trimmingCharacters(in: .whitespaces)) else {
            throw PortalError.userNotFound
        }
        guard caller.canSee(person) else { throw PortalError.accessDenied }
        return .value(renderer(context).full(person))
    }

    /// `GET /api/2.0/people/exists?email=` → `{exists, status?}`.
    func exists(_ context: RequestContext) throws -> EndpointResult {
        _ = try context.authenticated
        guard let email = context.query.nonEmpty("email") else { throw PortalError.argumentNull(parameter: "email") }
        var answer = JSONObject()
        let person = directory.person(email: email.trimmingCharacters(in: .whitespaces))
        answer.set("exists", person != nil)
        answer.set("status", person?.status.rawValue)
        return .value(.object(answer))
    }

    /// `GET /api/2.0/people/@self`, with `theme`, `loginEventId`… for any authenticated caller.
    func me(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        return .value(renderer(context).full(caller.person, selfExtras: true))
    }
}
