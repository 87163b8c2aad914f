import XCTest
@testable import HelpdeskCore

/// Passwords after the shipped lists' password labels of other languages, and six to eight digit codes after their
/// code labels (`2fa`, `mfa`, `token`), are redacted; shorter numbers and words after them are kept.
final class RedactorScannerOtherCredentialLabelsTests: XCTestCase {
    func testOtherLabelsAreRead() {
        assertRedacts([
            ("contraseña: Maple2023", "contraseña: [PASSWORD]"),
            // The tilde typed as a mark of its own after the "n".
            ("contrasen\u{0303}a: Maple2023", "contrasen\u{0303}a: [PASSWORD]"),
            ("CONTRASEÑA Maple2023", "CONTRASEÑA [PASSWORD]"),
            ("mi contrasena es Maple2023", "mi contrasena es [PASSWORD]"),
            ("mot de passe: Maple2023", "mot de passe: [PASSWORD]"),
            ("Passwort: Maple2023", "Passwort: [PASSWORD]"),
            ("senha: Maple2023", "senha: [PASSWORD]"),
            ("2fa 482913 didnt work", "2fa [CODE] didnt work"),
            ("2FA: 48291357", "2FA: [CODE]"),
            ("mfa: 482913", "mfa: [CODE]"),
            ("token 482913 expired", "token [CODE] expired"),
            ("totp 482 913", "totp [CODE]"),
        ])
    }

    func testOtherNumbersAndWordsAreKept() {
        assertKeeps([
            "token 1234 expired", "2fa 2024 rollout", "mfa: not working", "senha: errada", "contraseña olvidada",
            "the token expired", "mfa is required", "2fa code never came", "tokens 12 left",
        ])
    }
}
