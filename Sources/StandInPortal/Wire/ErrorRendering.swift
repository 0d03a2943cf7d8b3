/// Turns a `PortalError` into the HTTP answer the real server's exception handler writes.
enum ErrorRendering {
    /// `action` names the controller method for the `.NET`-style stack line.
    static func response(for error: PortalError, request: APIRequest, action: String) -> APIResponse {
        let stack =
            "   at ASC.People.Api.\(action)\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)"
        func body(_ message: String, _ type: String?, _ hresult: Int, _ status: Int, withStack: Bool = true)
            -> APIResponse
        {
            .json(
                Envelope.error(
                    message: message, type: type, stack: withStack ? stack : nil,
                    hresult: withStack ? hresult : 0, statusCode: status), status: status)
        }
        switch error {
        case .notFound(let message):
            return body(message, "ASC.Common.Web.ItemNotFoundException", -2_146_233_088, 404)
        case .argument(let message):
            return body(message, "System.ArgumentException", -2_147_024_809, 400)
        case .argumentNull(let parameter):
            return body(
                "Value cannot be null. (Parameter '\(parameter)')", "System.ArgumentNullException", -2_147_467_261, 400)
        case .accessDenied:
            return body("Access denied", "System.Security.SecurityException", -2_146_233_078, 403)
        case .invalidOperation(let message):
            return body(message, "System.InvalidOperationException", -2_146_233_079, 403)
        case .authenticationFailed(let message):
            return body(message, nil, 0, 401, withStack: false)
        case .paymentRequired(let message):
            return body(message, "ASC.Core.Tenants.TenantQuotaException", -2_146_233_088, 402)
        case .server(let message):
            return body(message, "System.Exception", -2_146_233_088, 500)
        case .validation(let issues):
            return .json(Envelope.validation(issues, href: request.displayURL, method: request.method), status: 400)
        case .unauthenticated:
            return .empty(401)
        case .forbiddenWithoutBody:
            return .empty(403)
        case .routeNotFound:
            return .empty(404)
        case .methodNotAllowed:
            return .empty(405)
        }
    }
}
