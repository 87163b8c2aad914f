import Foundation
import XCTest
@testable import HelpdeskCore
import TestSupport

/// Replays every saved fuzz input (Tests/Fuzz/regressions/TARGET/) and every seed (Fuzz/corpus/TARGET/) through the
/// code the libFuzzer targets run (FuzzHarness.swift), so a crash once found stays fixed.
final class FuzzRegressionTests: XCTestCase {
    private func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        var result: [(String, [UInt8])] = []
        for folder in ["Tests/Fuzz/regressions/\(target)", "Fuzz/corpus/\(target)"] {
            let directory = PackagePaths.root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") && name != "README.md" {
                result.append(("\(folder)/\(name)", Array(try Data(contentsOf: directory.appendingPathComponent(name)))))
            }
        }
        XCTAssertFalse(result.isEmpty, "no inputs for \(target)")
        return result
    }

    func testMatcherInputs() throws {
        let harness = try MatcherFuzzHarness(knowledgeBaseDirectory: PackagePaths.shippedKnowledgeBase)
        for input in try inputs("matcher") { harness.run(input.bytes) }
    }

    func testKnowledgeBaseLoaderInputs() throws {
        let harness = try KnowledgeBaseLoaderFuzzHarness()
        defer { harness.remove() }
        for input in try inputs("kb-loader") { harness.run(input.bytes) }
    }

    func testBatchReaderInputs() throws {
        for input in try inputs("batch-readers") { BatchReaderFuzzHarness.run(input.bytes) }
    }
}
