import XCTest
@testable import HelpdeskCore

/// An authenticator's seed or setup key after its label is redacted as a code; a plain word after `secret` and a link
/// as a password; other words after these labels are kept.
final class RedactorScannerAuthenticatorSeedsTests: XCTestCase {
    func testSeedsAfterTheirLabelAreRedacted() {
        assertRedacts([
            ("the totp seed JBSWY3DPEHPK3PXP wont scan", "the totp seed [CODE] wont scan"),
            ("secret key JBSW Y3DP EHPK 3PXP wont work", "secret key [CODE] wont work"),
            ("setup key: jbswy3dpehpk3pxp", "setup key: [CODE]"),
            ("key is jbsw y3dp ehpk 3pxp", "key is [CODE]"),
            ("secret = ABCDEFGHIJKLMNOP", "secret = [CODE]"),
            ("secret: sunshine", "secret: [PASSWORD]"),
            ("secret: Hunter2024", "secret: [PASSWORD]"),
        ])
    }

    func testOtherWordsAfterTheLabelsAreKept() {
        assertKeeps([
            "the secret is that they wont work", "key points about the reset", "the key thing is that it fails",
            "seed money for the firm", "setup key wont scan", "secret key is missing", "the secret is out",
            "my secret is safe", "key 1234567890123456 order", "seed abcdefghijklmnop",
        ])
    }
}
