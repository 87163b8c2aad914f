import Foundation

/// A file written under a temporary name in the target's directory and renamed over the target on `commit()`,
/// so the target never holds a partial file: a run that is killed leaves at most the hidden temporary,
/// and an interrupt (SIGINT, SIGTERM, SIGHUP) removes that too once `Interruption.install()` was called.
/// A symbolic link is followed, so the file it points to is replaced and the link kept; a file replaced keeps its
/// mode, and its group where the user may set it. A target that exists and
/// is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) is written directly: renaming over it would
/// replace the device or pipe with a plain file.
public final class AtomicFile {
    public let path: String
    /// The hidden file written until `commit()`; empty when the target is written directly.
    public let temporaryPath: String
    /// What `commit()` renames the temporary file to: `path`, or the file its symbolic link points to.
    private let target: String
    private var descriptor: Int32

    public init(path: String) throws(BatchError) {
        self.path = path
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            temporaryPath = ""
            target = path
            descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            return
        }
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let directory = url.deletingLastPathComponent().path
        target = url.path
        self.temporaryPath = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        AtomicFileRegistry.add(temporaryPath)
        // The file replaced keeps its permissions, and its group where the user may give it (the group first:
        // changing it can clear the set-group-ID bit, which the mode then puts back).
        var existing = stat()
        if stat(target, &existing) == 0 {
            _ = fchown(descriptor, uid_t.max, existing.st_gid)
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
    }

    deinit {
        if descriptor >= 0 { discard() }
    }

    public func write(_ bytes: [UInt8]) throws(BatchError) {
        try Self.write(bytes, to: descriptor, name: path)
    }

    /// Writes all of `bytes` to an open file descriptor, retrying after interrupts and short writes; `name` is
    /// what an error calls the destination.
    public static func write(_ bytes: [UInt8], to descriptor: Int32, name: String) throws(BatchError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: name, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    /// Flushes to disk and renames the temporary file over the target.
    public func commit() throws(BatchError) {
        if temporaryPath.isEmpty {  // written directly: there is nothing to rename
            let failed = close(descriptor) != 0
            descriptor = -1
            if failed { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            return
        }
        let failed = fsync(descriptor) != 0 || close(descriptor) != 0
        descriptor = -1
        if failed || rename(temporaryPath, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            AtomicFileRegistry.remove(temporaryPath)
            throw .cannotWrite(path: path, reason: reason)
        }
        AtomicFileRegistry.remove(temporaryPath)
    }

    /// Closes and deletes the temporary file; the target is left as it was.
    public func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        guard !temporaryPath.isEmpty else { return }
        unlink(temporaryPath)
        AtomicFileRegistry.remove(temporaryPath)
    }
}

/// Temporary paths of open `AtomicFile`s, as C strings a signal handler can unlink without allocating.
enum AtomicFileRegistry {
    private static let capacity = 8
    nonisolated(unsafe) private static var paths = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var initialized = false

    static func add(_ path: String) {
        prepare()
        for slot in 0..<capacity where paths[slot] == nil {
            paths[slot] = strdup(path)
            return
        }
    }

    static func remove(_ path: String) {
        prepare()
        for slot in 0..<capacity {
            if let stored = paths[slot], String(cString: stored) == path {
                paths[slot] = nil
                free(stored)
            }
        }
    }

    static func unlinkAll() {
        guard initialized else { return }
        for slot in 0..<capacity { if let stored = paths[slot] { unlink(stored) } }
    }

    /// Makes the table; `Interruption.install()` calls it so that the signal handler never does.
    static func prepare() {
        guard !initialized else { return }
        paths.initialize(repeating: nil, count: capacity)
        initialized = true
    }
}
