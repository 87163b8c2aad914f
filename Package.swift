// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "helpdesk",
    products: [
        .executable(name: "helpdesk", targets: ["helpdesk"]),
        .library(name: "HelpdeskCore", targets: ["HelpdeskCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The scoring loop, in C for SSE2's 16-bit multiply-add (a plain C loop elsewhere).
        .target(name: "CScoring"),
        .target(
            name: "HelpdeskCore",
            dependencies: [
                "CScoring",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .systemLibrary(
            name: "CReadline",
            path: "Sources/CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .executableTarget(
            name: "helpdesk",
            dependencies: [
                "HelpdeskCore",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (and only by them): temporary folders and paths, the package's folders.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "HelpdeskCoreTests",
            dependencies: ["HelpdeskCore", "CScoring", "TestSupport"]
        ),
        .testTarget(
            name: "HelpdeskCLITests",
            dependencies: ["helpdesk", "HelpdeskCore", "TestSupport"]
        ),
    ]
)
