import ArgumentParser
import DocSpaceAPI
import Foundation

/// Where to connect: shared by the TUI and every subcommand that talks to a portal.
/// No option here takes a secret: tokens come from the environment, a 0600 file, or `login`.
public struct ConnectionOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Portal address, e.g. https://yourportal.onlyoffice.com (else DOCSPACE_URL, else the profile).",
            valueName: "url"))
    public var url: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Profile from the config file (else DOCSPACE_PROFILE, else default_profile).", valueName: "name"))
    public var profile: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "File holding the token or API key; must be mode 0600 (else DOCSPACE_TOKEN, else the profile's).",
            valueName: "path"))
    public var tokenFile: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Config file (default $XDG_CONFIG_HOME/docspace-people/config.toml).", valueName: "path"))
    public var config: String?

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for the portal's answer.", valueName: "seconds"))
    public var timeout: Double?

    @Flag(name: .long, help: "Refuse every change: browse and export only.")
    public var readOnly = false

    @Flag(
        name: .long,
        help:
            "Allow a plain http:// portal that is not on this machine. The token then crosses the network unencrypted.")
    public var allowInsecureHTTP = false

    @Flag(
        name: .long,
        help:
            "As root, read the config, tokens and logs of a home that belongs to another user (sudo -E). Refused without it: that user could plant files there that make root read or write any file."
    )
    public var trustForeignHome = false

    @Flag(name: .long, help: "Use a built-in stand-in portal with demo people instead of a real portal.")
    public var demo = false

    public init() {}

    var request: ConnectionRequest {
        ConnectionRequest(
            url: url, profile: profile, tokenFile: tokenFile, configFile: config,
            timeout: timeout, readOnly: readOnly, allowInsecureHTTP: allowInsecureHTTP)
    }

    public mutating func validate() throws {
        if let timeout, !(timeout > 0 && timeout <= 600) {
            throw ValidationError("--timeout must be between 0 and 600 seconds")
        }
        if demo && (url != nil || profile != nil || tokenFile != nil) {
            throw ValidationError(
                "--demo uses the built-in stand-in portal; leave out --url, --profile and --token-file")
        }
    }
}

/// `--json` / `--csv` for commands that print people.
public struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (text exactly as the portal sent it).")
    public var json = false
    @Flag(name: .long, help: "Print CSV.")
    public var csv = false

    public init() {}

    var format: OutputFormat { json ? .json : csv ? .csv : .table }

    public mutating func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }
}

public enum OutputFormat: Sendable {
    case table, json, csv

    /// The export format with the same bytes, for output that can be streamed page by page.
    var exportFormat: PeopleExportFormat? {
        switch self {
        case .table: nil
        case .json: .json
        case .csv: .csv
        }
    }
}
