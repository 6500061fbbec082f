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
            ],
            swiftSettings: upcoming
        ),
        .target(name: "BlockageAnalytics", dependencies: ["ProcedureModel", "EventLog"], swiftSettings: upcoming),
        .target(name: "Speech", dependencies: ["ProcedureModel"], swiftSettings: upcoming),
        .target(
            name: "ArianeCLI",
            dependencies: [
                "ProcedureModel", "ProcedureXML", "ProcedureCheck", "GuideEngine", "EventLog", "BlockageAnalytics", "Speech",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "ariane",
            dependencies: ["ArianeCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")],
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
        .testTarget(name: "ProcedureXMLTests", dependencies: ["ProcedureXML", "ProcedureModel"], swiftSettings: upcoming),
        .testTarget(name: "ProcedureCheckTests", dependencies: ["ProcedureCheck", "ProcedureXML", "ProcedureModel"], swiftSettings: upcoming),
        .testTarget(name: "GuideEngineTests", dependencies: ["GuideEngine", "ProcedureXML", "ProcedureModel"], swiftSettings: upcoming),
        .testTarget(name: "EventLogTests", dependencies: ["EventLog", "ProcedureModel"], swiftSettings: upcoming),
        .testTarget(name: "BlockageAnalyticsTests", dependencies: ["BlockageAnalytics", "EventLog", "ProcedureModel"], swiftSettings: upcoming),
        .testTarget(name: "SpeechTests", dependencies: ["Speech", "ProcedureModel", "ProcedureXML"], swiftSettings: upcoming),
        .testTarget(name: "ArianeCLITests", dependencies: ["ArianeCLI", "ariane", "EventLog", "ProcedureModel"], swiftSettings: upcoming),
    ]
)
