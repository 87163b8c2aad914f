import Foundation
import XCTest
@testable import HelpdeskCore
import TestSupport

final class BatchPathsTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory("paths")
        try "forgot password\n".write(toFile: path("q.txt"), atomically: false, encoding: .utf8)
        try "other\n".write(toFile: path("other.txt"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path("link.txt"), withDestinationPath: path("q.txt"))
        XCTAssertEqual(link(path("q.txt"), path("hard.txt")), 0)
        try FileManager.default.createSymbolicLink(atPath: path("folder-link"), withDestinationPath: directory.path)
    }

    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func testClashesAreFoundHoweverTheFileIsSpelled() {
        let q = path("q.txt"), dotted = directory.path + "/./q.txt"
        let cases: [(output: String?, unanswered: String?, clash: BatchPathError?)] = [
            (q, nil, .outputIsInput(option: "--output", path: q, input: q)),
            (dotted, nil, .outputIsInput(option: "--output", path: dotted, input: q)),
            (path("link.txt"), nil, .outputIsInput(option: "--output", path: path("link.txt"), input: q)),
            (path("hard.txt"), nil, .outputIsInput(option: "--output", path: path("hard.txt"), input: q)),
            (nil, dotted, .outputIsInput(option: "--unanswered", path: dotted, input: q)),
            ("-", path("link.txt"), .outputIsInput(option: "--unanswered", path: path("link.txt"), input: q)),
            (path("other.txt"), directory.path + "/./other.txt",
             .outputsAreOneFile(output: path("other.txt"), unanswered: directory.path + "/./other.txt")),
            (path("new.csv"), directory.path + "/./new.csv",
             .outputsAreOneFile(output: path("new.csv"), unanswered: directory.path + "/./new.csv")),
            // A file not created yet, named through a symbolic link to its folder: same folder, same name.
            (path("folder-link/new.csv"), path("new.csv"),
             .outputsAreOneFile(output: path("folder-link/new.csv"), unanswered: path("new.csv"))),
            (path("folder-link/q.txt"), nil, .outputIsInput(option: "--output", path: path("folder-link/q.txt"), input: q)),
            (path("new.csv"), path("new-unanswered.csv"), nil),
            (path("folder-link/new.csv"), path("folder-link/other.csv"), nil),
            // `-` is standard output for --output only; --unanswered - would create a file named `-`.
            ("-", "-", .unansweredIsStandardOutput),
            (nil, "-", .unansweredIsStandardOutput),
            (path("out.csv"), "-", .unansweredIsStandardOutput),
            ("-", "./-", nil),
            (path("other.txt"), nil, nil),
            ("-", nil, nil),
            (nil, nil, nil),
        ]
        for (index, item) in cases.enumerated() {
            let paths = BatchPaths(input: q, output: item.output, unanswered: item.unanswered)
            XCTAssertEqual(Result { () throws(BatchPathError) in try paths.check() }.failure, item.clash, "case \(index)")
        }
    }

    /// An empty file name names no file: a usage error, before anything else is checked (`-o ""` tried to write the
    /// current folder, "cannot write '': Is a directory", exit 1).
    func testAnEmptyPathIsAUsageError() {
        let q = path("q.txt")
        let cases: [(input: String, output: String?, unanswered: String?, error: BatchPathError, message: String)] = [
            (q, "", nil, .emptyPath(option: "--output"), "--output needs a file name, and '' is empty (- or no --output is standard output)"),
            (q, "-", "", .emptyPath(option: "--unanswered"), "--unanswered needs a file name, and '' is empty"),
            ("", nil, nil, .emptyPath(option: nil), "the file of questions needs a name, and '' is empty (- is standard input)"),
            (q, "", "-", .emptyPath(option: "--output"), "--output needs a file name, and '' is empty (- or no --output is standard output)"),
        ]
        for c in cases {
            let paths = BatchPaths(input: c.input, output: c.output, unanswered: c.unanswered)
            XCTAssertEqual(Result { () throws(BatchPathError) in try paths.check() }.failure, c.error, c.message)
            XCTAssertEqual(c.error.description, c.message)
        }
    }

    func testCharacterDevicesMayBeNamedTwice() {
        let cases: [(input: String, output: String?, unanswered: String?)] = [
            ("/dev/null", "/dev/null", nil),
            ("/dev/null", nil, "/dev/null"),
            (path("q.txt"), "/dev/null", "/dev/null"),
            ("/dev/null", "/dev/null", "/dev/./null"),
        ]
        for (input, output, unanswered) in cases {
            XCTAssertNoThrow(try BatchPaths(input: input, output: output, unanswered: unanswered).check(), "\(input) \(output ?? "") \(unanswered ?? "")")
        }
    }
}
