// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for Ariane's readers of untrusted text. Kept out of the root package because they
// only link under `-sanitize=fuzzer` (libFuzzer supplies `main`); bench/fuzz.sh builds and runs them.
let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ArianeFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Ariane", path: "../..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "FuzzProcedureLoader",
            dependencies: ["CLibFuzzer", .product(name: "ProcedureXML", package: "Ariane")],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "FuzzXliffReader",
            dependencies: ["CLibFuzzer", .product(name: "ProcedureXML", package: "Ariane")],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "FuzzAnswerParsing",
            dependencies: [
                "CLibFuzzer",
                .product(name: "GuideEngine", package: "Ariane"),
                .product(name: "ProcedureXML", package: "Ariane"),
            ],
            swiftSettings: upcoming
        ),
    ]
)
