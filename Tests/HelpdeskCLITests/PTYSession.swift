import Foundation
import Glibc
import XCTest

/// The real `helpdesk` binary on a pseudo-terminal, as a person would run it: keys go in, the screen comes out.
/// Every read waits with `poll` and a timeout, so a test fails instead of hanging.
final class PTYSession {
    let pid: pid_t
    private let master: Int32
    /// The read end of stdout when it is a pipe rather than the terminal.
    private let stdoutPipe: Int32?
    /// Everything the terminal showed so far, as sent (escape sequences included), with "\r\n" made "\n".
    private(set) var raw = ""
    /// `raw` without escape sequences and carriage returns.
    private(set) var screen = ""
    /// Where the next `expect` starts looking: a character offset into `screen`.
    private var cursor = 0
    private(set) var exitStatus: Int32?

    /// Starts `binary` with `arguments` on a new terminal of `columns` columns, in its own session with the terminal
    /// as its controlling terminal (so Ctrl-C sends SIGINT). `environment` is the whole environment.
    /// With `stdoutToPipe`, stdout is a pipe (read it with `pipedOutput()`) and only stdin and stderr are the terminal.
    init(binary: URL, arguments: [String], environment: [String: String], columns: UInt16 = 100, stdoutToPipe: Bool = false) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw PTYError.system("openpty", errno) }
        defer { close(slave) }
        guard let name = ttyname(slave) else { throw PTYError.system("ttyname", errno) }
        let slavePath = String(cString: name)
        var pipeFDs: [Int32] = [-1, -1]
        if stdoutToPipe, pipe(&pipeFDs) != 0 { throw PTYError.system("pipe", errno) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addclose(&actions, slave)
        // Opened after setsid by the new session leader, the terminal becomes its controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        if stdoutToPipe {
            posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipeFDs[0])
            posix_spawn_file_actions_addclose(&actions, pipeFDs[1])
        } else {
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
        }
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Self.spawnSetsid)

        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, binary.path, &actions, &attributes, argv, envp)
        if stdoutToPipe { close(pipeFDs[1]) }
        guard status == 0 else {
            close(master)
            throw PTYError.system("posix_spawn", status)
        }
        self.pid = pid
        self.master = master
        self.stdoutPipe = stdoutToPipe ? pipeFDs[0] : nil
    }

    /// glibc's POSIX_SPAWN_SETSID, which Swift's Glibc module does not export.
    static let spawnSetsid: Int16 = 0x80

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
        if let stdoutPipe { close(stdoutPipe) }
    }

    /// Types `keys` as they are: "\r" is Enter, "\t" Tab, "\u{03}" Ctrl-C, "\u{04}" Ctrl-D, "\u{1B}[A" Up.
    func type(_ keys: String) {
        var bytes = Array(keys.utf8)
        while !bytes.isEmpty {
            let written = write(master, bytes, bytes.count)
            if written <= 0 { return }
            bytes.removeFirst(written)
        }
    }

    /// Types `line` and Enter.
    func send(_ line: String) {
        type(line + "\r")
    }

    /// Waits until the screen shows `text` after the previous match (escape sequences ignored); true when it did.
    /// The next `expect` looks after this match.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 20, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let rest = pending
            if let range = rest.range(of: text) {
                cursor += rest.distance(from: rest.startIndex, to: range.upperBound)
                return true
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 || !readSome(timeout: remaining) {
                XCTFail("timed out waiting for \(text.debugDescription); the screen after the last match:\n\(rest)", file: file, line: line)
                return false
            }
        }
    }

    /// Reads whatever the terminal shows within `duration`, without expecting anything.
    func drain(for duration: TimeInterval = 0.3) {
        let deadline = Date().addingTimeInterval(duration)
        while deadline.timeIntervalSinceNow > 0, readSome(timeout: deadline.timeIntervalSinceNow) {}
    }

    /// The screen since the last match, escape sequences removed.
    var pending: String { String(screen[screen.index(screen.startIndex, offsetBy: min(cursor, screen.count))...]) }

    /// Waits for the process to exit and returns its status (nil on timeout, or when a signal ended it).
    func waitForExit(timeout: TimeInterval = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0 {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
                drain(for: 0.1)
                return exitStatus == -1 ? nil : exitStatus
            }
            _ = readSome(timeout: 0.05)
        }
        return nil
    }

    /// Kills the process at once, as a crash or a closed terminal window would.
    func killNow() {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        exitStatus = -1
    }

    /// What the program wrote to its stdout pipe; read after it exited.
    func pipedOutput(timeout: TimeInterval = 10) -> String {
        guard let stdoutPipe else { return "" }
        var data = [UInt8]()
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while deadline.timeIntervalSinceNow > 0 {
            var fds = pollfd(fd: stdoutPipe, events: Int16(POLLIN), revents: 0)
            guard poll(&fds, 1, Int32(deadline.timeIntervalSinceNow * 1000)) > 0 else { break }
            let count = read(stdoutPipe, &buffer, buffer.count)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads once, waiting at most `timeout`; false when nothing came (timeout, or the terminal closed).
    private func readSome(timeout: TimeInterval) -> Bool {
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, Int32(max(1, timeout * 1000))) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        raw += String(decoding: buffer[0..<count], as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        screen = Self.plain(raw)
        return true
    }

    /// ANSI escape sequences: CSI (colours, cursor moves, bracketed paste) and two-byte ones.
    nonisolated(unsafe) static let escape = /\u{1B}(\[[0-?]*[ -\/]*[@-~]|[@-Z\\-_])/

    /// `text` without escape sequences and carriage returns.
    static func plain(_ text: String) -> String {
        text.replacing(escape, with: "").replacingOccurrences(of: "\r", with: "")
    }

    /// Whether `text` holds an SGR sequence (bold, colour): `ESC [ ... m`.
    static func hasStyle(_ text: String) -> Bool {
        text.contains(/\u{1B}\[[0-9;]*m/)
    }

    /// A plain terminal environment: HOME and the history in `home`, the trained model in a cache shared by the tests.
    static func environment(home: URL) -> [String: String] {
        [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": home.path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CACHE_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-pty-cache").path,
            "TERM": "xterm-256color",
            "INPUTRC": "/dev/null",
            "LANG": "C.UTF-8",
        ]
    }
}

enum PTYError: Error {
    case system(String, Int32)
}
