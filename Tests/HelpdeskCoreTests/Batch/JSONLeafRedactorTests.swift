import XCTest
@testable import HelpdeskCore

final class JSONLeafRedactorTests: XCTestCase {
    func testEveryStringAndNumberLeafIsRedactedAfterUnescaping() {
        let cases: [(raw: String, expected: String?)] = [
            // What Python's json.dumps writes for no-break spaces and full-width digits.
            (#"{"n":"ssn 123\u00a045\u00a06789"}"#, #"{"n":"ssn [SSN]"}"#),
            (#"{"w":"\uff11\uff12\uff13-\uff14\uff15-\uff16\uff17\uff18\uff19"}"#, #"{"w":"[SSN]"}"#),
            (#"{"meta":{"deep":["x","call 866\u002d255\u002d0654"]}}"#, #"{"meta":{"deep":["x","call [PHONE]"]}}"#),
            (#"{"ssn 123-45-6789":1}"#, #"{"ssn [SSN]":1}"#),
            (#"[1, {"id": 123456789}]"#, #"[1, {"id": "[SSN]"}]"#),
            (#"{"q":"say \"hi\" 866-255-0654"}"#, #"{"q":"say \"hi\" [PHONE]"}"#),
            // A member's key labels its value at any depth, and an array's key labels its items.
            (#"{"meta":{"ein":"12 3456789"}}"#, #"{"meta":{"ein":"[EIN]"}}"#),
            // A key in snake_case or camelCase is read as its words.
            (#"{"meta":{"mfa_code":"482917","userName":"jdoe42","smsCode":482917}}"#,
             #"{"meta":{"mfa_code":"[CODE]","userName":"[USERNAME]","smsCode":"[CODE]"}}"#),
            (#"{"a":[{"ssn":"123 456 789"}]}"#, #"{"a":[{"ssn":"[SSN]"}]}"#),
            (#"{"ssns":["123 456 789", ["123.456.789"]]}"#, #"{"ssns":["[SSN]", ["[SSN]"]]}"#),
            (#"{"client":{"dob":19800102}}"#, #"{"client":{"dob":"[DOB]"}}"#),
            (#"{"ssn":{"note":"123 456 789"}, "x":"123 456 789"}"#, #"{"ssn":{"note":"123 456 789"}, "x":"123 456 789"}"#),
            (#"{"ein":"a", "ref":"12 3456789"}"#, #"{"ein":"a", "ref":"12 3456789"}"#),
            (#"{"ssn":[], "ref":["123 456 789"]}"#, #"{"ssn":[], "ref":["123 456 789"]}"#),
            (#"{"12 3456789":"ein"}"#, #"{"12 3456789":"ein"}"#),
            // An object's keys are labelled by where the object stands, as an array's items are (a map keyed by SSN
            // under "ssns" was passed through).
            (#"{"ssns":{"123 456 789":"Jane","987 654 321":"Ann"}}"#, #"{"ssns":{"[SSN]":"Jane","[SSN]":"Ann"}}"#),
            (#"{"refs":{"123 456 789":"Jane"}}"#, #"{"refs":{"123 456 789":"Jane"}}"#),
            // A key of letters alone is a field's name: under "login" or "username", "provider" is no user name.
            (#"{"login":{"provider":"idme"},"username":{"status":"ok"}}"#, #"{"login":{"provider":"idme"},"username":{"status":"ok"}}"#),
            // The value before a leaf in its object or array labels it too; a nested value in between does not.
            (#"{"type":"ssn","value":"123 456 789"}"#, #"{"type":"ssn","value":"[SSN]"}"#),
            (#"["EIN", "12 3456789"]"#, #"["EIN", "[EIN]"]"#),
            (#"{"ids":[{"type":"dob","value":19800102}]}"#, #"{"ids":[{"type":"dob","value":"[DOB]"}]}"#),
            (#"{"type":"ref","value":"123 456 789"}"#, #"{"type":"ref","value":"123 456 789"}"#),
            (#"{"type":"ssn","x":[],"value":"123 456 789"}"#, #"{"type":"ssn","x":[],"value":"123 456 789"}"#),
            (#"{"type":"ssn","x":null,"value":"123 456 789"}"#, #"{"type":"ssn","x":null,"value":"123 456 789"}"#),
            // Nothing to redact: kept byte for byte, escapes, spacing and order included.
            (#"{"b":"caf\u00e9", "a":[true,null,-1.5e3]}"#, #"{"b":"caf\u00e9", "a":[true,null,-1.5e3]}"#),
            (#"{"a":"#, nil),
            // Foundation cannot read it, and its escapes could hide data: not written.
            (#"{"a":"\ud800","b":"\u0031\u0032\u0033-45-6789"}"#, #""[UNREADABLE]""#),
        ]
        for (raw, expected) in cases {
            XCTAssertEqual(JSONLeafRedactor.redact(raw, by: Redactor()), expected, raw)
        }
    }

    /// The field's name labels the items of an array at the top, and the keys, not the members, of an object there.
    func testTheTopLabelLabelsATopLevelArraysItems() {
        let cases: [(raw: String, label: String, expected: String?)] = [
            (#"["123 456 789", 19800102]"#, "ssn", #"["[SSN]", "[SSN]"]"#),
            (#"[19800102]"#, "dob", #"["[DOB]"]"#),
            (#"{"ref":"123 456 789"}"#, "ssn", #"{"ref":"123 456 789"}"#),
            (#"{"123 456 789":"Jane"}"#, "ssn", #"{"[SSN]":"Jane"}"#),
            (#"["123 456 789"]"#, "ref", #"["123 456 789"]"#),
        ]
        for (raw, label, expected) in cases {
            XCTAssertEqual(JSONLeafRedactor.redact(raw, labelledBy: label, by: Redactor()), expected, raw)
        }
    }

    /// A string under a key of the lexicon's `name_fields` is `[NAME]` whole at any depth, as a top-level field is.
    func testNameFieldsAreRedactedWholeAtAnyDepth() {
        let redactor = Redactor(publicPhoneNumbers: [], nameLabels: ["name:"], nameFields: ["caller", "customer name"])
        let cases: [(raw: String, expected: String)] = [
            (#"{"ticket":{"caller":"Maria Gomez","text":"call back"}}"#, #"{"ticket":{"caller":"[NAME]","text":"call back"}}"#),
            (#"[{"customerName":"john smith"}]"#, #"[{"customerName":"[NAME]"}]"#),
            (#"{"a":{"b":{"Caller":"Ann"}}}"#, #"{"a":{"b":{"Caller":"[NAME]"}}}"#),
            (#"{"ticket":{"caller":"-","callers":"Maria Gomez"}}"#, #"{"ticket":{"caller":"-","callers":"Maria Gomez"}}"#),
            (#"{"ticket":{"notes":"Maria Gomez","caller":7}}"#, #"{"ticket":{"notes":"Maria Gomez","caller":7}}"#),
        ]
        for (raw, expected) in cases {
            XCTAssertEqual(JSONLeafRedactor.redact(raw, by: redactor), expected, raw)
        }
    }

    /// The strings of an array under a name's key, at any depth of arrays, are names too; an object's members in it are
    /// labelled by their own keys.
    func testNameFieldsLabelTheirArraysItems() {
        let redactor = Redactor(publicPhoneNumbers: [], nameLabels: ["name:"], nameFields: ["names", "caller"])
        let cases: [(raw: String, label: String?, expected: String)] = [
            (#"{"names": ["Ann Lee", "Bo Diaz"]}"#, nil, #"{"names": ["[NAME]", "[NAME]"]}"#),
            (#"{"t":{"caller":["Ann Lee",["bo diaz"],7]}}"#, nil, #"{"t":{"caller":["[NAME]",["[NAME]"],7]}}"#),
            (#"{"caller":[{"note":"Ann Lee","names":["Bo Diaz"]}]}"#, nil, #"{"caller":[{"note":"Ann Lee","names":["[NAME]"]}]}"#),
            (#"["Ann Lee","-"]"#, "names", #"["[NAME]","-"]"#),
            (#"{"notes":["Ann Lee"],"names":[]}"#, nil, #"{"notes":["Ann Lee"],"names":[]}"#),
            (#"["Ann Lee"]"#, "notes", #"["Ann Lee"]"#),
        ]
        for (raw, label, expected) in cases {
            XCTAssertEqual(JSONLeafRedactor.redact(raw, labelledBy: label, by: redactor), expected, raw)
        }
    }
}
