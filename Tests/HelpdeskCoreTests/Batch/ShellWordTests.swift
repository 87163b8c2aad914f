import XCTest
@testable import HelpdeskCore

final class ShellWordTests: XCTestCase {
    /// A file name in a suggested command reads back as that file in a POSIX shell, and never as an option.
    func testFileNamesAreQuotedOnlyWhenNeeded() {
        let cases: [(path: String, word: String)] = [
            ("q.csv", "q.csv"), ("/tmp/a-b_c+d@e%f=g:h,i/q.txt", "/tmp/a-b_c+d@e%f=g:h,i/q.txt"),
            ("my file.txt", "'my file.txt'"), ("it's.txt", "'it'\\''s.txt'"), ("$HOME.txt", "'$HOME.txt'"),
            ("-x.txt", "./-x.txt"), ("-my q.txt", "'./-my q.txt'"), ("café.csv", "'café.csv'"), ("", "''"),
        ]
        for c in cases { XCTAssertEqual(ShellWord.quoted(c.path), c.word, c.path) }
    }
}
