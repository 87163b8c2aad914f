import Foundation
import XCTest

/// Batch text output read on a terminal is wrapped to it, as `ask`'s is; in a pipe each paragraph stays one line.
final class BatchTerminalTests: REPLTestCase {
    func testTextOnATerminalIsWrappedToItsWidth() throws {
        let input = directory.appendingPathComponent("questions.txt")
        try "lost my phone, no code\n".write(to: input, atomically: true, encoding: .utf8)
        let session = try PTYSession(binary: Self.binary, arguments: ["batch", input.path],
                                     environment: PTYSession.environment(home: directory), columns: 60)
        XCTAssertEqual(session.waitForExit(), 0)
        session.drain()
        let answer = session.screen.components(separatedBy: "\n").filter { !$0.hasPrefix("helpdesk: ") }
        XCTAssertTrue(answer.contains { $0.contains("MFA recovery") }, session.screen)
        XCTAssertEqual(answer.filter { $0.count > 60 }, [], session.screen)

        let piped = try run(["batch", input.path])
        XCTAssertTrue(piped.stdout.components(separatedBy: "\n").contains { $0.count > 60 }, "a pipe keeps paragraphs on one line")
    }
}
