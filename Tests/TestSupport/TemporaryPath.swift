import Foundation

/// A fresh path under the temporary directory, not created; whatever is there is removed on deinit.
public final class TemporaryPath {
    public let path: String

    public init(_ prefix: String = "helpdesk-test") {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
