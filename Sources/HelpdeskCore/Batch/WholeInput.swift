import Foundation

/// Reads a file, a pipe, a FIFO or standard input (`-`) to its end with `read(2)`, so that a stream is read as a
/// file is; a failure is the system's reason ("Permission denied"), "no such file" or "it is a folder".
public enum WholeInput {
    /// Why the input cannot be read, in words that fit after "cannot read ...: ".
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    /// The bytes of `path` (`-`: standard input), at most `limit` of them (`limit + 1` read tells a caller it is longer).
    public static func read(path: String, limit: Int = Int.max) throws(Failure) -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno))) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        return try read(descriptor: descriptor, limit: limit)
    }

    /// The bytes of an open descriptor to its end, at most `limit` of them.
    public static func read(descriptor: Int32, limit: Int = Int.max) throws(Failure) -> [UInt8] {
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { throw Failure(reason: "it is a folder") }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, min($0.count, limit - bytes.count)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: errno == EISDIR ? "it is a folder" : String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }
}
