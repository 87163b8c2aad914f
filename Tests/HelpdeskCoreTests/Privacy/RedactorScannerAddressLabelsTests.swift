import XCTest
@testable import HelpdeskCore

/// The value after an address label is redacted, whatever its shape; the label's other uses, and other kinds of
/// address, are kept.
final class RedactorScannerAddressLabelsTests: XCTestCase {
    private let redactor = Redactor()

    func testValuesAfterAnAddressLabelAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("mailing address: 9 Elm Rd., Austin, TX 78701", "mailing address: [ADDRESS]"),
            ("mailing address: 9 Elm Rd., Austin, TX 78701 update address", "mailing address: [ADDRESS] update address"),
            ("my address is 45 Oak, Springfield. Can you help", "my address is [ADDRESS]. Can you help"),
            ("her address is 12 Calle Sol 5 and ID.me has the old one", "her address is [ADDRESS] and ID.me has the old one"),
            ("Address: Springfield", "Address: [ADDRESS]"),
            ("address:\n12 Calle Sol 5", "address:\n[ADDRESS]"),
            ("home address = Rua Augusta 5, Lisboa", "home address = [ADDRESS]"),
            ("street: Elm", "street: [ADDRESS]"),
            ("addr: 4 Rue de Rivoli", "addr: [ADDRESS]"),
            ("address line 1: 12 Calle Sol", "address line 1: [ADDRESS]"),
            ("my address was PO Box 12", "my address was [ADDRESS]"),
            ("address is now 7 Calle Mayor", "address is now [ADDRESS]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testOtherUsesOfTheLabelAreKept() {
        let kept = [
            "my address is wrong",
            "address is not updating in ID.me",
            "how do I change my address",
            "Address: how do I change it",
            "I moved, my address: unknown",
            "my address is in Texas",
            "the web address is id.me",
            "street is closed",
            "address book: contacts",
            "update address on file",
            "my address: [ADDRESS]",
            "the address is 2 lines long",
            "address is 100% correct",
        ]
        assertKeeps(kept, with: redactor)
        XCTAssertEqual(redactor.redact("my email address is jane@firm.com"), "my email address is [EMAIL]")
        XCTAssertEqual(redactor.redact("e-mail address: jane at gmail dot com"), "e-mail address: [EMAIL]")
        XCTAssertEqual(redactor.redact("address: jane@firm.com"), "address: [EMAIL]")
    }

    /// A column or key named as an address labels its whole value (`Redactor.redact(_:labelledBy:)`), however its
    /// name is written.
    func testAFieldNamedAsAnAddressIsRedactedWhole() {
        let cases: [(label: String, value: String)] = [
            ("address", "123 Main St"),
            ("home address", "Springfield"),
            ("mailing address", "9 Elm Rd., Austin, TX 78701"),
            ("street", "Elm"),
            ("address line1", "Flat 2, 10 Downing Street"),
            (Redactor.labelWords("homeAddress"), "Rua Augusta 5, Lisboa"),
            (Redactor.labelWords("mailing_address"), "PO Box 12"),
        ]
        for (label, value) in cases {
            XCTAssertEqual(redactor.redact(value, labelledBy: label), "[ADDRESS]", "\(label): \(value)")
        }
        XCTAssertEqual(redactor.redact("none", labelledBy: "address"), "none")
        XCTAssertEqual(redactor.redact("Springfield", labelledBy: "email address"), "Springfield")
    }

    /// A Canadian or UK postcode, and a city after a ZIP code, end an address after its label: "Paris", "ON K1A 0B1"
    /// were left after `[ADDRESS]`.
    func testNonUSPostcodesAndCitiesAfterAZIPCodeAreRedacted() {
        assertRedacts([
            ("address: 12 Rue de Rivoli, 75001 Paris", "address: [ADDRESS]"),
            ("address: 12 Rue de Rivoli, 75001 Paris. Locked out", "address: [ADDRESS]. Locked out"),
            ("address: Flat 3, 10 High St, Manchester M1 1AE", "address: [ADDRESS]"),
            ("mailing address: 24 Sussex Drive, Ottawa ON K1A 0B1", "mailing address: [ADDRESS]"),
            ("my address is 24 Sussex Dr, Ottawa, K1A 0B1 and it fails", "my address is [ADDRESS] and it fails"),
            ("address: 10 Downing St, London SW1A 2AA", "address: [ADDRESS]"),
        ])
        assertKeeps(["address: unknown", "email address: K1A 0B1"])
        assertRedacts([("address: 9 Elm Rd., Austin, TX 78701 Please help", "address: [ADDRESS] Please help")])
    }
}

