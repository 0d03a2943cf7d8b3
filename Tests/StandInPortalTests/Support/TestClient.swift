import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A plain URLSession client for the stand-in. It keeps no cookies: the portal's login sets
/// `asc_auth_key`, and a stored cookie would win over the `Authorization` header (as on the
/// real server) and mix up the tests' callers.
struct TestClient: Sendable {
    let baseURL: URL
    let session: URLSession

    init(baseURL: URL) {
        self.baseURL = baseURL
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpShouldSetCookies = false
        configuration.httpCookieStorage = nil
        configuration.timeoutIntervalForRequest = 60
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration)
    }

    /// Sends a request. `token` goes out as `Authorization: Bearer <token>` unless
    /// `authorization` gives the exact header; `json` is serialized as the body.
    func send(
        _ method: String, _ pathAndQuery: String, token: String? = nil, authorization: String? = nil,
        cookie: String? = nil, json: Any? = nil, rawBody: Data? = nil
    ) async throws -> WireResponse {
        var request = URLRequest(url: URL(string: baseURL.absoluteString + pathAndQuery)!)
        request.httpMethod = method
        if let authorization {
            request.setValue(authorization, forHTTPHeaderField: "Authorization")
        } else if let token {
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        }
        if let cookie { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
        if let json {
            request.httpBody = try JSONSerialization.data(withJSONObject: json, options: [.fragmentsAllowed])
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        } else if let rawBody {
            request.httpBody = rawBody
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            headers[String(describing: key)] = String(describing: value)
        }
        return WireResponse(status: http.statusCode, headers: headers, body: data)
    }

    func get(_ path: String, token: String? = nil) async throws -> WireResponse {
        try await send("GET", path, token: token)
    }
}
