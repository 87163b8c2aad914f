import Foundation

/// A fresh path under the temporary directory, not created; whatever is there is removed on deinit.
final class TemporaryPath {
    let path: String

    init(_ prefix: String = "helpdesk-test") {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
