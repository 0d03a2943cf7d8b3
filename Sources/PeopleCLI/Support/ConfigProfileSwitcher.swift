import DocSpaceAPI
import Foundation
import PeopleCore
import TerminalUI

/// Switches the terminal UI to another profile of the config file (`P`), resolving it the
/// way `--profile NAME` does at start: the profile's `url`, its `token_file` or the token
/// `login --profile NAME` saved, its `timeout` and `read_only` (or `--read-only`, which holds
/// for the whole run). Variables that would override any profile — `DOCSPACE_URL`,
/// `DOCSPACE_TOKEN`, `DOCSPACE_TOKEN_FILE`, `DOCSPACE_PROFILE` — are left out, or every
/// profile would lead to the same portal.
struct ConfigProfileSwitcher: ProfileSwitcher {
    let request: ConnectionRequest
    let environment: [String: String]
    let profileList: ProfileList

    static let overridingVariables = ["DOCSPACE_URL", "DOCSPACE_TOKEN", "DOCSPACE_TOKEN_FILE", "DOCSPACE_PROFILE"]

    /// The switcher for the session the TUI starts with.
    static func make(
        for session: PortalSession, options: ConnectionOptions,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> any ProfileSwitcher {
        if session.demoPortal != nil {
            return DemoProfileSwitcher(
                profileList: ProfileList(
                    profiles: [
                        PortalProfile(
                            name: "demo", url: session.connection.baseURL.absoluteString,
                            readOnly: session.connection.readOnly)
                    ],
                    current: "demo",
                    note:
                        "--demo has one portal, the built-in stand-in: profiles come from the config file when started without --demo."
                ))
        }
        let resolver = ConnectionResolver(environment: environment)
        var note: String?
        var profiles: [PortalProfile] = []
        do {
            let config = try resolver.loadConfig(options.request)
            profiles = config.profiles.values.sorted { $0.name < $1.name }.map {
                PortalProfile(name: $0.name, url: $0.url ?? "", readOnly: $0.readOnly)
            }
            if profiles.isEmpty {
                note =
                    "No [profiles.NAME] tables in \(options.config ?? environment["DOCSPACE_CONFIG"] ?? resolver.paths.configFile)."
            }
        } catch {
            // Config errors quote paths and lines the admin wrote: shown by the screen's rule.
            note = TerminalText.sanitized(error.description)
        }
        return ConfigProfileSwitcher(
            request: options.request, environment: environment,
            profileList: ProfileList(profiles: profiles, current: session.connection.profile, note: note))
    }

    /// What `--profile NAME` would have asked for, with nothing that overrides a profile.
    func request(for profile: String) -> (ConnectionRequest, [String: String]) {
        var request = self.request
        request.profile = profile
        request.url = nil
        request.tokenFile = nil
        var environment = self.environment
        for key in Self.overridingVariables { environment.removeValue(forKey: key) }
        return (request, environment)
    }

    func open(_ profile: String) async throws -> OpenedPortal {
        let (request, environment) = request(for: profile)
        let connection: Connection
        do {
            connection = try ConnectionResolver(environment: environment).resolve(request)
        } catch {
            throw ProfileRefusal(error.description)
        }
        if case .none = connection.credentials {
            throw ProfileRefusal(
                "not signed in to \(connection.portalName): run `docspace-people login --profile \(profile)`")
        }
        let client = PortalSession.makeClient(connection, environment: environment)
        let me = try await client.me()
        let session = PortalSession(connection: connection, client: client, demoPortal: nil)
        return OpenedPortal(
            client: client,
            session: Session(
                portal: connection.portalName, me: me, readOnly: connection.readOnly,
                culture: connection.culture),
            reauthenticate: DocSpacePeople.reauthentication(for: session, request, environment: environment))
    }
}

/// `--demo`: the one stand-in portal; there is nothing to switch to.
struct DemoProfileSwitcher: ProfileSwitcher {
    let profileList: ProfileList

    func open(_ profile: String) async throws -> OpenedPortal {
        throw ProfileRefusal("--demo has only the demo portal")
    }
}
