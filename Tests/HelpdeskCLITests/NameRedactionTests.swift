import Foundation
import XCTest
import TestSupport

/// A name after one of the shipped knowledge base's `name_labels` reaches no output as typed: not the batch question,
/// not `--explain`.
final class NameRedactionTests: CLITestCase {
    func testBatchAndExplainShowNamesRedacted() throws {
        let question = "my name is Maria Lopez and I am locked out of ID.me"
        let batch = try run(["batch", "--format", "jsonl", "-"], stdin: question + "\nname is wrong on the account\n")
        XCTAssertEqual(batch.status, 0, batch.stderr)
        XCTAssertFalse(batch.stdout.contains("Lopez"), batch.stdout)
        XCTAssertTrue(batch.stdout.contains("my name is [NAME] and I am locked out of ID.me"), batch.stdout)
        XCTAssertTrue(batch.stdout.contains("name is wrong on the account"), batch.stdout)

        let explained = try run(["ask", "--explain", question])
        XCTAssertEqual(explained.status, 0, explained.stderr)
        XCTAssertFalse(explained.stdout.contains("Lopez"), explained.stdout)
        XCTAssertTrue(explained.stdout.contains("[NAME]"), explained.stdout)
    }

    /// The shipped labels cover the contraction and a help desk's own words for whose name it is.
    func testShippedLabelsCoverContractionsAndCallers() throws {
        let cases: [(typed: String, redacted: String)] = [
            ("hi my name's Maria Gomez, I forgot my id.me password", "hi my name's [NAME], I forgot my id.me password"),
            ("Caller name is Sue Park, her ID.me is locked", "Caller name is [NAME], her ID.me is locked"),
            ("caller's name is Maria Gomez, her id.me is locked", "caller's name is [NAME], her id.me is locked"),
            ("Name of caller: Maria Gomez, she forgot her id.me password", "Name of caller: [NAME], she forgot her id.me password"),
            ("Caller: Forgot my password", "Caller: Forgot my password"),
            ("spouse name is Maria Gomez, locked out", "spouse name is [NAME], locked out"),
            ("my name is Dr. Maria Gomez", "my name is [NAME]"),
        ]
        let batch = try run(["batch", "--format", "jsonl", "-"], stdin: cases.map(\.typed).joined(separator: "\n") + "\n")
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let questions = batch.stdout.split(separator: "\n").compactMap { line -> String? in
            let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return record?["question"] as? String
        }
        XCTAssertEqual(questions, cases.map(\.redacted))
    }

    /// Names in capitals or lowercase after a label, and the columns that hold a caller's name, are redacted in the
    /// JSONL and CSV output alike.
    func testNamesInAnyCaseAndNameColumnsAreRedacted() throws {
        let csv = "question,caller,customer_name,notes\n"
            + "MY NAME IS MARIA GOMEZ,Maria Gomez,JOHN SMITH,called twice\n"
            + "my name is maria and I cant log in,maria gomez,john smith,x\n"
        for format in ["jsonl", "csv"] {
            let batch = try run(["batch", "--input-format", "csv", "--format", format, "-"], stdin: csv)
            XCTAssertEqual(batch.status, 0, batch.stderr)
            for name in ["MARIA", "Maria", "maria", "GOMEZ", "gomez", "SMITH", "smith"] {
                XCTAssertFalse(batch.stdout.contains(name), format + ": " + batch.stdout)
            }
            XCTAssertTrue(batch.stdout.contains("my name is [NAME] and I cant log in"), batch.stdout)
            XCTAssertTrue(batch.stdout.contains("called twice"), batch.stdout)
        }
    }

