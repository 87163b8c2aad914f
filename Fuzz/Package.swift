// swift-tools-version:6.0
// libFuzzer targets for helpdesk: build and run them with Fuzz/run.sh (see the README's "Reliability" section).
import PackageDescription

/// gold fails on these links (an internal error while reporting); lld, shipped with Swift, does not.
let lld: [LinkerSetting] = [.unsafeFlags(["-use-ld=lld"])]

let package = Package(
    name: "HelpdeskFuzz",
    dependencies: [
        .package(name: "helpdesk", path: ".."),
    ],
    targets: [
        // The one input each target handles; the same file is compiled into the main package's regression tests.
        .target(
            name: "FuzzHarness",
            dependencies: [.product(name: "HelpdeskCore", package: "helpdesk")]
        ),
        // Each target's main hands its one-input function to libFuzzer (LLVMFuzzerRunDriver).
        .target(name: "CFuzzer"),
        .executableTarget(name: "fuzz-matcher", dependencies: ["FuzzHarness", "CFuzzer"], path: "Sources/FuzzMatcher", linkerSettings: lld),
        .executableTarget(name: "fuzz-kb-loader", dependencies: ["FuzzHarness", "CFuzzer"], path: "Sources/FuzzKBLoader", linkerSettings: lld),
        .executableTarget(name: "fuzz-batch-readers", dependencies: ["FuzzHarness", "CFuzzer"], path: "Sources/FuzzBatchReaders", linkerSettings: lld),
    ]
)
