import XCTest
@testable import HelpdeskCore

final class PassThroughFieldTests: XCTestCase {
    func testValuesAndNamesAreRedactedLikeTheQuestion() {
        let cases: [(name: String, value: PassThroughField.Value, expected: PassThroughField)] = [
            ("notes", .text("client SSN 123-45-6789 phone 866-255-0654"),
             PassThroughField(name: "notes", value: .text("client SSN [SSN] phone [PHONE]"))),
            ("mail", .text("jane at firm dot com"), PassThroughField(name: "mail", value: .text("[EMAIL]"))),
            ("id", .text("A-17"), PassThroughField(name: "id", value: .text("A-17"))),
            // The column's name labels its value, as a word before it would.
            ("ssn", .text("123 456 789"), PassThroughField(name: "ssn", value: .text("[SSN]"))),
            ("EIN", .text("12 3456789"), PassThroughField(name: "EIN", value: .text("[EIN]"))),
            ("ref", .text("123 456 789"), PassThroughField(name: "ref", value: .text("123 456 789"))),
            ("ssn 123-45-6789", .text("x"), PassThroughField(name: "ssn [SSN]", value: .text("x"))),
            // A number the redactor changes is written as a string: "[SSN]" is not a JSON value.
            ("n", .json("123456789"), PassThroughField(name: "n", value: .text("[SSN]"))),
            ("count", .json("42"), PassThroughField(name: "count", value: .json("42"))),
            // An object or array stays JSON, its leaves redacted after unescaping.
            ("meta", .json(#"{"a":"x 123-45-6789"}"#), PassThroughField(name: "meta", value: .json(#"{"a":"x [SSN]"}"#))),
            ("meta", .json(#"{"n":"ssn 123\u00a045\u00a06789"}"#), PassThroughField(name: "meta", value: .json(#"{"n":"ssn [SSN]"}"#))),
            ("broken", .json(#"{"a":"x 123-45-6789""#), PassThroughField(name: "broken", value: .text(#"{"a":"x [SSN]""#))),
            // The name labels a number, a top-level array's items, and a nested member's key its own value.
            ("dob", .json("19800102"), PassThroughField(name: "dob", value: .text("[DOB]"))),
            ("ssns", .json(#"["123 456 789"]"#), PassThroughField(name: "ssns", value: .json(#"["[SSN]"]"#))),
            ("meta", .json(#"{"ein":"12 3456789"}"#), PassThroughField(name: "meta", value: .json(#"{"ein":"[EIN]"}"#))),
            ("ref", .json("19800102"), PassThroughField(name: "ref", value: .json("19800102"))),
            ("flags", .json("[true,null]"), PassThroughField(name: "flags", value: .json("[true,null]"))),
        ]
        for (name, value, expected) in cases {
            XCTAssertEqual(PassThroughField(name: name, value: value).redacted(by: Redactor()), expected, name)
        }
    }

    /// A name in snake_case, kebab-case or camelCase labels its value as its words would ("MFA Code").
    func testNamesAreReadAsWords() {
        let cases: [(name: String, value: PassThroughField.Value, expected: PassThroughField.Value)] = [
            ("mfa_code", .text("482917"), .text("[CODE]")),
            ("mfaCode", .text("482917"), .text("[CODE]")),
            ("verification_code", .text("482917"), .text("[CODE]")),
            ("sms_code", .text("482917"), .text("[CODE]")),
            ("sms_code", .json("482917"), .text("[CODE]")),
            ("recovery_code", .text("1a2b3c4d"), .text("[CODE]")),
            ("user_name", .text("jdoe42"), .text("[USERNAME]")),
            ("idme_username", .text("jdoe42"), .text("[USERNAME]")),
            ("sms-code", .text("482917"), .text("[CODE]")),
            ("MFA Code", .text("482917"), .text("[CODE]")),
            ("efin", .text("123456"), .text("[EFIN]")),
            ("efin_number", .json("123456"), .text("[EFIN]")),
            ("cafNumber", .text("0301-12345"), .text("[CAF]")),
            ("home_address", .text("Springfield"), .text("[ADDRESS]")),
            ("mailingAddress", .text("9 Elm Rd., Austin, TX 78701"), .text("[ADDRESS]")),
            ("street", .text("Elm"), .text("[ADDRESS]")),
            ("meta", .json(#"{"address":{"street":"12 Oak Lane"},"addr":"Rua Augusta 5"}"#),
             .json(#"{"address":{"street":"[ADDRESS]"},"addr":"[ADDRESS]"}"#)),
            ("email_address", .text("Springfield"), .text("Springfield")),
            // Words that label nothing keep their value.
            ("row_count", .json("482917"), .json("482917")),
            ("errorCode", .text("482917"), .text("482917")),
        ]
        for (name, value, expected) in cases {
            XCTAssertEqual(PassThroughField(name: name, value: value).redacted(by: Redactor()).value, expected, name)
        }
    }

    /// A record's fields are redacted in order, each labelled by the redacted field before it and its own name.
    func testTheFieldBeforeLabelsAField() {
        let cases: [(fields: [(String, PassThroughField.Value)], expected: [PassThroughField.Value])] = [
            ([("id_type", .text("SSN")), ("id_number", .text("123 456 789"))], [.text("SSN"), .text("[SSN]")]),
            ([("type", .text("dob")), ("value", .json("19800102"))], [.text("dob"), .text("[DOB]")]),
            ([("type", .text("ein")), ("value", .json(#"["12 3456789"]"#))], [.text("ein"), .json(#"["[EIN]"]"#)]),
            ([("kind", .text("ref")), ("n", .text("123 456 789"))], [.text("ref"), .text("123 456 789")]),
            ([("a", .text("SSN 123-45-6789")), ("b", .text("12 3456789"))], [.text("SSN [SSN]"), .text("12 3456789")]),
        ]
        for (fields, expected) in cases {
            let input = fields.map { PassThroughField(name: $0.0, value: $0.1) }
            XCTAssertEqual(PassThroughField.redacted(input, by: Redactor()).map(\.value), expected, "\(fields)")
        }
    }

    func testTheAnswererRedactsPassThroughOnAnsweredAndErrorRecords() throws {
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": BatchEngineTests.yaml])
        defer { _ = folder }
        let answerer = BatchAnswerer(matcher: Matcher(knowledgeBase: try KnowledgeBaseLoader().load(directory: folder.path).0))
        let fields = [PassThroughField(name: "notes", value: .text("SSN 123-45-6789"))]
        for content in [Result<String, LineError>.success("forgot password"), .failure(.nulByte)] {
            let record = answerer.record(for: BatchQuestion(line: 1, content: content, passThrough: fields))
            XCTAssertEqual(record.passThrough, [PassThroughField(name: "notes", value: .text("SSN [SSN]"))])
        }
    }

    /// A column or key that holds a person's name (the lexicon's `name_fields`) is redacted whole, in any case.
    func testNameFieldsAreRedactedWhole() {
        let redactor = Redactor(publicPhoneNumbers: [], nameLabels: ["name:"], nameFields: ["caller", "customer name"])
        let cases: [(name: String, value: String, expected: String)] = [
            ("caller", "Maria Gomez", "[NAME]"),
            ("Caller", "maria gomez", "[NAME]"),
            ("customer_name", "JOHN SMITH", "[NAME]"),
            ("CustomerName", "john smith 555-201-4477", "[NAME]"),
            ("caller", "", ""),
            ("caller", "-", "-"),
            ("callers", "Maria Gomez", "Maria Gomez"),
            ("notes", "Maria Gomez", "Maria Gomez"),
        ]
        for (name, value, expected) in cases {
            XCTAssertEqual(PassThroughField(name: name, value: .text(value)).redacted(by: redactor).text, expected, name + ": " + value)
        }
    }

    /// The shipped lexicon's name fields include a ticket's and an email export's person fields: a requester, an
    /// assignee or a sender that the name rules cannot place ("Bo Lindqvist", "Tamsin Reed") was written as typed.
    func testShippedNameFieldsHoldTicketPeople() throws {
        let redactor = try ShippedMatcher.get().redactor
        for name in ["requester", "submitted_by", "ReportedBy", "assignee", "assigned to", "agent", "preparer", "from", "sender"] {
            XCTAssertEqual(PassThroughField(name: name, value: .text("Tamsin Reed")).redacted(by: redactor).text, "[NAME]", name)
        }
        XCTAssertEqual(PassThroughField(name: "subject", value: .text("Locked Out")).redacted(by: redactor).text, "Locked Out")
    }

    /// The shipped lexicon's name fields include the short names exports give them (`fname`, `lname`, `surname`,
    /// `first`, `last`, `cc`, `handle`): their values were written as typed.
    func testShippedShortNameFieldsAreRedactedWhole() throws {
        let redactor = try ShippedMatcher.get().redactor
        for name in ["fname", "lname", "surname", "first", "last", "cc", "bcc", "handle", "given_name", "familyName"] {
            XCTAssertEqual(PassThroughField(name: name, value: .text("Tamsin Reed")).redacted(by: redactor).text, "[NAME]", name)
        }
        XCTAssertEqual(PassThroughField(name: "first_seen", value: .text("Monday")).redacted(by: redactor).text, "Monday")
    }

    /// A column or key named for the last four digits labels them as `last 4` does (`ssn_last4`, `last4`).
    func testLastFourFieldsAreRedacted() throws {
        let redactor = try ShippedMatcher.get().redactor
        let cases: [(name: String, value: String, expected: String)] = [
            ("ssn_last4", "6789", "[SSN]"),
            ("last4", "6789", "[SSN]"),
            ("steps", "6789", "6789"),
        ]
        for (name, value, expected) in cases {
            XCTAssertEqual(PassThroughField(name: name, value: .text(value)).redacted(by: redactor).text, expected, name + ": " + value)
        }
    }

    /// Under the shipped knowledge base, a column or key named for a secret, an answer's hint, a ZIP code or a MAC
    /// address labels its value as the words would ("secret: ...", "zip: ..."): they were written as typed.
    func testShippedFieldsForSecretsHintsZIPCodesAndMACAddressesAreRedacted() throws {
        let redactor = try ShippedMatcher.get().redactor
        let cases: [(name: String, value: String, expected: String)] = [
            ("secret", "JBSWY3DPEHPK3PXP", "[CODE]"),
            ("secret", "sunshine", "[PASSWORD]"),
            ("answer_hint", "first dog Rex", "[PASSWORD]"),
            ("zip", "90210-1234", "[ADDRESS]"),
            ("mac", "001A2B3C4D5E", "[MAC]"),
            ("comment", "call me at 555-1234", "call me at [PHONE]"),
            ("comment", "zip file wont open", "zip file wont open"),
        ]
        for (name, value, expected) in cases {
            XCTAssertEqual(PassThroughField(name: name, value: .text(value)).redacted(by: redactor).text, expected, name + ": " + value)
        }
    }
}
