import Foundation
import XCTest
import TestSupport

/// A test of the real interactive session on a pseudo-terminal (`PTYSession`): each test gets its own folder for
/// state (the history) and copies of the knowledge base; the trained model lives in a cache shared by the tests.
class REPLTestCase: CLITestCase {
    private(set) var directory: URL!

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory("helpdesk-repl")
    }

    var historyFile: URL { directory.appendingPathComponent("state/helpdesk/history") }

    /// A session on a fresh terminal; state (history) lives in this test's folder, the trained model in a shared cache.
    func session(_ arguments: [String] = [], environment extra: [String: String] = [:], columns: UInt16 = 100,
                 stdoutToPipe: Bool = false) throws -> PTYSession {
        var environment = PTYSession.environment(home: directory)
        for (key, value) in extra { environment[key] = value }
        let session = try PTYSession(binary: Self.binary, arguments: arguments, environment: environment,
                                     columns: columns, stdoutToPipe: stdoutToPipe)
        session.expect("helpdesk> ")
        return session
    }

    /// Sends `line` and waits for the reply to contain each of `expected`, then for the next prompt.
    func ask(_ session: PTYSession, _ line: String, _ expected: String..., file: StaticString = #filePath, lineNumber: UInt = #line) {
        session.send(line)
        for text in expected { session.expect(text, file: file, line: lineNumber) }
        session.expect("helpdesk> ", file: file, line: lineNumber)
    }

    func quit(_ session: PTYSession, file: StaticString = #filePath, line: UInt = #line) {
        session.type("\u{04}")
        XCTAssertEqual(session.waitForExit(), 0, "Ctrl-D on an empty line exits 0", file: file, line: line)
    }
}
