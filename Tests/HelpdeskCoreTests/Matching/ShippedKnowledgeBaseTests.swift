import XCTest
@testable import HelpdeskCore
import TestSupport

/// The shipped knowledge base answers its own examples, and stays quiet on questions it does not cover.
final class ShippedKnowledgeBaseTests: XCTestCase {
    private static let matcher: Matcher? = try? Matcher(knowledgeBase: PackagePaths.loadShipped())

    private func matcher() throws -> Matcher { try XCTUnwrap(Self.matcher, "the shipped KB must load") }

    func testEveryExampleQuestionAnswersItsOwnEntry() throws {
        let matcher = try matcher()
        var failures: [String] = []
        for entry in matcher.knowledgeBase.entries {
            for question in entry.questions {
                let result = matcher.match(question)
                if case .answer(let c) = result.decision, c.id == entry.id { continue }
                failures.append("\(entry.id): '\(question)' -> \(result.decision.status) \(result.chosen?.id ?? "-")")
            }
        }
        XCTAssertEqual(failures, [])
    }

    func testUnrelatedQuestionsFallBack() throws {
        let matcher = try matcher()
        let unrelated = [
            "what's the weather like in Denver tomorrow",
            "recipe for banana bread",
            "who won the world series",
            "my printer is jammed",
            "asdf qwerty zxcv",
            "how many ounces in a pound",
            "book me a flight to Chicago",
            "what is the capital of France",
            // Other products by their short names: Microsoft 365, a state revenue department's portal.
            "M365 authenticator new phone, cant get into outlook",
            "state DOR portal password reset",
            // A bank's online account is not the IRS online account.
            "how do I get into my bank's online account, forgot my PIN",
            // State unemployment claims: ID.me verifies for them, but the article covers IRS tools only.
            "unemployment portal locked, cant log in",
            "how do i check my unemployment claim",
            // Other IRS programs and firm matters the article does not cover.
            "how do we register the new preparers for AFSP",
            "our firm needs a written information security plan, where do we start",
            "",
            "???",
        ]
        for question in unrelated {
            let result = matcher.match(question)
            guard case .fallback = result.decision else {
                XCTFail("'\(question)' should fall back, got \(result.decision.status) \(result.chosen?.id ?? "")")
                continue
            }
        }
    }

    /// The lexicon's filler: urgency, a plea for help, reported speech and a data label say nothing about which entry
    /// answers.
    private static let fillerCases: [(plain: String, wrapped: String)] = [
        ("got a new phone and the id.me code goes to the old one", "my client says she got a new phone and the id.me code goes to the old one"),
        ("locked out of id.me", "URGENT!! locked out of id.me asap"),
        ("I'm locked out of e-services the week before the deadline",
         "I'm locked out of e-services the week before the deadline please help!!!"),
        ("the id.me reset email never came", "pls help, the id.me reset email never came"),
        ("forgot my id.me password", "forgot my id.me password. my ssn is 123-45-6789"),
        ("the id.me reset email never came", "caller says the id.me reset email never came"),
        ("is ID.me mandatory for tax pro account", "Hi there, hope you're well. is ID.me mandatory for tax pro account Thanks in advance!"),
    ]

    func testFillerDoesNotChangeTheAnswer() throws {
        let matcher = try matcher()
        for c in Self.fillerCases {
            let plain = matcher.matchProblems(c.plain).primary, wrapped = matcher.matchProblems(c.wrapped).primary
            XCTAssertEqual(plain.decision.status, "answered", c.plain)
            XCTAssertEqual(wrapped.chosen?.id, plain.chosen?.id, c.wrapped)
            XCTAssertEqual(wrapped.decision.status, "answered", c.wrapped)
        }
    }

