import DocSpaceAPI
import Foundation
import PeopleCore

/// Everything needed to talk to one portal, resolved from flags, then the environment,
/// then the config file's profile.
public struct Connection: Sendable {
    public var baseURL: URL
    public var credentials: Credentials
    /// The profile name, when one was used.
    public var profile: String?
    public var readOnly: Bool
    public var timeout: Double
    /// The profile's `culture`: the language of invitations; `nil` sends none.
    public var culture: Culture? = nil
    /// The keys in force: the defaults with the config file's `[keys]`.
    public var keys: KeyTable = .standard

    /// What the status line and confirmations call this portal: the profile, or the host.
    public var portalName: String {
        let host = baseURL.host ?? baseURL.absoluteString
        let port = baseURL.port.map { ":\($0)" } ?? ""
        if let profile { return "\(profile) (\(host)\(port))" }
        return host + port
    }
}

/// The flags that say where to connect (shared by every command that talks to a portal).
public struct ConnectionRequest: Sendable, Equatable {
    public var url: String?
    public var profile: String?
    public var tokenFile: String?
    public var configFile: String?
    public var timeout: Double?
    public var readOnly: Bool
    public var allowInsecureHTTP: Bool

    public init(
        url: String? = nil, profile: String? = nil, tokenFile: String? = nil,
        configFile: String? = nil, timeout: Double? = nil, readOnly: Bool = false,
        allowInsecureHTTP: Bool = false
    ) {
        self.url = url
        self.profile = profile
        self.tokenFile = tokenFile
        self.configFile = configFile
        self.timeout = timeout
        self.readOnly = readOnly
        self.allowInsecureHTTP = allowInsecureHTTP
    }
}

/// Resolves a `ConnectionRequest` against the environment and the config file.
public struct ConnectionResolver: Sendable {
    public var environment: [String: String]
    public var paths: AppPaths

    public init(environment: [String: String]) {
        self.environment = environment
        self.paths = AppPaths(environment: environment)
    }

    private var home: String { environment["HOME"] ?? NSHomeDirectory() }

    /// The config file, or an empty one when it does not exist. A file that exists but does
    /// not parse is an error: guessing would be worse. It is read as `PrivateFile` reads: a
    /// link planted in its place, or a file another user owns or may write, is refused — its
    /// `token_file` and `url` would send any file's first line to any listener.
    public func loadConfig(_ request: ConnectionRequest) throws(CLIFailure) -> ConfigFile {
        let explicit = request.configFile ?? environment["DOCSPACE_CONFIG"]
        let path = explicit.map { AppPaths.expandTilde($0, home: home) } ?? paths.configFile
        let data: Data
        do {
            data = try PrivateFile.read(path, as: "config file", privacy: .othersMayRead, limit: Self.configLimit)
        } catch {
            if error.reason == .missing && explicit == nil { return ConfigFile() }
            throw .configuration(error.description)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .configuration("cannot read config file \(path): not a UTF-8 text file")
        }
        do {
            let folder = (PrivateFolder.absolute(path) as NSString).deletingLastPathComponent
            return try ConfigFile.parse(text).resolvingPaths(against: folder)
        } catch {
            throw .configuration("config file \(path), \(error)")
        }
    }

    /// A config file of a few profiles is a few KB; a bigger one is not ours.
    static let configLimit = 1024 * 1024

    public func resolve(_ request: ConnectionRequest) throws(CLIFailure) -> Connection {
        let config = try loadConfig(request)
        let profileName =
            request.profile ?? environment["DOCSPACE_PROFILE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? config.defaultProfile
        var profile: ConfigFile.Profile?
        if let profileName {
            guard let found = config.profiles[profileName] else {
                let known = config.profiles.keys.sorted()
                throw .configuration(
                    "no profile \"\(profileName)\" in the config file"
                        + (known.isEmpty ? " (it has none)" : " (known: \(known.joined(separator: ", ")))"))
            }
            profile = found
        }

        guard
            let urlText = request.url ?? environment["DOCSPACE_URL"].flatMap({ $0.isEmpty ? nil : $0 })
                ?? profile?.url
        else {
            throw .configuration(
                "no portal given: pass --url, set DOCSPACE_URL, or add a profile to \(paths.configFile) (or try --demo)"
            )
        }
        let baseURL = try Self.portalURL(urlText, allowInsecureHTTP: request.allowInsecureHTTP)

        let credentials = try resolveCredentials(request, profile: profile, baseURL: baseURL)
        return Connection(
            baseURL: baseURL, credentials: credentials, profile: profile?.name,
            readOnly: request.readOnly || (profile?.readOnly ?? false),
            timeout: request.timeout ?? profile?.timeout ?? 30, culture: profile?.culture, keys: config.keys)
    }

    /// The token file `login` writes for this profile or portal.
    public func defaultTokenFile(profile: String?, baseURL: URL) -> String {
        paths.tokenFile(named: profile ?? Self.hostKey(baseURL))
    }

    static func hostKey(_ url: URL) -> String {
        (url.host ?? "portal") + (url.port.map { "_\($0)" } ?? "")
    }

    private func resolveCredentials(
        _ request: ConnectionRequest, profile: ConfigFile.Profile?,
        baseURL: URL
    ) throws(CLIFailure) -> Credentials {
        if let token = environment["DOCSPACE_TOKEN"], !token.isEmpty {
            return .bearer(token.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let explicitFile =
            request.tokenFile ?? environment["DOCSPACE_TOKEN_FILE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? profile?.tokenFile
        if let explicitFile {
            do {
                return .bearer(try SecretFile.read(AppPaths.expandTilde(explicitFile, home: home)))
            } catch {
                throw .configuration(error.description)
            }
        }
        let saved = defaultTokenFile(profile: profile?.name, baseURL: baseURL)
        do {
            return .bearer(try SecretFile.read(saved))
        } catch .refused(let refusal) where refusal.reason == .missing {
            return .none
        } catch {
            throw .configuration(error.description)
        }
    }

    /// Checks the portal address: http(s) with a host; `https` unless the host is this machine
    /// or the user said `--allow-insecure-http` — a token sent over plain HTTP can be read by
    /// anyone on the path.
    public static func portalURL(_ text: String, allowInsecureHTTP: Bool) throws(CLIFailure) -> URL {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
            let host = url.host, !host.isEmpty
        else {
            throw .configuration("\"\(text)\" is not a portal address; expected e.g. https://yourportal.onlyoffice.com")
        }
        guard scheme == "https" || scheme == "http" else {
            throw .configuration("\"\(text)\": the portal address must start with https://")
        }
        if scheme == "http" && !isLoopback(host) && !allowInsecureHTTP {
            throw .configuration(
                "refusing plain http:// for \(host): the token would cross the network unencrypted. Use https://, or pass --allow-insecure-http if you really mean it"
            )
        }
        return url
    }

    /// This machine, matched exactly: `localhost`, an IPv4 address of 127.0.0.0/8 written as a
    /// plain dotted quad (four decimal numbers 0–255, no leading zeros), or `::1`. Any other
    /// name is not resolved, so it is not this machine: `127.attacker.example` is someone
    /// else's host whatever it starts with, and a name's address could change between this
    /// check and the connection.
    static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased()
        if h == "localhost" || h == "::1" || h == "[::1]" { return true }
        let parts = h.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        var octets: [Int] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy({ ("0"..."9").contains($0) }),
                part.count == 1 || part.first != "0", let octet = Int(part), octet <= 255
            else { return false }
            octets.append(octet)
        }
        return octets[0] == 127
    }
}
