import Foundation

/// The fixture bodies copied from ONLYOFFICE's web client mocks (see Fixtures/README.md).
enum Fixtures {
    static func data(_ relativePath: String) throws -> Data {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureError.missing("Fixtures")
        }
        return try Data(contentsOf: root.appendingPathComponent(relativePath))
    }

    static func text(_ relativePath: String) throws -> String {
        String(decoding: try data(relativePath), as: UTF8.self)
    }

    enum FixtureError: Error { case missing(String) }
}
