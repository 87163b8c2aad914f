import Foundation
import XCTest
@testable import HelpdeskCore

final class AtomicFileTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testTargetAppearsOnlyOnCommitAndReplacesTheOldFile() throws {
        let target = directory.appendingPathComponent("out.jsonl").path
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        let file = try AtomicFile(path: target)
        try file.write(Array("new 1\n".utf8))
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "old\n", "unchanged until commit")
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.temporaryPath))
        try file.write(Array("new 2\n".utf8))
        try file.commit()
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "new 1\nnew 2\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["out.jsonl"])
    }

    func testDiscardLeavesNothing() throws {
        let target = directory.appendingPathComponent("out.csv").path
        let file = try AtomicFile(path: target)
        try file.write(Array("partial".utf8))
        file.discard()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [])
    }

    func testUnwritableFolderIsATypedError() {
        XCTAssertThrowsError(try AtomicFile(path: "/nonexistent-folder/out.txt")) { error in
            guard case .cannotWrite(let path, _) = error as? BatchError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "/nonexistent-folder/out.txt")
        }
    }
}
