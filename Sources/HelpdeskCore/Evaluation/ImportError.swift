/// Why `kb import` could not write its files: one line naming the folder or file, quoted, and the reason.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder is missing and could not be created (with its parents); `reason` is the system's.
    case cannotCreateFolder(path: String, reason: String)
    /// The folder, or a folder on its way (`part`), is a file.
    case notAFolder(path: String, part: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotCreateFolder(path, reason): return "no such folder '\(path)', and it cannot be created: \(reason)"
        case let .notAFolder(path, part) where path == part: return "cannot write into '\(path)': it is a file, not a folder"
        case let .notAFolder(path, part): return "cannot write into '\(path)': '\(part)' is a file, not a folder"
        case let .cannotWrite(path, reason): return "cannot write '\(path)': \(reason)"
        }
    }
}