    /// With the shipped lexicon, names said without a label (an introduction, a signature, an email header), a name
    /// field inside a JSON value and a user name right after its label reach the JSONL output redacted; a sentence's
    /// capitalized words, products and months do not turn into names.
    func testNamesWithoutALabelAreRedactedWithTheShippedLexicon() throws {
        let cases: [(typed: String, redacted: String)] = [
            ("this is Maria Gomez from ABC Tax, I can't log in to e-Services",
             "this is [NAME] from ABC Tax, I can't log in to e-Services"),
            ("Hi, Maria Gomez here, I can't log in", "Hi, [NAME] here, I can't log in"),
            ("It's John Smith again, still locked out of ID.me", "It's [NAME] again, still locked out of ID.me"),
            ("my ID.me code fails\nThanks,\nMaria Gomez\nGomez Tax LLC", "my ID.me code fails\nThanks,\n[NAME]\nGomez Tax LLC"),
            ("locked out of e-Services. Regards, John Smith", "locked out of e-Services. Regards, [NAME]"),
            ("cannot reset my password\n-- \nJohn Smith, EA", "cannot reset my password\n-- \n[NAME], EA"),
            ("new phone, no authenticator\nBest,\nJ. Smith", "new phone, no authenticator\nBest,\n[NAME]"),
            ("From: Maria Gomez <mgomez@firm.com>\nTo: John Smith\nSubject: Locked Out\n\nI cannot get into e-Services",
             "From: [NAME] <[EMAIL]>\nTo: [NAME]\nSubject: Locked Out\n\nI cannot get into e-Services"),
            // A role right before a name; a role before a KB word is kept.
            ("client John Smith needs a transcript from TDS", "client [NAME] needs a transcript from TDS"),
            ("caller IRS said to call ID.me", "caller IRS said to call ID.me"),
            ("our bookkeeper Linda can't log in", "our bookkeeper [NAME] can't log in"),
            // A greeting's name; a greeting to a team or a KB word is kept.
            ("Hi Marcus,\nmy id.me is locked", "Hi [NAME],\nmy id.me is locked"),
            ("Hi Team, my id.me is locked", "Hi Team, my id.me is locked"),
            // A ticket's person fields.
            ("Caller: Yusuf Demir\nEmployee: Linda Nguyen needs an ID.me MFA reset\nClient: can not log in to id.me",
             "Caller: [NAME]\nEmployee: [NAME] needs an ID.me MFA reset\nClient: can not log in to id.me"),
            ("my username jdoe is not working", "my username [USERNAME] is not working"),
            ("DOB 030471 and ID.me won't verify", "DOB [DOB] and ID.me won't verify"),
            ("This is IRS e-Services asking for a code from Google Authenticator", "This is IRS e-Services asking for a code from Google Authenticator"),
            ("It's Monday and TDS says my ID.me is locked", "It's Monday and TDS says my ID.me is locked"),
            ("the username field is empty on ID.me", "the username field is empty on ID.me"),
        ]
        let objects: [[String: Any]] = cases.map { ["question": $0.typed] }
            + [["question": "locked out", "ticket": ["caller": "Maria Gomez"]]]
        let lines = try objects.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        let batch = try run(["batch", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: lines.joined(separator: "\n") + "\n")
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let records = batch.stdout.split(separator: "\n").compactMap { line in
            try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        }
        XCTAssertEqual(records.compactMap { $0["question"] as? String }, cases.map(\.redacted) + ["locked out"])
        XCTAssertEqual((records.last?["ticket"] as? [String: Any])?["caller"] as? String, "[NAME]")
    }

    /// The leaks a black-box tester found (each was written as typed, or cut to "[NAME]é") are redacted with the shipped
    /// lexicon, and the sentence words, products and places next to them are kept.
    func testTesterLeaksAreRedactedAndSentenceWordsKept() throws {
        let cases: [(typed: String, redacted: String)] = [
            ("José Álvarez cant sign in", "[NAME] cant sign in"),
            ("my coworker Zoë Ångström is locked out", "my coworker [NAME] is locked out"),
            ("my name is José Álvarez", "my name is [NAME]"),
            ("Reed, Tamsin cant get into e-services", "[NAME] cant get into e-services"),
            ("Contact: Reed, Tamsin", "Contact: [NAME]"),
            ("Reed, Tamsin J. cant log in", "[NAME] cant log in"),
            ("@Tamsin can you reset her idme", "[NAME] can you reset her idme"),
            ("tell Chase his code expired", "tell [NAME] his code expired"),
            ("asked Will to reset his idme", "asked [NAME] to reset his idme"),
            ("Sam Ortiz can't get in", "[NAME] can't get in"),
            ("Will Grant can't sign in", "[NAME] can't sign in"),
            ("client is jose ramirez", "client is [NAME]"),
            ("caller: tamsin reed", "caller: [NAME]"),
            ("name: maria gomez", "name: [NAME]"),
            // Kept: sentence words, products, places and addresses.
            ("Will Grant access to e-Services", "Will Grant access to e-Services"),
            ("Grant access to e-services", "Grant access to e-services"),
            ("Will the link expire", "Will the link expire"),
            ("May I reset it", "May I reset it"),
            ("Max attempts reached", "Max attempts reached"),
            ("Microsoft Authenticator wont load", "Microsoft Authenticator wont load"),
            ("Drake and Lacerte both fail", "Drake and Lacerte both fail"),
            ("I live in Austin, Texas", "I live in Austin, Texas"),
            ("@everyone the portal is down", "@everyone the portal is down"),
            ("Sorry, Dana cant log in", "Sorry, [NAME] cant log in"),
            ("ask Google about it", "ask Google about it"),
            // After a role or a verb, the knowledge base's own words alone are kept (a given name such as "Chase" is not).
            ("tell Support the code failed", "tell Support the code failed"),
            ("asked ProConnect support about it", "asked ProConnect support about it"),
            ("how to get an EIN for a new client LLC", "how to get an EIN for a new client LLC"),
            ("Austin, Texas office cant log in", "Austin, Texas office cant log in"),
            ("Paris, France trip", "Paris, France trip"),
            ("ask HR to reset it", "ask HR to reset it"),
            ("client is upset", "client is upset"),
            ("Customer: yes", "Customer: yes"),
            ("it says it sent the link to j****@yahoo.com", "it says it sent the link to j****@yahoo.com"),
        ]
        let batch = try run(["batch", "--format", "jsonl", "-"], stdin: cases.map(\.typed).joined(separator: "\n") + "\n")
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let questions = batch.stdout.split(separator: "\n").compactMap { line -> String? in
            let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return record?["question"] as? String
        }
        XCTAssertEqual(questions.count, cases.count)
        for (question, expected) in zip(questions, cases) {
            XCTAssertEqual(question, expected.redacted, "typed: \(expected.typed)")
        }
    }
}
