/// `AuthToken` from `AuthenticationTokenDto`: `token` is required; `expires` is kept as text.
extension AuthToken: Decodable {
    enum CodingKeys: String, CodingKey { case token, expires }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let token = c.lenientString(.token), !token.isEmpty else {
            throw DecodingError.keyNotFound(
                CodingKeys.token, .init(codingPath: c.codingPath, debugDescription: "missing"))
        }
        self.init(token: token, expires: c.lenientDate(.expires))
    }
}
