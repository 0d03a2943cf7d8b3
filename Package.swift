// swift-tools-version:6.0
import PackageDescription

// Layers, top to bottom (arrows point down only):
//   docspace-people → PeopleCLI → TerminalUI → PeopleCore → DocSpaceAPI
//                               ↘ StandInPortal (shares only the wire format with DocSpaceAPI)
let package = Package(
    name: "docspace-people",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "docspace-people", targets: ["docspace-people"])
    ],
    dependencies: [
        // The command line: subcommands, help, completions and a man page from one definition.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The stand-in portal's HTTP server: pure Swift concurrency, no NIO, builds in ~25 s.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCurses",
            path: "Sources/CNCurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // libcurl, called directly: URLSession on Linux spins while it waits (CurlWorker).
        .systemLibrary(
            name: "CCurl",
            path: "Sources/CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // glibc's mallopt, for the heap's growth while a listing streams (HeapGrowth).
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .target(name: "DocSpaceAPI", dependencies: ["CCurl"]),
        .target(name: "PeopleCore", dependencies: ["DocSpaceAPI"]),
        .target(name: "TerminalUI", dependencies: ["PeopleCore", "DocSpaceAPI", "CNCurses"]),
        .target(
            name: "StandInPortal",
            dependencies: [
                .product(name: "FlyingFox", package: "FlyingFox"),
                // Only for the `AsyncBufferedSequence` a truncated-body fault needs.
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .target(
            name: "PeopleCLI",
            dependencies: [
                "DocSpaceAPI", "PeopleCore", "TerminalUI", "StandInPortal", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // `--version`'s commit and build date (generated under .build before each build).
            plugins: ["BuildStamp"]
        ),
        .plugin(name: "BuildStamp", capability: .buildTool()),
        .executableTarget(
            name: "docspace-people",
            dependencies: ["PeopleCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The Swift side of scripts/bench (measurements that need the client itself).
        .executableTarget(
            name: "docspace-people-bench",
            dependencies: ["DocSpaceAPI", "StandInPortal", "PeopleCore", "TerminalUI", "CMalloc"],
            path: "Sources/PeopleBench"
        ),

        // The base of every fake `PeopleClient` (docs/ARCHITECTURE.md, "Testing"); only test
        // targets depend on it.
        .target(name: "PeopleTestSupport", dependencies: ["DocSpaceAPI"], path: "Tests/PeopleTestSupport"),
        .testTarget(
            name: "DocSpaceAPITests",
            dependencies: ["DocSpaceAPI", "PeopleTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "StandInPortalTests", dependencies: ["StandInPortal"]),
        .testTarget(name: "PeopleCoreTests", dependencies: ["PeopleCore", "DocSpaceAPI", "PeopleTestSupport"]),
        .testTarget(
            name: "TerminalUITests", dependencies: ["TerminalUI", "PeopleCore", "DocSpaceAPI", "PeopleTestSupport"]),
        .testTarget(
            name: "PeopleCLITests",
            // TerminalUI: the results view's rows, compared with the CLI's and the audit's.
            dependencies: [
                "PeopleCLI", "DocSpaceAPI", "StandInPortal", "PeopleCore", "TerminalUI", "PeopleTestSupport",
            ]
        ),
        // The client against the stand-in over loopback.
        .testTarget(
            name: "IntegrationTests", dependencies: ["DocSpaceAPI", "StandInPortal", "PeopleCLI", "PeopleCore"]),
        // The real binary: CLI end to end, and the TUI in tmux.
        // (PeopleCLI and ArgumentParser: the release checks read the subcommands from the root command.)
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "docspace-people", "PeopleCLI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
