import Foundation
import XCTest
import TestSupport

/// Two interactive sessions at once, sharing one history file.
final class REPLHistoryConcurrencyTests: CLITestCase {
    func testTwoSessionsAtOnceKeepEveryLineWhole() throws {
        let directory = try makeTemporaryDirectory("helpdesk-repl2")
        let history = directory.appendingPathComponent("state/helpdesk/history")
        try FileManager.default.createDirectory(at: history.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Nearly full, so both sessions trim the file while the other appends.
        let old = (1...990).map { "old line \($0)" }
        try Data(old.map { $0 + "\n" }.joined().utf8).write(to: history)
        let environment = PTYSession.environment(home: directory)
        let sessions = try ["alpha", "beta"].map { _ in try PTYSession(binary: Self.binary, arguments: [], environment: environment) }
        for session in sessions { session.expect("helpdesk> ") }
        let count = 25
        for i in 0..<count {
            // Both sessions answer at once; each takes its next line after its prompt, as a person types (lines sent
            // together, with no pause after Enter, are one pasted message).
            sessions[0].send("alpha forgot my password \(i)")
            sessions[1].send("beta lost my phone \(i)")
            for session in sessions { session.expect("helpdesk> ", timeout: 60) }
        }
        // Ctrl-D is only sent once both sessions have written their last line.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            for session in sessions { session.drain(for: 0.1) }
            let text = (try? String(contentsOf: history, encoding: .utf8)) ?? ""
            if text.contains("alpha forgot my password \(count - 1)\n"), text.contains("beta lost my phone \(count - 1)\n") { break }
        }
        for session in sessions {
            session.drain(for: 0.3)
            session.type("\u{04}")
        }
        for session in sessions { XCTAssertEqual(session.waitForExit(timeout: 60), 0) }

        let lines = try String(contentsOf: history, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.last, "", "ends with a line break")
        let kept = lines.dropLast().map(String.init)
        XCTAssertEqual(kept.count, 1000)
        let alpha = kept.filter { $0.hasPrefix("alpha ") }, beta = kept.filter { $0.hasPrefix("beta ") }
        XCTAssertEqual(alpha, (0..<count).map { "alpha forgot my password \($0)" })
        XCTAssertEqual(beta, (0..<count).map { "beta lost my phone \($0)" })
        XCTAssertEqual(kept.filter { $0.hasPrefix("old line ") }, Array(old.suffix(1000 - 2 * count)))
    }
}
