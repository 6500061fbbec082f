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
        // The central server's store, for many sites; NIOSSL for `sslmode=require` in a database URL.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // The OpenFisca-France web API's client (Estimates); already resolved through HummingbirdTesting.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // QR codes for the web addresses on the take-home sheet and for carrying a session on to a phone.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
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
                // Site keys are stored as SHA-256 hashes; a received event's content is compared by its digest.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: upcoming
        ),
        // The event log, the site registry and the accounts on PostgreSQL, and the one place that opens
        // "a store from a location" (a SQLite path or a postgres:// URL).
        .target(
            name: "PostgresStore",
            dependencies: [
                "ProcedureModel", "EventLog", "Directory",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: upcoming
        ),
        .target(name: "BlockageAnalytics", dependencies: ["ProcedureModel", "EventLog"], swiftSettings: upcoming),
        .target(
            name: "Speech",
            dependencies: ["ProcedureModel", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: upcoming
        ),
        // The map of local actors: places from the national open data, their opening hours, the nearest ones.
        .target(name: "Directory", dependencies: [.product(name: "GRDB", package: "GRDB.swift")], swiftSettings: upcoming),
        // The kiosk's own words sit below the server, so that `ariane check` and `ariane extract` read
        // them without linking the web server.
        .target(name: "KioskWords", dependencies: ["ProcedureModel", "GuideEngine"], swiftSettings: upcoming),
        // What a household may receive, asked of an OpenFisca-France web API.
        .target(
            name: "Estimates",
            dependencies: [
                "ProcedureModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: upcoming
        ),
        // Synthetic sessions through the real engine, for demonstrations, tests and benchmarks.
        .target(name: "Simulator", dependencies: ["ProcedureModel", "GuideEngine"], swiftSettings: upcoming),
        .target(
            name: "GuideServer",
            dependencies: [
                "ProcedureModel", "ProcedureXML", "GuideEngine", "EventLog", "BlockageAnalytics", "Speech", "KioskWords", "CQRencode", "Directory", "Estimates",
                // The accounts on the central PostgreSQL database.
                "PostgresStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
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
                "KioskWords", "Simulator", "Directory", "PostgresStore", "Estimates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        // A site's shipping of its events to the central server (the client side of site sync).
        .target(
            name: "SiteSync",
            dependencies: [
                "EventLog", "ProcedureModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: upcoming
        ),
        // `ariane serve` and `ariane user`: the commands that need the server.
        .target(
            name: "ServerCommands",
            dependencies: [
                "ArianeCLI", "EventLog", "GuideServer", "SiteSync", "ProcedureModel", "PostgresStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
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
            dependencies: ["EventLog", "ProcedureModel", "PostgresStore", "BlockageAnalytics"],
            path: "bench/AppendBenchmark",
            swiftSettings: upcoming
        ),
        // Fills sites' logs for bench/sync_drain.sh.
        .executableTarget(
            name: "SyncDrainFill",
            dependencies: ["EventLog", "ProcedureModel"],
            path: "bench/sync_drain",
            swiftSettings: upcoming
        ),
        .target(name: "ArianeTestFixtures", path: "Tests/Fixtures", swiftSettings: upcoming),
        .testTarget(name: "ProcedureXMLTests", dependencies: ["ProcedureXML", "ProcedureModel", "CLibXML2"], swiftSettings: upcoming),
        .testTarget(name: "ProcedureCheckTests", dependencies: ["ProcedureCheck", "ProcedureXML", "ProcedureModel"], swiftSettings: upcoming),
        .testTarget(name: "GuideEngineTests", dependencies: ["GuideEngine", "ProcedureXML", "ProcedureModel"], swiftSettings: upcoming),
        .testTarget(name: "EventLogTests", dependencies: ["EventLog", "ProcedureModel", "PostgresTestSupport"], swiftSettings: upcoming),
        // A fresh PostgreSQL database per test, and the stores every event-store behaviour test runs against.
        .target(
            name: "PostgresTestSupport",
            dependencies: [
                "PostgresStore", "EventLog", "ProcedureModel",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/PostgresTestSupport",
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "PostgresStoreTests",
            dependencies: [
                "PostgresStore", "PostgresTestSupport", "EventLog", "ProcedureModel", "BlockageAnalytics", "ProcedureXML", "Simulator",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(name: "BlockageAnalyticsTests", dependencies: ["BlockageAnalytics", "EventLog", "ProcedureModel"], swiftSettings: upcoming),
        .testTarget(
            name: "DirectoryTests", dependencies: ["Directory", "PostgresStore", "PostgresTestSupport"], resources: [.copy("Fixtures")],
            swiftSettings: upcoming),
        .testTarget(name: "SpeechTests", dependencies: ["Speech", "ProcedureModel", "ProcedureXML"], swiftSettings: upcoming),
        .testTarget(
            name: "GuideServerTests",
            dependencies: [
                "GuideServer", "EventLog", "ProcedureModel", "GuideEngine", "ArianeTestFixtures", "Directory", "PostgresStore", "PostgresTestSupport",
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
                "ServerCommands", "ariane", "ArianeTestFixtures", "EventLog", "GuideServer", "ProcedureModel", "PostgresStore", "PostgresTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ], swiftSettings: upcoming),
        // A central server and sites as real processes, the link between them broken by a proxy in the test.
        .testTarget(
            name: "SiteSyncTests",
            dependencies: ["EventLog", "SiteSync", "ProcedureModel", "ArianeTestFixtures", "ariane"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "KioskSheetTests",
            dependencies: [
                "GuideServer", "EventLog", "ProcedureModel", "ProcedureXML", "GuideEngine",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: upcoming
        ),
        // Numbers by touch, themes, the kiosk's own pages, right to left (issue 12, items 7 to 10).
        .testTarget(
            name: "KioskTouchTests",
            dependencies: [
                "GuideServer", "GuideEngine", "ProcedureModel", "ProcedureXML", "ProcedureCheck", "EventLog", "BlockageAnalytics",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "EstimateTests",
            dependencies: ["Estimates", "ProcedureCheck", "ProcedureXML", "ProcedureModel", "KioskWords", "ariane"],
            // The Python reference is run from its place in the tree, by the venv's python.
            exclude: ["Resources"],
            swiftSettings: upcoming
        ),
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
