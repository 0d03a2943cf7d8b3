import Foundation
import PeopleCore
import Testing

@Suite struct PrivateFileTests {
    private func temporaryPath(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("privatefile-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    @Test func writesTheTextReadableByItsOwnerOnly() async throws {
        let path = temporaryPath("results.csv")
        let problem = await PrivateFile.write("id,email\n1,a@example.org\n", to: path)
        #expect(problem == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "id,email\n1,a@example.org\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func neverOverwritesAFileThatExists() async throws {
        let path = temporaryPath("export.json")
        try "yesterday".write(toFile: path, atomically: true, encoding: .utf8)
        let problem = await PrivateFile.write("today", to: path)
        #expect(problem?.contains("already exists") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "yesterday")
    }

    @Test func saysWhyAFolderThatIsMissingFails() async {
        let problem = await PrivateFile.write("x", to: "/nonexistent-folder-\(UUID().uuidString)/a.csv")
        #expect(problem?.contains("No such file") == true)
    }

    @Test("~/ is the given home ($HOME), not the password database's")
    func tildeIsHome() async throws {
        let home = temporaryPath("home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let problem = await PrivateFile.write("x\n", to: "~/export.csv", home: home)
        #expect(problem == nil)
        #expect(try String(contentsOfFile: home + "/export.csv", encoding: .utf8) == "x\n")
        #expect(HomePath.expand("~", home: home) == home)
        #expect(HomePath.expand("a/~/b", home: home) == "a/~/b")
    }
}
