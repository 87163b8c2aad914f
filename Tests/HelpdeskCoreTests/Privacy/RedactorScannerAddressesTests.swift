import XCTest
@testable import HelpdeskCore

/// Street addresses and PO boxes are redacted with what follows them (unit, city, state, ZIP); a number before words
/// that only look like a street is kept.
final class RedactorScannerAddressesTests: XCTestCase {
    private let redactor = Redactor()

    func testStreetAddressesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("I live at 123 Main St, Springfield IL 62704 update address", "I live at [ADDRESS] update address"),
            ("her address is 45 Oak Avenue Apt 3", "her address is [ADDRESS]"),
            ("123 main st springfield il 62704", "[ADDRESS]"),
            ("1600 Pennsylvania Avenue NW, Washington, DC 20500", "[ADDRESS]"),
            ("send it to 221B Baker Street please", "send it to [ADDRESS] please"),
            ("100 E 5th Ave Suite 200", "[ADDRESS]"),
            ("4500 W 42nd St #4, New York, NY 10036", "[ADDRESS]"),
            ("moved to 45 Oak Drive last year", "moved to [ADDRESS] last year"),
            ("9 N. Martin Luther King Blvd, Apt. 3B", "[ADDRESS]"),
            ("12 Mt. Vernon Rd. Austin, TX 78701", "[ADDRESS]"),
            ("77 Sunset Blvd Los Angeles, CA 90028-1234 is where she lives", "[ADDRESS] is where she lives"),
            ("1 Infinite Loop, Cupertino, CA", "[ADDRESS]"),
            ("12 O'Neil Way, Unit B", "[ADDRESS]"),
            ("500 old mill road", "[ADDRESS]"),
            ("12 Oak Dr.", "[ADDRESS]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testACityAfterAStreetIsRedactedWithIt() {
        let cases: [(input: String, expected: String)] = [
            ("she moved to 123 Main St Boise last year", "she moved to [ADDRESS] last year"),
            ("moved to 123 Main Street, Springfield and mail is not coming", "moved to [ADDRESS] and mail is not coming"),
            ("45 Oak Avenue Apt 3 Salt Lake City", "[ADDRESS]"),
            ("123 Main St Apt 4 Boise ID 83702", "[ADDRESS]"),
            ("12 Elm St Boise ID 83702 is the new one", "[ADDRESS] is the new one"),
            // The place on the next line, as an envelope writes it: with its state.
            ("123 Main St\nBoise ID 83702", "[ADDRESS]"),
            ("45 Oak Ave\r\nSpringfield IL\nthanks", "[ADDRESS]\nthanks"),
            ("45 Oak Ave\nBoise\nthanks", "[ADDRESS]\nBoise\nthanks"),
            // No city: a word that carries a sentence on, a common word, capitals, or a sentence after `St.`.
            ("I live at 123 Main St. Please update it", "I live at [ADDRESS] Please update it"),
            ("123 Main St The IRS letter came", "[ADDRESS] The IRS letter came"),
            ("123 Main St IRS letter", "[ADDRESS] IRS letter"),
            ("45 Oak Ave I moved", "[ADDRESS] I moved"),
            ("123 Main St. Google said no", "[ADDRESS] Google said no"),
            ("45 Oak Ave Thanks", "[ADDRESS] Thanks"),
        ]
        assertRedacts(cases, with: redactor)
    }

    func testPOBoxesAreRedacted() {
        let cases: [(input: String, expected: String)] = [
            ("PO Box 1234", "[ADDRESS]"),
            ("mail goes to P.O. Box 55 now", "mail goes to [ADDRESS] now"),
            ("po box #12", "[ADDRESS]"),
            ("Post Office Box 9, Austin, TX 78701", "[ADDRESS]"),
            ("P O Box 77", "[ADDRESS]"),
        ]
        assertRedacts(cases, with: redactor)
    }

    /// A street type right after the number, a word that carries a sentence on, a common word among the name's
    /// words, or a street type that is a common word in lowercase: no street.
    func testNumbersBeforeOrdinaryWordsAreKept() {
        let kept = [
            "Form 8821",
            "step 2 Drive to the office",
            "I have 2 ways to sign in",
            "page 3 lane change",
            "tried 3 times",
            "error 500 in the e-services way",
            "ID.me verification 482913 court date",
            "there's 1 other way to do it",
            "do it the 2 step way",
            "call 3 times on Main street",
            "we have 2 offices on Main St",
            "it took 5 Business Days Way too long",
            "Version 2 Lane Assist",
            "I waited 30 minutes on hold",
            "Windows 10 Pro",
            "use 2 different ways",
            "the 2 lane road is closed",
            "step 4 Road map",
            "meet at 5 pm on Elm Street",
            "box 12 of the form",
            "inbox 3 messages",
            "my po 1234 box",
            "can you get uber for two people going to 27 moss lane",
            "W-2 Main St",
            "at 10 AM Court hearing",
            "I have 2 Google Drive accounts",
            "Re: 2 Factor Authentication Way Too Slow",
            "I saw 2 eye Dr",
            "uploaded 3 Files to Google Drive",
            "10 sq ft",
            "the 3 rd party",
            "$500 Main St",
            "tried 3 things. Then Oak St was closed",
        ]
        assertKeeps(kept, with: redactor)
    }

    /// A Canadian or UK postcode after a street and its city is part of the address: "NW1 6XE" was left.
    func testPostcodesAfterAStreetAreRedacted() {
        assertRedacts([
            ("lives at 221B Baker Street, London NW1 6XE", "lives at [ADDRESS]"),
            ("sent to 24 Sussex Drive, Ottawa ON K1A 0B1 last week", "sent to [ADDRESS] last week"),
            ("at 10 High St, Manchester M1 1AE.", "at [ADDRESS]."),
        ])
        assertKeeps(["step 2 Drive to M1 1AE", "form W2 1AB", "K1A 0B1"])
    }
}

