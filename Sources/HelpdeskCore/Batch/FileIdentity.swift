import Foundation

/// What a path names on disk, so two spellings (`s7.txt`, `./s7.txt`, a symbolic link, a hard link) compare equal
/// when they are the same file: device and inode when the file exists (links followed), else the absolute path with
/// its symbolic links resolved, as `AtomicFile` resolves it before writing.
public enum FileIdentity: Hashable, Sendable {
    case node(device: UInt64, inode: UInt64, isRegularFile: Bool)
    case missing(resolvedPath: String)

    public init(path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            self.init(info)
        } else {
            self = .missing(resolvedPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path)
        }
    }

    /// The file open on `descriptor` (standard input); nil when it cannot be examined.
    public init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        self = .node(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), isRegularFile: info.st_mode & S_IFMT == S_IFREG)
    }

    /// A regular file that exists: the only kind of input that writing an output could overwrite.
    public var isRegularFile: Bool {
        if case .node(_, _, let regular) = self { return regular }
        return false
    }
}
