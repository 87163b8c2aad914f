import Foundation

extension KnowledgeBaseLoader {
    enum BoundedRead: Sendable {
        case bytes(Data)
        case refused(Diagnostic)
    }

    /// Reads at most `limit + 1` bytes of a regular file, so that neither a huge file nor a device or pipe named
    /// `.yaml` (`/dev/zero`, a FIFO) can take unbounded memory or time. Symbolic links are followed.
    static func readBounded(_ path: String, limit: Int) -> BoundedRead {
        let start = SourceLocation(file: path, line: 1)
        let cannotRead = { (reason: String) in BoundedRead.refused(Diagnostic(.error, "cannot read the file: \(reason)", at: start)) }
        var status = stat()
        guard stat(path, &status) == 0 else { return cannotRead(String(cString: strerror(errno))) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .refused(Diagnostic(.error, "not a regular file", at: start))
        }
        let tooLarge = { (size: Int) in Diagnostic(.error, "file is \(size) bytes; the limit is \(limit)", at: start) }
        if Int(status.st_size) > limit { return .refused(tooLarge(Int(status.st_size))) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return cannotRead(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        do {
            let bytes = try WholeInput.read(descriptor: descriptor, limit: limit + 1)
            return bytes.count > limit ? .refused(tooLarge(bytes.count)) : .bytes(Data(bytes))
        } catch {
            return cannotRead(error.reason)
        }
    }
}
