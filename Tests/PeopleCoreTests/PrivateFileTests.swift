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
}
