import DocSpaceAPI
import Foundation
import StandInPortal
import Testing

@testable import PeopleCLI

/// A sign-in again after a 401 saves the new token where the old one came from; when that
/// fails, the session goes on with the new token and the failure is kept to be said once the
/// terminal is given back.
@Suite("Signing in again: where the new token goes")
struct ReloginTokenSaveTests {
    private func session(_ portal: LivePortal, tokenFile: String) -> (PortalSession, ConnectionRequest) {
        let connection = Connection(
            baseURL: portal.url, credentials: .token("expired"), profile: nil,
            readOnly: false, timeout: 30)
        let request = ConnectionRequest(tokenFile: tokenFile)
        return (PortalSession(connection: connection, client: portal.client(), demoPortal: nil), request)
    }

    @Test("the new token is written, mode 0600, to the file the old one came from")
    func savedWhereTheOldOneCame() async throws {
        try await LivePortal.run { portal in
            let home = NSTemporaryDirectory() + "relogin-" + UUID().uuidString
            let file = home + "/tokens/work.token"
            let (session, request) = session(portal, tokenFile: file)
            let problems = TokenSaveProblems()
            let reauthenticate = try #require(
                DocSpacePeople.reauthentication(
                    for: session, request, environment: ["HOME": home], saveProblems: problems))
            let client = try await reauthenticate("owner@example.com", LivePortal.ownerPassword)
            #expect(try await client.me().email == "owner@example.com")
            let token = try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .newlines)
            #expect(!token.isEmpty && token != "expired")
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600)
            #expect(problems.take().isEmpty)
        }
    }

    @Test("a token that cannot be saved is kept as a problem to say later; the session goes on")
    func unsavedIsReported() async throws {
        try await LivePortal.run { portal in
            let home = NSTemporaryDirectory() + "relogin-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            // A file where the token folder should be: the folder cannot be made.
            _ = FileManager.default.createFile(atPath: home + "/tokens", contents: Data("x".utf8))
            let file = home + "/tokens/work.token"
            let (session, request) = session(portal, tokenFile: file)
            let problems = TokenSaveProblems()
            let reauthenticate = try #require(
                DocSpacePeople.reauthentication(
                    for: session, request, environment: ["HOME": home], saveProblems: problems))
            let client = try await reauthenticate("owner@example.com", LivePortal.ownerPassword)
            #expect(try await client.me().email == "owner@example.com", "the session goes on")
            let said = problems.take()
            #expect(said.count == 1)
            #expect(said.first?.contains(file) == true)
            #expect(problems.take().isEmpty, "said once")
        }
    }
}
