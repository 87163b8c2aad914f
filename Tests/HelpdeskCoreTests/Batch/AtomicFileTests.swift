import Foundation
import XCTest
@testable import HelpdeskCore
import TestSupport

final class AtomicFileTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory("atomic")
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

    func testReplacingAFileKeepsItsModeAndGroup() throws {
        let target = directory.appendingPathComponent("private.jsonl").path
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        XCTAssertEqual(chmod(target, 0o640), 0)
        // Root may give the file any group; anyone else keeps their own, and the mode is still checked.
        let group: gid_t = geteuid() == 0 ? 4242 : getegid()
        XCTAssertEqual(chown(target, uid_t.max, group), 0)
        let file = try AtomicFile(path: target)
        try file.write(Array("new\n".utf8))
        try file.commit()
        var info = stat()
        XCTAssertEqual(stat(target, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o640)
        XCTAssertEqual(info.st_gid, group)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "new\n")
    }

    func testANewFileGetsTheUsualMode() throws {
        let target = directory.appendingPathComponent("new.jsonl").path
        let file = try AtomicFile(path: target)
        try file.commit()
        var info = stat()
        XCTAssertEqual(stat(target, &info), 0)
        let mask = umask(0)
        umask(mask)
        XCTAssertEqual(info.st_mode & 0o777, 0o644 & ~mask)
    }

    func testDiscardLeavesNothing() throws {
        let target = directory.appendingPathComponent("out.csv").path
        let file = try AtomicFile(path: target)
        try file.write(Array("partial".utf8))
        file.discard()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [])
    }

    func testANamedPipeIsWrittenDirectlyAndStaysAPipe() throws {
        // Renaming over it would replace the pipe (or /dev/null) with a plain file.
        let pipe = directory.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)  // so that opening it for writing does not wait
        XCTAssertGreaterThanOrEqual(reader, 0)
        defer { close(reader) }
        let file = try AtomicFile(path: pipe)
        XCTAssertEqual(file.temporaryPath, "")
        try file.write(Array("through the pipe\n".utf8))
        try file.commit()
        var info = stat()
        XCTAssertEqual(stat(pipe, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "still a pipe")
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        XCTAssertEqual(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self), "through the pipe\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["pipe"])
    }

    func testASymbolicLinkIsKeptAndItsFileReplaced() throws {
        let real = directory.appendingPathComponent("real.csv").path
        let link = directory.appendingPathComponent("link.csv").path
        try "old\n".write(toFile: real, atomically: false, encoding: .utf8)
        XCTAssertEqual(symlink(real, link), 0)
        let file = try AtomicFile(path: link)
        try file.write(Array("new\n".utf8))
        try file.commit()
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), real)
        XCTAssertEqual(try String(contentsOfFile: real, encoding: .utf8), "new\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(), ["link.csv", "real.csv"])
    }

    func testAFolderIsATypedErrorBeforeAnythingIsWritten() {
        XCTAssertThrowsError(try AtomicFile(path: directory.path)) { error in
            guard case .cannotWrite(let path, _) = error as? BatchError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, self.directory.path)
        }
    }

    func testUnwritableFolderIsATypedError() {
        XCTAssertThrowsError(try AtomicFile(path: "/nonexistent-folder/out.txt")) { error in
            guard case .cannotWrite(let path, _) = error as? BatchError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "/nonexistent-folder/out.txt")
        }
    }
}
