import Foundation
import XCTest
import TestSupport

/// Runs the built `helpdesk` binary and captures what it prints.
class CLITestCase: XCTestCase {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary beside the test bundle (`.build/<triple>/debug/helpdesk`).
    static var binary: URL {
        var directory = Bundle(for: CLITestCase.self).bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("helpdesk")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return PackagePaths.root.appendingPathComponent(".build/debug/helpdesk")
    }

    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
             file: StaticString = #filePath, line: UInt = #line) throws -> Run {
        var env = environment
        env["XDG_STATE_HOME"] = env["XDG_STATE_HOME"]
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-cli-tests").path
        return try runProgram(Self.binary.path, arguments, stdin: stdin, environment: env)
    }

    /// Runs any program (the binary, or a wrapper such as `unshare`) with HELPDESK_KB unset, and captures its output.
    func runProgram(_ path: String, _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "HELPDESK_KB")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: stdoutData, as: UTF8.self),
                   stderr: String(decoding: stderrData, as: UTF8.self))
    }

    func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], String($0))
        }
    }
}
