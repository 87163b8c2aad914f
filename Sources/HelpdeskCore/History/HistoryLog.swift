import Glibc

/// The REPL's history file, safe to share between sessions running at the same time: one line per entry,
/// capped at `limit` lines, mode 0600.
///
/// Every change holds an exclusive `flock` on `<path>.lock`. An append is one `write(2)` of the whole line to a
/// descriptor opened with `O_APPEND`; trimming to `limit` writes the kept lines to a temporary file beside it and
/// renames that over the file, so a reader (readline's `read_history`) sees the old file or the new one, never half
/// of either, and no session's line is lost or interleaved with another's.
public struct HistoryLog: Sendable {
    public let path: String
    public let limit: Int

    public init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = max(1, limit)
    }

    public enum Failure: Error, Equatable {
        case system(String, Int32)
    }

    /// Appends one line (line breaks inside it become spaces), then trims the file to the last `limit` lines.
    public func append(_ line: String) throws(Failure) {
        var bytes = Array(line.utf8).map { $0 == 10 || $0 == 13 ? 32 : $0 }
        guard !bytes.isEmpty else { return }
        bytes.append(10)
        try locked { () throws(Failure) in
            let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw .system("open \(path)", errno) }
            defer { close(fd) }
            // After a last line left without its line end (by another program), start a new line.
            var last: UInt8 = 10
            var status = stat()
            if fstat(fd, &status) == 0, status.st_size > 0, pread(fd, &last, 1, status.st_size - 1) == 1, last != 10 {
                bytes.insert(10, at: 0)
            }
            try writeAll(fd, bytes, what: path)
            try trim()
        }
    }

    /// The lines in the file, oldest first; empty when there is no file.
    public func lines() throws(Failure) -> [String] {
        try read().split(separator: 10).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Runs `body` holding the exclusive lock shared by every session using this file.
    private func locked<T>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw .system("open \(path).lock", errno) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .system("flock \(path).lock", errno) }
        }
        defer { flock(lock, LOCK_UN) }
        return try body()
    }

    /// Rewrites the file with its last `limit` lines when it has more. Called with the lock held.
    private func trim() throws(Failure) {
        let content = try read()
        let ends = content.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        // A last line without its line end (left by another program) counts too.
        let total = ends + (content.isEmpty || content.last == 10 ? 0 : 1)
        guard total > limit else { return }
        var dropped = 0
        var start = 0
        for index in content.indices where content[index] == 10 {
            dropped += 1
            if dropped == total - limit {
                start = index + 1
                break
            }
        }
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .system("open \(temporary)", errno) }
        do throws(Failure) {
            try writeAll(fd, Array(content[start...]), what: temporary)
            guard fsync(fd) == 0 else { throw Failure.system("fsync \(temporary)", errno) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .system("rename \(temporary)", code)
        }
    }

    private func read() throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return [] }
            throw .system("open \(path)", errno)
        }
        defer { close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .system("read \(path)", errno)
            }
            if n == 0 { return result }
            result += buffer[0..<n]
        }
    }

    /// One `write(2)` for the whole buffer in the normal case; continues after a short write.
    private func writeAll(_ fd: Int32, _ bytes: [UInt8], what: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .system("write \(what)", errno)
            }
            offset += n
        }
    }
}
