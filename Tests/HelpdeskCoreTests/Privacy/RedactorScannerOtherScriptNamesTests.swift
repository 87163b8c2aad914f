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

    /// Greetings and openers typed in title case (`other_script_greetings`) are no name: they were "[NAME]", and
    /// "Γεια Σας," was then answered as thanks.
    func testTitleCaseGreetingsAreKept() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertKeeps([
            "Добрый День, не могу войти", "Γεια Σας, ξέχασα τον κωδικό", "Доброе Утро, забыл пароль", "Добрый Вечер",
            "ДОБРЫЙ ДЕНЬ, не могу войти", "Здравствуйте, не могу войти", "Καλημέρα Σας", "Добрий День, не можу увійти",
            "Добър Ден, не мога да вляза", "Добар Дан, не могу да се пријавим", "Спасибо Большое", "Ευχαριστώ Πολύ",
        ], with: redactor)
    }

    /// The capitalized words after a greeting are a name, one alone too (the pair with the greeting was one already).
    func testWordsAfterAGreetingAreAName() throws {
        let redactor = try ShippedMatcher.get().redactor
        assertRedacts([
            ("Уважаемый Иван, помогите", "Уважаемый [NAME], помогите"),
            ("Уважаемая Анна Сергеевна, не могу войти", "Уважаемая [NAME], не могу войти"),
            ("Здравствуйте Иван Петров", "Здравствуйте [NAME]"),
            ("Добрый День Иван Петров", "Добрый День [NAME]"),
            ("Αγαπητέ Γιάννη, δεν μπορώ να συνδεθώ", "Αγαπητέ [NAME], δεν μπορώ να συνδεθώ"),
            ("добрый день, Иван Петров не может войти", "добрый день, [NAME] не может войти"),
        ], with: redactor)
    }
}
