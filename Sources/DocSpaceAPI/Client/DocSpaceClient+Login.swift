import Foundation

extension DocSpaceClient {
    /// Exchanges an e-mail and password for a token: `POST /api/2.0/authentication`.
    ///
    /// A wrong password is `unauthorized` with the server's message ("User authentication
    /// failed"); a terminated account is `forbidden` ("User disabled"). Portals that demand a
    /// second factor answer without a token; that is `unauthorized` with an explanation,
    /// because this tool does not do 2FA (an API key is the way in). The password never
    /// appears in an error.
    public static func login(
        baseURL: URL, userName: String, password: String,
        transport: (any HTTPTransport)? = nil, timeout: Double = 30
    ) async throws -> AuthToken {
        let configuration = ClientConfiguration(baseURL: baseURL, credentials: .none, timeout: timeout)
        let client = DocSpaceClient(configuration: configuration, transport: transport, extraSecrets: [password])
        let endpoint = Endpoint.login(userName: userName, password: password)
        let answer = try await client.value(of: LoginAnswer.self, from: endpoint)
        guard let token = answer.token, !token.isEmpty else {
            if answer.needsSecondFactor {
                throw DocSpaceError.unauthorized(
                    message:
                        "The account requires two-factor authentication, which docspace-people does not support — use an API key"
                )
            }
            throw DocSpaceError.decoding(context: "\(endpoint.route): response.token: missing")
        }
        return AuthToken(token: token, expires: answer.expires)
    }
}

/// `AuthenticationTokenDto`, where a 2FA answer has no token.
private struct LoginAnswer: Decodable {
    var token: String?
    var expires: APIDate?
    var needsSecondFactor: Bool

    private enum Key: String, CodingKey { case token, expires, sms, tfa, confirmUrl }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        token = c.lenientString(.token)
        expires = c.lenientDate(.expires)
        needsSecondFactor =
            (c.lenientBool(.sms) ?? false) || (c.lenientBool(.tfa) ?? false)
            || c.lenientString(.confirmUrl) != nil
    }
}