    /// "e-services login not working" can reach the e-help desk: its summary says first that the desk is for after
    /// signing in, and sends sign-in trouble to ID.me (it opened with the desk's number).
    func testTheEHelpDeskSendsSignInTroubleToIDme() throws {
        let entry = try XCTUnwrap(try matcher().knowledgeBase.entry(id: "e-help-desk"))
        XCTAssertTrue(entry.summary.hasPrefix("Once you are signed in"), entry.summary)
        XCTAssertTrue(entry.summary.contains("If you can't sign in at all"), entry.summary)
        XCTAssertTrue(entry.summary.contains("contact ID.me, not the e-help desk"), entry.summary)
    }

    /// "MFA recovery didn't work, now what" can reach getting back into IRS tools: its summary says where to go when
    /// the fix failed (it spoke only of a sign-in that works again).
    func testGettingBackInSaysWhereToGoWhenTheFixFailed() throws {
        let entry = try XCTUnwrap(try matcher().knowledgeBase.entry(id: "back-to-irs-tools"))
        XCTAssertTrue(entry.summary.contains("If the fix didn't work"), entry.summary)
        XCTAssertTrue(entry.summary.hasSuffix("contact ID.me's help/support."), entry.summary)
    }

    /// Common Spanish words of staff who write in both languages are synonyms of their English groups.
    private static let spanish: [(question: String, entry: String)] = [
        ("olvidé mi contraseña de id.me", "reset-idme-password"),
        ("necesito ayuda con el código de id.me, cambié de teléfono", "mfa-recovery"),
        ("mi cuenta de id.me está bloqueada", "locked-account"),
        // Spanish question and function words, and the words for resetting, unlocking, links and verifying.
        ("cómo recupero la contraseña de mi id.me", "reset-idme-password"),
        ("¿a quién llamo, al irs o a id.me?", "who-to-contact"),
        ("no me llega el enlace para restablecer la contraseña", "reset-email-not-received"),
        ("necesito verificar mi identidad en id.me", "verify-identity"),
        ("como desbloqueo mi cuenta de id.me", "locked-account"),
        ("hola", "greeting"),
        ("gracias", "thanks"),
        // Remembering, attempts, two accounts, talking to a person, closing, never, and the other words for "log in".
        ("no me acuerdo de mi contraseña de id.me", "reset-idme-password"),
        ("mi cuenta de id.me fue bloqueada por muchos intentos", "locked-account"),
        ("tengo 2 cuentas de id.me, cuál debo usar", "multiple-idme-accounts"),
        ("necesito hablar con una persona de id.me", "contact-idme"),
        ("mi empleado se fue de la oficina, cómo elimino su cuenta de id.me", "update-or-close-idme-account"),
        ("el código de verificación nunca llega a mi teléfono nuevo", "mfa-recovery"),
        ("¿dónde está la página para iniciar sesión en id.me?", "idme-sign-in-page"),
        ("adiós", "goodbye"),
    ]

    /// Questions in the other languages the shipped lexicon reads, written apart from the benchmarks: Vietnamese with
    /// and without its diacritics, Tagalog, Haitian Creole, Russian in Cyrillic and in Latin letters, Chinese in
    /// characters (each a word of its own) and in pinyin.
    private static let vietnamese: [(question: String, entry: String)] = [
        ("quên mật khẩu id.me", "reset-idme-password"),
        ("tôi không nhớ mật khẩu id.me", "reset-idme-password"),
        ("tài khoản idme bị khoá rồi", "locked-account"),
        ("toi doi dien thoai, khong nhan duoc ma xac minh", "mfa-recovery"),
        ("làm sao tạo tài khoản id.me", "create-idme-account"),
        ("muốn xóa tài khoản id.me", "update-or-close-idme-account"),
        ("xac thuc tren id.me nhu the nao", "verify-identity"),
        ("không vào được e-services", "cant-sign-in"),
        ("tôi có 2 tài khoản id.me", "multiple-idme-accounts"),
        ("cam on", "thanks"),
    ]

