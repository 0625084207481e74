// swift-tools-version:6.1
import Foundation
import PackageDescription

/// The strict settings every target gets (DESIGN.md, "Internal by default").
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "GoalKit",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "GoalKit", targets: ["GoalKit"]),
        .library(name: "GoalKitStorage", targets: ["GoalKitStorage"]),
        .library(name: "GoalKitStore", targets: ["GoalKitStore"]),
        .library(name: "GoalKitPostgres", targets: ["GoalKitPostgres"]),
        .library(name: "GoalKitImport", targets: ["GoalKitImport"]),
        .library(name: "GoalKitAnalysis", targets: ["GoalKitAnalysis"]),
        .library(name: "GoalKitReport", targets: ["GoalKitReport"]),
        .library(name: "GoalKitService", targets: ["GoalKitService"]),
        .executable(name: "goalkit", targets: ["goalkit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        .target(name: "GoalKit", swiftSettings: strict),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "GoalKitStorage", dependencies: ["GoalKit"], swiftSettings: strict),
        .target(
            name: "GoalKitStore",
            dependencies: [
                "GoalKit", "GoalKitStorage", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "GoalKitPostgres",
            dependencies: ["GoalKit", "GoalKitStorage", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: strict
        ),
        .target(name: "GoalKitImport", dependencies: ["GoalKit", "CLibXML2"], swiftSettings: strict),
        .target(name: "GoalKitAnalysis", dependencies: ["GoalKit"], swiftSettings: strict),
        .target(name: "GoalKitReport", dependencies: ["GoalKit", "GoalKitAnalysis"], swiftSettings: strict),
        .target(
            name: "GoalKitService",
            dependencies: [
                "GoalKit", "GoalKitStorage", "GoalKitStore", "GoalKitImport", "GoalKitAnalysis", "GoalKitReport",
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "goalkit",
            dependencies: [
                "GoalKitService", "GoalKitStorage", "GoalKit", "GoalKitAnalysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "goalkit-bench",
            dependencies: ["CLibXML2"],
            path: "Benchmarks/goalkit-bench",
            swiftSettings: strict
        ),
        .target(
            name: "GoalKitTestSupport",
            dependencies: ["GoalKit"],
            path: "Tests/GoalKitTestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "GoalKitTests", dependencies: ["GoalKit"], swiftSettings: strict),
        .testTarget(
            name: "GoalKitStoreTests",
            dependencies: [
                "GoalKitStore", "GoalKitStorage", "GoalKit", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "GoalKitPostgresTests",
            dependencies: [
                "GoalKitPostgres", "GoalKitStorage", "GoalKitStore", "GoalKit", "GoalKitTestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "GoalKitImportTests",
            dependencies: ["GoalKitImport", "GoalKit", "GoalKitTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(name: "GoalKitAnalysisTests", dependencies: ["GoalKitAnalysis", "GoalKit"], swiftSettings: strict),
        .testTarget(name: "GoalKitReportTests", dependencies: ["GoalKitReport", "GoalKit"], swiftSettings: strict),
        .testTarget(
            name: "GoalKitServiceTests",
            dependencies: [
                "GoalKitService", "GoalKitStorage", "GoalKitStore", "GoalKitAnalysis", "GoalKit", "GoalKitTestSupport",
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["goalkit", "GoalKitTestSupport"],
            swiftSettings: strict
        ),
    ]
)

// The libFuzzer target, only when Scripts/fuzz.sh builds it (it needs -sanitize=fuzzer and no main).
if ProcessInfo.processInfo.environment["GOALKIT_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(name: "GoalKitFuzz", dependencies: ["GoalKit", "GoalKitImport"], path: "Fuzz/GoalKitFuzz"))
    package.products.append(.executable(name: "GoalKitFuzz", targets: ["GoalKitFuzz"]))
}
