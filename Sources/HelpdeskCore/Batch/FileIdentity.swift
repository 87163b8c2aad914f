import Foundation

/// What a path names on disk, so two spellings (`s7.txt`, `./s7.txt`, a symbolic link, a hard link, a file under a
/// symbolic link to its folder) compare equal when they are the same file: device and inode when the file exists
/// (links followed); for a file not created yet, its folder's device and inode plus its name, after the path's
/// symbolic links are resolved as `AtomicFile` resolves them before writing; the resolved path when the folder is
/// missing too.
public enum FileIdentity: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case regularFile, characterDevice, other
    }

    case node(device: UInt64, inode: UInt64, kind: Kind)
    case missingFile(folderDevice: UInt64, folderInode: UInt64, name: String)
    case missing(resolvedPath: String)

    public init(path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            self.init(info)
            return
        }
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL
        if stat(url.deletingLastPathComponent().path, &info) == 0 {
            self = .missingFile(folderDevice: UInt64(info.st_dev), folderInode: UInt64(info.st_ino), name: url.lastPathComponent)
        } else {
            self = .missing(resolvedPath: url.path)
        }
    }

    /// The file open on `descriptor` (standard input); nil when it cannot be examined.
    public init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        let kind: Kind = switch info.st_mode & S_IFMT {
        case S_IFREG: .regularFile
        case S_IFCHR: .characterDevice
        default: .other
        }
        self = .node(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), kind: kind)
    }

    /// A regular file that exists: the only kind of input that writing an output could overwrite.
    public var isRegularFile: Bool {
        if case .node(_, _, .regularFile) = self { return true }
        return false
    }

    /// A character device (`/dev/null`, a terminal): written directly, so two outputs may share it.
    public var isCharacterDevice: Bool {
        if case .node(_, _, .characterDevice) = self { return true }
        return false
    }
}
