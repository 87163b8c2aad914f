import Foundation

/// The folder `kb import` writes into: created with its parents when missing, as `mkdir -p` does, and its files
/// written whole (`AtomicFile`); each failure an `ImportError` naming what could not be made and the system's reason,
/// not Foundation's "The operation could not be completed".
public enum ImportFolder {
    /// Makes `path` a folder: nothing to do when it is one; else each missing folder on the way is created.
    public static func create(_ path: String) throws(ImportError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
            var info = stat()
            if stat(prefix, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(path: path, part: prefix) }
                continue
            }
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw .cannotCreateFolder(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Writes `text` to `path` under a temporary name and renames it over `path` when complete.
    public static func write(_ text: String, to path: String) throws(ImportError) {
        do throws(BatchError) {
            let file = try AtomicFile(path: path)
            do throws(BatchError) {
                try file.write(Array(text.utf8))
                try file.commit()
            } catch {
                file.discard()
                throw error
            }
        } catch .cannotWrite(_, let reason) {
            throw .cannotWrite(path: path, reason: reason)
        } catch {
            throw .cannotWrite(path: path, reason: "\(error)")
        }
    }
}