    private static let tagalog: [(question: String, entry: String)] = [
        ("nakalimutan ko ang password sa id.me", "reset-idme-password"),
        ("na-lock ang account ko sa idme", "locked-account"),
        ("paano gumawa ng idme account", "create-idme-account"),
        ("bagong cellphone ko, hindi ko natatanggap ang code", "mfa-recovery"),
        ("hindi dumating ang email para i-reset ang password", "reset-email-not-received"),
        ("sino ang tatawagan ko, irs o idme?", "who-to-contact"),
        ("paano burahin ang idme account", "update-or-close-idme-account"),
        ("salamat po", "thanks"),
    ]

    private static let haitianCreole: [(question: String, entry: String)] = [
        ("mwen bliye modpas ID.me mwen", "reset-idme-password"),
        ("kont ID.me mwen bloke", "locked-account"),
        ("kijan pou m kreye yon kont ID.me", "create-idme-account"),
        ("kòd ID.me a pa rive sou nouvo telefòn mwen", "mfa-recovery"),
        ("kijan pou m verifye idantite m sou ID.me", "verify-identity"),
        ("ki moun pou m rele, IRS oswa ID.me?", "who-to-contact"),
        ("mwen gen de kont ID.me", "multiple-idme-accounts"),
        ("mèsi anpil", "thanks"),
    ]

    private static let russian: [(question: String, entry: String)] = [
        ("забыл пароль от id.me", "reset-idme-password"),
        ("аккаунт id.me заблокирован", "locked-account"),
        ("новый телефон, не приходит код id.me", "mfa-recovery"),
        ("как связаться с поддержкой id.me", "contact-idme"),
        ("у меня два аккаунта id.me", "multiple-idme-accounts"),
        ("не могу войти в e-services", "cant-sign-in"),
        // The same in Latin letters.
        ("zabyl parol id.me", "reset-idme-password"),
        ("akkaunt id.me zablokirovan", "locked-account"),
        ("noviy telefon, kod ne prikhodit", "mfa-recovery"),
        ("kak proyti proverku lichnosti v id.me", "verify-identity"),
        ("ne prikhodit pismo dlya sbrosa parolya", "reset-email-not-received"),
        ("spasibo", "thanks"),
    ]

    private static let chinese: [(question: String, entry: String)] = [
        ("忘记了id.me密码", "reset-idme-password"),
        ("id.me账号被锁定了", "locked-account"),
        ("换了新手机，收不到验证码", "mfa-recovery"),
        ("怎么注册id.me账号", "create-idme-account"),
        ("我有两个id.me账号", "multiple-idme-accounts"),
        ("登录不了e-services", "cant-sign-in"),
        ("谢谢", "thanks"),
        // Pinyin.
        ("wo wangji le id.me mima", "reset-idme-password"),
        ("id.me zhanghao bei suoding", "locked-account"),
        ("zenme lianxi id.me kefu", "contact-idme"),
        ("nihao", "greeting"),
    ]

    /// Questions in those languages about what the knowledge base does not cover.
    private static let otherLanguagesOffTopic = [
        "¿cuánto es la multa por declarar tarde?",
        "làm sao điền mẫu W-9",
        "paano mag-file ng tax return",
        "kijan pou m ranpli fòm W-9",
        "как заполнить налоговую декларацию",
        "怎么申请EIN",
    ]

    /// Asserts that each question is answered with its entry.
    private func assertAnswers(_ cases: [(question: String, entry: String)], file: StaticString = #filePath,
                               line: UInt = #line) throws {
        let matcher = try matcher()
        for c in cases {
            XCTAssertEqual(matcher.matchProblems(c.question).primary.chosen?.id, c.entry, c.question, file: file, line: line)
        }
    }

    func testSpanishWordsReachTheirEntries() throws {
        try assertAnswers(Self.spanish)
        let matcher = try matcher()
        // "creo que" is "I think", not "I create".
        XCTAssertNotEqual(matcher.matchProblems("creo que no tengo cuenta de id.me").primary.chosen?.id, "create-idme-account")
    }

