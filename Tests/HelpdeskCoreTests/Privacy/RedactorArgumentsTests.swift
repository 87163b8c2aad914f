import XCTest
@testable import HelpdeskCore

/// A usage error lists the arguments it could not place one by one; personal data spread over several is redacted
/// as the command line reads as one text.
final class RedactorArgumentsTests: XCTestCase {
    func testArgumentsThatArePartOfPersonalDataAreRedacted() {
        let cases: [(arguments: [String], expected: String)] = [
            (["SSN", "123", "456", "789", "locked"], "'SSN', '[SSN]', '[SSN]', '[SSN]', 'locked'"),
            (["her", "password", "is", "Summer2024!"], "'her', 'password', 'is', '[PASSWORD]'"),
            (["call", "me", "at", "212", "5550134"], "'call', 'me', 'at', '[PHONE]', '[PHONE]'"),
            (["forgot", "my", "password"], "'forgot', 'my', 'password'"),
            ([], ""),
        ]
        for (arguments, expected) in cases {
            let message = arguments.map { "'\($0)'" }.joined(separator: ", ")
            XCTAssertEqual(Redactor().redact(message, quotingArguments: arguments), expected, "\(arguments)")
        }
    }
}
