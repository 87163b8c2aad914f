import Foundation

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
                try? bytes.write(to: url, options: .atomic)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
    }
}
