import Foundation
import XCTest

/// Nothing leaves the machine: `ask` and `batch` give the same output in a network namespace with no interfaces,
/// and (where strace is installed) never open an IPv4 or IPv6 socket.
final class NoNetworkTests: CLITestCase {
    private let question = "lost my phone, can't get code"
    private let batchInput = "how do I reset my ID.me password\nrecipe for banana bread\nSSN 123-45-6789 forgot my password\n"

    private func tool(_ name: String) -> String? {
        ["/usr/bin/\(name)", "/bin/\(name)", "/usr/sbin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private var commands: [(arguments: [String], stdin: String?)] {
        [(["ask", "--json", question], nil), (["ask", question], nil), (["batch", "--format", "jsonl", "-"], batchInput)]
    }

    func testSameOutputWithoutANetwork() throws {
        guard let unshare = tool("unshare") else { throw XCTSkip("unshare is not installed") }
        let probe = try runProgram(unshare, ["-n", "true"])
        guard probe.status == 0 else { throw XCTSkip("unshare -n is not permitted here: \(probe.stderr)") }
        // Inside: only a loopback interface, and it is down.
        let interfaces = try runProgram(unshare, ["-n", "cat", "/proc/net/dev"])
        XCTAssertFalse(interfaces.stdout.contains("eth"), interfaces.stdout)
        for command in commands {
            let normal = try runProgram(Self.binary.path, command.arguments, stdin: command.stdin)
            let isolated = try runProgram(unshare, ["-n", Self.binary.path] + command.arguments, stdin: command.stdin)
            XCTAssertEqual(normal.status, 0, normal.stderr)
            XCTAssertEqual(isolated.status, normal.status, "\(command.arguments): \(isolated.stderr)")
            XCTAssertEqual(isolated.stdout, normal.stdout, "\(command.arguments)")
            XCTAssertFalse(normal.stdout.isEmpty)
        }
    }

    func testNoInternetSocketIsEverOpened() throws {
        guard let strace = tool("strace") else { throw XCTSkip("strace is not installed") }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-strace-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: log) }
        for command in commands {
            let traced = try runProgram(strace, ["-f", "-e", "trace=network", "-o", log.path, Self.binary.path] + command.arguments,
                                        stdin: command.stdin)
            guard traced.status == 0 else { throw XCTSkip("strace cannot trace here: \(traced.stderr)") }
            let calls = try String(contentsOf: log, encoding: .utf8)
            for family in ["AF_INET", "AF_INET6", "AF_PACKET"] {
                XCTAssertFalse(calls.contains("(\(family),") || calls.contains("{sa_family=\(family),"), "\(command.arguments): \(calls)")
            }
        }
    }
}