    func testVietnameseWordsReachTheirEntries() throws {
        try assertAnswers(Self.vietnamese)
        // Typed with combining accents rather than precomposed letters.
        try assertAnswers(Self.vietnamese.map { ($0.question.decomposedStringWithCanonicalMapping, $0.entry) })
    }

    func testTagalogWordsReachTheirEntries() throws { try assertAnswers(Self.tagalog) }

    func testHaitianCreoleWordsReachTheirEntries() throws { try assertAnswers(Self.haitianCreole) }

    func testRussianWordsReachTheirEntries() throws { try assertAnswers(Self.russian) }

    func testChineseWordsReachTheirEntries() throws { try assertAnswers(Self.chinese) }

    func testOffTopicQuestionsInOtherLanguagesFallBack() throws {
        let matcher = try matcher()
        for question in Self.otherLanguagesOffTopic {
            let result = matcher.matchProblems(question).primary
            guard case .fallback = result.decision else {
                XCTFail("'\(question)' should fall back, got \(result.decision.status) \(result.chosen?.id ?? "")")
                continue
            }
        }
    }

    /// A help desk that is not named the IRS's is not the IRS e-help desk; entering an account is signing in.
    private static let lexiconReadings: [(question: String, entry: String)] = [
        ("idme help desk number", "contact-idme"),
        ("irs help desk number", "e-help-desk"),
        ("cant enter my account", "cant-sign-in"),
        ("got a new phone, multi factory code never comes", "mfa-recovery"),
        // IT words: deprovisioning closes an account, authenticating to a site signs in to it.
        ("how do we deprovision a departed employee's ID.me", "update-or-close-idme-account"),
        ("cannot authenticate to id.me this morning", "cant-sign-in"),
        // Phone-keyboard slips that are words of their own, and chat laughter.
        ("im locket out of idme", "locked-account"),
        ("forgot my idme password lol", "reset-idme-password"),
        ("hiii", "greeting"),
        // Counted and plural ID.me accounts are duplicates; a flag for suspicious activity is a lock.
        ("she ended up with 2 idmes, one per email", "multiple-idme-accounts"),
        ("my manager has three id.me accounts now", "multiple-idme-accounts"),
        ("ID.me flagged suspicious activity on her account", "locked-account"),
        // A salutation is a pleasantry ("help line" alone is support); "very" is a stop word.
        ("Dear help line, thank you", "thanks"),
        ("thank you very much for your help", "thanks"),
        // Sign-in trouble in other words; an error not named is no error code.
        ("cx says ID.me won't let me in", "cant-sign-in"),
        ("caller says idme wont let her in, didnt say what error", "cant-sign-in"),
        ("tax pro acct login issue", "cant-sign-in"),
        ("screen says account temporarily locked for security reasons on id me", "locked-account"),
        // The e-Services help desk by its shorthand and its support line.
        ("eSvcs helpdesk #", "e-help-desk"),
        ("cx needs irs e-services support line", "e-help-desk"),
        // ID.me's Video Chat Agent by its other name.
        ("what is a Trusted Referee and when do I need one", "verify-identity"),
        // A help request opened with ID.me is contacting its support.
        ("where do I open a help request with id.me", "contact-idme"),
        // "Temporarily" says nothing of the topic; "google auth" is an authenticator app.
        ("the screen says her id.me is temporarily locked", "locked-account"),
        ("new phone and google auth is empty now", "mfa-recovery"),
        // Not needing something is background: the rest is the problem.
        ("I don't need a password reset, my ID.me account itself is locked", "locked-account"),
        // A security key or backup codes are a second factor; an IRS help line is the e-help desk.
        ("my security key for id.me is gone, how do I sign in", "mfa-recovery"),
        ("which irs support line handles e-services", "e-help-desk"),
        // Asking to be walked through something asks how to do it.
        ("walk me through resetting an idme password", "reset-idme-password"),
        // Escalating to a party is contacting it; a live chat is its support.
        ("how do we escalate to id.me", "contact-idme"),
        ("can I get id.me on live chat", "contact-idme"),
    ]

