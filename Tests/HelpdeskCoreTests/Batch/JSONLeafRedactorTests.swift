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
}
