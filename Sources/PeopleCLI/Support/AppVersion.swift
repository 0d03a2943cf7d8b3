/// The app's version, shown by `--version` and sent as the User-Agent.
public struct AppVersion: Sendable {
    public var number: String
    public static let current = AppVersion(number: "0.1.0")
}
