import XCTest
@testable import HelpdeskCore
import TestSupport

final class UnknownLabelTests: XCTestCase {
    /// The ids `show` suggests, else those within two edits; none for a short or far label.
    func testSuggestsTheIdsLikeTheLabel() throws {
        let kb = try PackagePaths.loadShipped()
        let cases: [(label: String, like: [String])] = [
            ("reset-idme-pasword", ["reset-idme-password"]),
            ("mfa-recovry", ["mfa-recovery"]),
            ("xyzzy-frobnicate", []),
            ("abc", []),
        ]
        for (label, like) in cases {
            XCTAssertEqual(UnknownLabel(label, in: kb).like, like, label)
        }
        XCTAssertEqual(UnknownLabel("reset-idme-pasword", in: kb).description,
                       "label 'reset-idme-pasword' names no entry of the knowledge base; did you mean 'reset-idme-password'? "
                       + "(its rows cannot be answered right)")
        XCTAssertEqual(UnknownLabel("xyzzy-frobnicate", in: kb).description,
                       "label 'xyzzy-frobnicate' names no entry of the knowledge base (its rows cannot be answered right)")
    }
}
