import XCTest
@testable import HelpdeskCore

/// The byte-by-byte reading of an ASCII line gives the words the character-by-character reading gives: batch mode
/// reads every line for a bare number or follow-up, and `Character`'s letter tests cost more than the match.
final class StepReferenceASCIITests: XCTestCase {
    static let texts = [
        "", "step 2", "Step -1 again", "step-1", "2-step", "--1", "- 1", "-a", "a-", "#2.", "the SECOND one", "what's next?",
        "lost my phone,\r\ncan't get code", "tab\tand\u{0B}vertical\u{0C}feed", "1099 form", "x-9-y", "step -9223372036854775808",
        "A-Z a-z 0-9 @[`{~", String(repeating: "word ", count: 40),
        // One word buffer serves every word: a minus left from the word before must not open the next.
        "-a-1 -b", "a -1-2 -x", "- -", "1- -2 x-", "longwordlongwordlongword -1 b",
    ]

    func testTheSameWordsAsCharacterByCharacter() {
        for text in Self.texts {
            XCTAssertEqual(StepReference.asciiWords(text, signed: false), StepReference.characterWords(text), text)
            XCTAssertEqual(StepReference.asciiWords(text, signed: true), StepReference.characterSignedWords(text), text)
        }
    }

    /// A text's word key is its words joined by single spaces, for ASCII text and any other.
    func testTheWordKeyJoinsTheWords() {
        for text in Self.texts + ["café au lait", "step ２", "  What  NEXT?? "] {
            XCTAssertEqual(StepReference.wordKey(text), StepReference.words(text).joined(separator: " "), text)
        }
    }

    /// Every ASCII byte is read as `Character` reads it, in a word key and in words alike (one table of byte classes
    /// serves both): alone, between letters and after a minus.
    func testEveryASCIIByteIsReadAsACharacterIs() {
        for value in UInt8(0)..<0x80 {
            let byte = String(decoding: [value], as: UTF8.self)
            for text in [byte, "a\(byte)b", "-\(byte)1", "\(byte)-9"] {
                XCTAssertEqual(StepReference.asciiWords(text, signed: false), StepReference.characterWords(text), "\(value)")
                XCTAssertEqual(StepReference.asciiWords(text, signed: true), StepReference.characterSignedWords(text), "\(value)")
                XCTAssertEqual(StepReference.wordKey(text), StepReference.characterWords(text).joined(separator: " "), "\(value)")
            }
        }
    }

    /// Any other text is read character by character.
    func testOtherTextIsNotReadByBytes() {
        for text in ["café", "step ２", "naïve step 2", "step\u{00A0}2"] {
            XCTAssertNil(StepReference.asciiWords(text, signed: false), text)
            XCTAssertEqual(StepReference.words(text), StepReference.characterWords(text), text)
            XCTAssertEqual(StepReference.signedWords(text), StepReference.characterSignedWords(text), text)
        }
    }
}
