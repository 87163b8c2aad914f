import Foundation
import XCTest
@testable import HelpdeskCore
import TestSupport

final class ImportFolderTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory("import-folder")
        try "x".write(to: directory.appendingPathComponent("file.txt"), atomically: false, encoding: .utf8)
    }

    /// A missing folder is made with its parents; one that exists is kept; a file in the way is named.
    func testTheFolderIsMadeOrWhyNotIsSaid() {
        let base = directory.path
        let cases: [(path: String, error: ImportError?)] = [
            (base, nil), (base + "/a/b/c", nil), (base + "//a/./b/", nil),
            (base + "/file.txt", .notAFolder(path: base + "/file.txt", part: base + "/file.txt")),
            (base + "/file.txt/kb", .notAFolder(path: base + "/file.txt/kb", part: base + "/file.txt")),
            ("/proc/helpdesk-no-such-folder", .cannotCreateFolder(path: "/proc/helpdesk-no-such-folder", reason: "No such file or directory")),
        ]
        for c in cases {
            XCTAssertEqual(Result { () throws(ImportError) in try ImportFolder.create(c.path) }.failure, c.error, c.path)
            if c.error == nil {
                var isFolder: ObjCBool = false
                XCTAssertTrue(FileManager.default.fileExists(atPath: c.path, isDirectory: &isFolder) && isFolder.boolValue, c.path)
            }
        }
    }

    func testAFileIsWrittenWholeOrNamedWithTheReason() throws {
        let path = directory.appendingPathComponent("imported.yaml").path
        try ImportFolder.write("version: 1\n", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "version: 1\n")
        let missing = directory.appendingPathComponent("none/imported.yaml").path
        XCTAssertEqual(Result { () throws(ImportError) in try ImportFolder.write("x", to: missing) }.failure,
                       .cannotWrite(path: missing, reason: "No such file or directory"))
    }

    /// One line each, naming the folder or file in quotes: no Foundation "The operation could not be completed".
    func testMessages() {
        let cases: [(ImportError, String)] = [
            (.cannotCreateFolder(path: "/proc/nope", reason: "No such file or directory"),
             "no such folder '/proc/nope', and it cannot be created: No such file or directory"),
            (.notAFolder(path: "q.csv", part: "q.csv"), "cannot write into 'q.csv': it is a file, not a folder"),
            (.notAFolder(path: "q.csv/kb", part: "q.csv"), "cannot write into 'q.csv/kb': 'q.csv' is a file, not a folder"),
            (.cannotWrite(path: "kb/imported.yaml", reason: "Permission denied"), "cannot write 'kb/imported.yaml': Permission denied"),
        ]
        for (error, message) in cases { XCTAssertEqual(error.description, message) }
    }
}
