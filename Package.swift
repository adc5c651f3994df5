// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "TurkishShopBot",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "BotServer", targets: ["BotServer"]),
        .executable(name: "BotBench", targets: ["BotBench"]),
        .library(name: "TurkishText", targets: ["TurkishText"]),
        .library(name: "Commerce", targets: ["Commerce"]),
        .library(name: "IntentEngine", targets: ["IntentEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        // C shims: public headers use plain C types only, so they never clash with Foundation's ICU.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .systemLibrary(name: "CHiredis", pkgConfig: "hiredis", providers: [.apt(["libhiredis-dev"])]),
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("curl")]),

        .target(name: "TurkishText", dependencies: ["CICU"]),
        .target(name: "Commerce", dependencies: ["TurkishText"]),
        .target(name: "IntentEngine", dependencies: ["Commerce", "TurkishText"]),
        .executableTarget(
            name: "BotServer",
            dependencies: [
                "TurkishText", "Commerce", "IntentEngine", "CHiredis", "CCurl",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            resources: [.copy("Public")],
            // Async functions run on their caller's executor: on NIO's event loops a switch to the generic
            // executor is a trip through the loop's task queue (see Entry in BotServer.swift).
            swiftSettings: [.enableUpcomingFeature("NonisolatedNonsendingByDefault")]
        ),
        .executableTarget(name: "BotBench", dependencies: ["TurkishText", "Commerce", "IntentEngine"]),

        .testTarget(name: "TurkishTextTests", dependencies: ["TurkishText"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CommerceTests", dependencies: ["Commerce"]),
        .testTarget(name: "IntentEngineTests", dependencies: ["IntentEngine", "Commerce"]),
        .testTarget(
            name: "BotServerTests",
            dependencies: [
                "BotServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: [.enableUpcomingFeature("NonisolatedNonsendingByDefault")]
        ),
    ]
)
