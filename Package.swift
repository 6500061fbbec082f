// swift-tools-version: 6.1
import PackageDescription

// Every target states what it exposes (`public import`) and spells out existentials.
let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Ariane",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ariane", targets: ["ariane"]),
        .library(name: "GuideEngine", targets: ["GuideEngine"]),
        .library(name: "ProcedureXML", targets: ["ProcedureXML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // SHA-256 names for rendered audio (Foundation has none on Linux); 3 and 4 share the API.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own foundations, which the server names directly (ByteBuffer, HTTP fields and
        // security header names); already resolved through it.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // The idle sweep runs as one of the server's services (Hummingbird runs them with it).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // EventLog hands rows from its reading task to the caller's through an AsyncChannel.
        .package(url: "https://github.com/apple/swift-async-algorithms", from: "1.1.4"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "ProcedureModel", swiftSettings: upcoming),
        .target(
            name: "ProcedureXML",
            dependencies: ["CLibXML2", "ProcedureModel"],
            resources: [.copy("Resources/procedure.xsd")],
            swiftSettings: upcoming
        ),
        .target(name: "ProcedureCheck", dependencies: ["ProcedureModel"], swiftSettings: upcoming),
        .target(name: "GuideEngine", dependencies: ["ProcedureModel"], swiftSettings: upcoming),
        .target(
            name: "EventLog",
            dependencies: [
                "ProcedureModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The read and append hot paths step SQLite statements directly.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
            ],
            swiftSettings: upcoming
        ),
        .target(name: "BlockageAnalytics", dependencies: ["ProcedureModel", "EventLog"], swiftSettings: upcoming),
        .target(
            name: "Speech",
            dependencies: ["ProcedureModel", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: upcoming
        ),
        // The kiosk's own words sit below the server, so that `ariane check` and `ariane extract` read
        // them without linking the web server.
        .target(name: "KioskWords", dependencies: ["ProcedureModel", "GuideEngine"], swiftSettings: upcoming),
        // Synthetic sessions through the real engine, for demonstrations, tests and benchmarks.
        .target(name: "Simulator", dependencies: ["ProcedureModel", "GuideEngine"], swiftSettings: upcoming),
        .target(
            name: "GuideServer",
            dependencies: [
                "ProcedureModel", "ProcedureXML", "GuideEngine", "EventLog", "BlockageAnalytics", "Speech", "KioskWords",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/templates"), .copy("Resources/static")],
            swiftSettings: upcoming
        ),
        // The authoring and event-log commands: no web server in them.
        .target(
            name: "ArianeCLI",
            dependencies: [
                "ProcedureModel", "ProcedureXML", "ProcedureCheck", "GuideEngine", "EventLog", "BlockageAnalytics", "Speech",
                "KioskWords", "Simulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        // `ariane serve` and `ariane user`: the commands that need the server.
        .target(
            name: "ServerCommands",
            dependencies: [
                "ArianeCLI", "EventLog", "GuideServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "ariane",
            dependencies: ["ArianeCLI", "ServerCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "EngineBenchmark",
            dependencies: ["ProcedureModel", "ProcedureXML", "GuideEngine"],
            path: "bench/EngineBenchmark",
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "AppendBenchmark",
            dependencies: ["EventLog", "ProcedureModel"],
            path: "bench/AppendBenchmark",
            swiftSettings: upcoming
        ),
        .target(name: "ArianeTestFixtures", path: "Tests/Fixtures", swiftSettings: upcoming),
        .testTarget(name: "ProcedureXMLTests", dependencies: ["ProcedureXML", "ProcedureModel", "CLibXML2"], swiftSettings: upcoming),
        .testTarget(name: "ProcedureCheckTests", dependencies: ["ProcedureCheck", "ProcedureXML", "ProcedureModel"], swiftSettings: upcoming),
        .testTarget(name: "GuideEngineTests", dependencies: ["GuideEngine", "ProcedureXML", "ProcedureModel"], swiftSettings: upcoming),
        .testTarget(name: "EventLogTests", dependencies: ["EventLog", "ProcedureModel"], swiftSettings: upcoming),
        .testTarget(name: "BlockageAnalyticsTests", dependencies: ["BlockageAnalytics", "EventLog", "ProcedureModel"], swiftSettings: upcoming),
        .testTarget(name: "SpeechTests", dependencies: ["Speech", "ProcedureModel", "ProcedureXML"], swiftSettings: upcoming),
        .testTarget(
            name: "GuideServerTests",
            dependencies: [
                "GuideServer", "EventLog", "ProcedureModel", "GuideEngine", "ArianeTestFixtures",
                // Built for the console tests that add accounts with `ariane user add`.
                "ariane",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // Member-import visibility stays off here: the tests use HTTP status and field names,
            // NIO buffers and model members in files that import only Hummingbird and GuideServer
            // (120 errors with it on, in 14 files: a missing import line or two in each).
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .testTarget(
            name: "ArianeCLITests",
            dependencies: [
                "ServerCommands", "ariane", "ArianeTestFixtures", "EventLog", "GuideServer", "ProcedureModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ], swiftSettings: upcoming),
        .testTarget(
            name: "TranslationTests",
            dependencies: [
                "GuideServer", "EventLog", "ProcedureCheck", "ProcedureXML", "ProcedureModel",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ], swiftSettings: upcoming),
        .testTarget(
            name: "KioskBrowserTests",
            dependencies: ["ariane", "GuideServer", "KioskWords", "ProcedureXML", "ProcedureModel", "GuideEngine"],
            swiftSettings: upcoming
        ),
    ]
)
