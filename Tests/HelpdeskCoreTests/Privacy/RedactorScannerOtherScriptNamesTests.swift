import XCTest
@testable import HelpdeskCore

/// Two or three capitalized words of another alphabet in a row are a name without a label (Cyrillic and Greek names
/// were kept); one capitalized word, words in lowercase and the knowledge base's words are kept.
final class RedactorScannerOtherScriptNamesTests: XCTestCase {
    func testCapitalizedWordsOfOtherAlphabetsAreANames() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertRedacts([
            ("Иван Петров не может войти в id.me", "[NAME] не может войти в id.me"),
            ("клиент Сергей Иванов не может войти", "клиент [NAME] не может войти"),
            ("меня зовут Ольга Кузнецова", "меня зовут [NAME]"),
            ("Γιάννης Παπαδόπουλος cannot log in", "[NAME] cannot log in"),
        ], with: redactor)
    }

    func testOtherWordsAreKept() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertKeeps(["Не могу войти в id.me", "забыл пароль от id.me", "Москва", "Пароль не работает"], with: redactor)
    }
}
