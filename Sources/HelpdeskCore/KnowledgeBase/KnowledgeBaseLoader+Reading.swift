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
        var status = stat()
        guard stat(path, &status) == 0 else { return .refused(Diagnostic(.error, "cannot read the file", at: start)) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .refused(Diagnostic(.error, "not a regular file", at: start))
        }
        let tooLarge = { (size: Int) in Diagnostic(.error, "file is \(size) bytes; the limit is \(limit)", at: start) }
        if Int(status.st_size) > limit { return .refused(tooLarge(Int(status.st_size))) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .refused(Diagnostic(.error, "cannot read the file", at: start))
        }
        defer { try? handle.close() }
        do {
            var data = Data()
            while data.count <= limit, let chunk = try handle.read(upToCount: limit + 1 - data.count), !chunk.isEmpty {
                data += chunk
            }
            return data.count > limit ? .refused(tooLarge(data.count)) : .bytes(data)
        } catch {
            return .refused(Diagnostic(.error, "cannot read the file", at: start))
        }
    }
}
