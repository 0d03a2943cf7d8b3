import DocSpaceAPI
import Foundation
import StandInPortal

/// A stand-in portal started in-process on a free loopback port, and clients for it.
struct LivePortal {
    static let apiKey = "sk-integration-4f1e9c0b7a2d"
    static let ownerPassword = "integration-owner-pw"

    let server: PortalServer
    let url: URL

    static func options(users: Int = 30, paidSeats: Int? = nil) -> PortalOptions {
        PortalOptions(
            users: users, ownerPassword: ownerPassword, apiKey: apiKey, paidSeats: paidSeats,
            taskDuration: .milliseconds(50))
    }

    /// `options` with the cloud's rate limiter on, for the tests of bulk work: what they
    /// send must fit the limits a cloud portal applies.
    static func cloudOptions(users: Int = 30, paidSeats: Int? = nil) -> PortalOptions {
        var options = options(users: users, paidSeats: paidSeats)
        options.rateLimits = .cloud
        return options
    }

    /// Runs `body` against a fresh portal and stops the portal afterwards, whatever happens.
    static func run<T>(_ options: PortalOptions = options(), _ body: (LivePortal) async throws -> T) async throws -> T {
        let server = PortalServer(options: options)
        let url = try await server.start(host: "127.0.0.1", port: 0)
        let portal = LivePortal(server: server, url: url)
        do {
            let result = try await body(portal)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// A client of this portal; by default signed in with the owner's API key.
    func client(
        _ credentials: Credentials = .apiKey(LivePortal.apiKey), timeout: Double = 60,
        maxReadRetries: Int = 3, sleeps: SleepRecorder = SleepRecorder()
    ) -> DocSpaceClient {
        DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: url, credentials: credentials, timeout: timeout, maxReadRetries: maxReadRetries,
                userAgent: "docspace-people-integration-tests", sleep: { await sleeps.record($0) }))
    }

    /// Adds a person directly (bypassing the API's rules) and returns their id.
    func add(
        _ email: String, type: PortalEmployeeType = .user, status: PortalEmployeeStatus = .active,
        password: String? = nil, isLDAP: Bool = false, ownsRooms: Bool = false,
        sharesFiles: Bool = false
    ) async -> String {
        await server.addPerson(
            PortalPersonSeed(
                email: email, firstName: "Test", lastName: "Person", type: type,
                status: status, password: password, isLDAP: isLDAP, ownsRooms: ownsRooms,
                sharesFiles: sharesFiles))
    }

    func setFault(_ spec: String) async throws {
        await server.faults.set(try FaultRule.parse(spec))
    }

    func requests(_ route: String) async -> Int {
        await server.stats().perRoute[route] ?? 0
    }
}

/// Records the client's backoff waits instead of sleeping.
actor SleepRecorder {
    private(set) var delays: [Double] = []
    func record(_ seconds: Double) { delays.append(seconds) }
}

/// The `DocSpaceError` an operation threw, or `nil`.
func docSpaceError<T>(_ operation: () async throws -> T) async -> DocSpaceError? {
    do {
        _ = try await operation()
        return nil
    } catch let error as DocSpaceError {
        return error
    } catch {
        return nil
    }
}

/// Polls until `condition` holds or the deadline passes (tests wait for conditions, not times).
func eventually(timeout seconds: Double = 30, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try? await Task.sleep(nanoseconds: 10_000_000)
    }
    return try await condition()
}
