import DocSpaceAPI
import Foundation
import PeopleCore
import StandInPortal

/// A connected portal for one command: the resolved connection, the client, and — with
/// `--demo` — the in-process stand-in portal that must stay alive as long as the client.
struct PortalSession: Sendable {
    let connection: Connection
    let client: DocSpaceClient
    let demoPortal: PortalServer?

    static let userAgent = "docspace-people/\(AppVersion.current.number)"

    /// Resolves where to connect and builds the client. With `--demo`, starts the stand-in on
    /// a free loopback port with a fresh random API key for its owner.
    static func open(
        _ options: ConnectionOptions,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        requireCredentials: Bool = true
    ) async throws(CLIFailure) -> PortalSession {
        if options.demo {
            return try await openDemo(options)
        }
        let connection = try ConnectionResolver(environment: environment).resolve(options.request)
        if requireCredentials, case .none = connection.credentials {
            throw .configuration(
                "not signed in to \(connection.portalName): run `docspace-people login`, set DOCSPACE_TOKEN, or give --token-file"
            )
        }
        return PortalSession(connection: connection, client: makeClient(connection), demoPortal: nil)
    }

    private static func openDemo(_ options: ConnectionOptions) async throws(CLIFailure) -> PortalSession {
        let apiKey = "sk-demo-" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        var portalOptions = PortalOptions()
        portalOptions.apiKey = apiKey
        let portal = await PortalServer.make(options: portalOptions)
        let url: URL
        do {
            url = try await portal.start(host: "127.0.0.1", port: 0)
        } catch {
            throw .configuration("could not start the demo portal: \(error)")
        }
        // The demo's portal is built in, but the keys are the user's: `[keys]` applies too.
        let config = try ConnectionResolver(environment: ProcessInfo.processInfo.environment).loadConfig(
            options.request)
        let connection = Connection(
            baseURL: url, credentials: .apiKey(apiKey), profile: "demo",
            readOnly: options.readOnly, timeout: options.timeout ?? 30, keys: config.keys)
        return PortalSession(connection: connection, client: makeClient(connection), demoPortal: portal)
    }

    static func makeClient(
        _ connection: Connection,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> DocSpaceClient {
        let log = ActivityLog(
            directory: AppPaths(environment: environment).stateDirectory,
            portal: connection.portalName)
        return DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: connection.baseURL, credentials: connection.credentials,
                timeout: connection.timeout, userAgent: userAgent,
                observer: { log.record($0) }))
    }

    /// The audit log of this machine's user (XDG state folder).
    var auditLog: AuditLogFile {
        AuditLogFile(directory: AppPaths(environment: ProcessInfo.processInfo.environment).stateDirectory)
    }

    /// The audit log of this portal's changes, as this machine's user.
    var audit: AuditTrail { AuditTrail(portal: connection.portalName, log: auditLog) }

    func close() async {
        await demoPortal?.stop()
    }

    /// Refuses a change in a read-only session, before anything is sent.
    func requireWritable(_ what: String) throws(CLIFailure) {
        if connection.readOnly {
            throw .refused(
                "read-only session (\(connection.profile.map { "profile \($0)" } ?? "--read-only")): \(what) is not allowed"
            )
        }
    }
}
