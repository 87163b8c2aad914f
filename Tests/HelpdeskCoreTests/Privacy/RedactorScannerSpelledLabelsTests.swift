import XCTest
@testable import HelpdeskCore

/// An EFIN or PTIN label spelled letter by letter, with dots or spaces, labels its number as the word does, link words
/// between them too ("E.F.I.N. is 123456" was kept); the same letters without such a label, or before no number, are
/// kept.
final class RedactorScannerSpelledLabelsTests: XCTestCase {
    func testSpelledEFINAndPTINLabelsAreLabels() {
        assertRedacts([
            ("E.F.I.N. is 123456", "E.F.I.N. is [EFIN]"),
            ("our e.f.i.n is 778899", "our e.f.i.n is [EFIN]"),
            ("E.F.I.N.: 123456", "E.F.I.N.: [EFIN]"),
            ("E. F. I. N. 123456", "E. F. I. N. [EFIN]"),
            ("E F I N 123456", "E F I N [EFIN]"),
            ("my E F I N 123456", "my E F I N [EFIN]"),
            ("E.F.I.N. number is 123 456", "E.F.I.N. number is [EFIN]"),
            ("P.T.I.N. 01234567", "P.T.I.N. [PTIN]"),
            ("my p.t.i.n. is 01234567", "my p.t.i.n. is [PTIN]"),
        ])
    }

    func testOtherSpelledLettersAreKept() {
        assertKeeps([
            "E.F.I.N. application pending", "E.F.I.N. 2024 renewal", "A.B.C. 123456", "my F I N 123456",
            "E.F.I.N. ticket 123456", "P.T.I.N. 2024 renewal",
        ])
    }
}
