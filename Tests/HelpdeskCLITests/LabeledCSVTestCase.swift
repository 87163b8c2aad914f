import Foundation
import XCTest
import TestSupport

/// A command-line test that writes labelled CSV files (`question,entry`) into a fresh temporary folder.
class LabeledCSVTestCase: CLITestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try makeTemporaryDirectory("cli-labeled")
    }

    /// Writes `text` to `name` in the folder and returns its path.
    func csv(_ text: String, name: String = "e.csv") throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