    func testLexiconReadings() throws {
        try assertAnswers(Self.lexiconReadings)
    }

    /// A note that rules a party out names no topic: the rest of the text decides ("Not IRS." answered the IRS's topic).
    func testANoteThatRulesAPartyOutNamesNoTopic() throws {
        let matcher = try matcher()
        for question in ["not an idme problem. quickbooks mfa broken", "printer locked. not IRS",
                         "Client can't get into her Social Security (SSA) account - got a new phone and can't get in. Not IRS."] {
            XCTAssertNil(matcher.matchProblems(question).primary.chosen, question)
        }
        // Another identity provider's MFA is no ID.me question ("Entra" was spelt "extra").
        XCTAssertNil(matcher.matchProblems("microsoft entra mfa reset for a user").primary.chosen)
        // The Social Security Administration's "my Social Security" account is another product.
        XCTAssertNil(matcher.matchProblems("forgot the password for her social security my account").primary.chosen)
        let ptin = matcher.matchProblems("PTIN renewal is failing with an error after sign-in. Not an ID.me issue, she can sign in fine.")
        XCTAssertEqual(ptin.primary.chosen?.id, "contact-irs")
        XCTAssertEqual(ptin.also.map { $0.chosen?.id }, [])
    }

    /// Small talk around one word: the word is the question only when the whole line ranks its topic as surely.
    private static let smallTalkAroundAWord: [(question: String, entry: String)] = [
        ("thanks, locked out", "locked-account"),
        ("thanks but im locked out", "locked-account"),
        ("thanks for the email", "thanks"),
        ("thanks, logged in", "thanks"),
        ("thanks, password", "thanks"),
        ("good morning team", "greeting"),
    ]

    /// "No error message" says there is none: it points at no IRS error code.
    func testNoErrorIsNoIRSErrorCode() throws {
        let matcher = try matcher()
        for question in ["sign in failing, no error message", "no error message, it just wont let me in"] {
            XCTAssertNotEqual(matcher.matchProblems(question).primary.chosen?.id, "contact-irs", question)
        }
        XCTAssertEqual(matcher.matchProblems("login not working and there is no error message").primary.chosen?.id, "cant-sign-in")
        XCTAssertEqual(matcher.matchProblems("got an error message when I pulled a transcript").primary.chosen?.id, "contact-irs")
    }

    func testSmallTalkAroundOneWord() throws {
        try assertAnswers(Self.smallTalkAroundAWord)
    }

    func testRequiredEntriesExistWithEnoughExamples() throws {
        let kb = try matcher().knowledgeBase
        let required = [
            "idme-required", "what-is-idme", "idme-sign-in-page", "create-idme-account", "verify-identity",
            "upgrade-idme-account", "reset-idme-password", "reset-email-not-received", "mfa-recovery",
            "back-to-irs-tools", "contact-idme", "contact-irs", "e-help-desk", "firm-impact", "firm-policies",
            "greeting", "thanks", "goodbye", "capabilities",
        ]
        for id in required {
            let entry = try XCTUnwrap(kb.entry(id: id), id)
            XCTAssertGreaterThanOrEqual(entry.questions.count, 8, id)
            XCTAssertFalse(entry.source.isEmpty, id)
        }
    }

    /// The only phone number the source article gives is the IRS e-help desk's.
    func testOnlyPhoneNumberIsTheEHelpDesk() throws {
        let kb = try matcher().knowledgeBase
        let phones = Set(kb.entries.flatMap(\.contacts).compactMap(\.phone) + kb.fallback.contacts.compactMap(\.phone))
        XCTAssertEqual(phones, ["866-255-0654"])
    }
}
