import Foundation
import HelpdeskCore

/// What some files held before a command wrote them, so that a command that fails halfway can put them back:
/// a file that held something gets its old bytes again, and one that did not exist is removed.
struct SavedFiles {
    private let saved: [(url: URL, bytes: Data?)]

    init(_ urls: [URL]) {
        saved = urls.map { ($0, FileManager.default.fileExists(atPath: $0.path) ? try? Data(contentsOf: $0) : nil) }
    }

    func restore() {
        for (url, bytes) in saved {
            if let bytes {
                // Written as the import wrote it (`AtomicFile`), so the file keeps its mode and group.
                do throws(BatchError) {
                    let file = try AtomicFile(path: url.path)
                    try file.write(Array(bytes))
                    try file.commit()
                } catch {}
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
    }
}
