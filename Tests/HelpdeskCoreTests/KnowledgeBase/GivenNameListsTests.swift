import XCTest
@testable import HelpdeskCore

/// The lexicon's given names and the words a person owns are read and written as three lists, held by one reference that is nil while both are
/// empty, and a word list is one word wide, so the lexicon grows by one word for them.
final class GivenNameListsTests: XCTestCase {
    func testTheListsComeBackAsSet() {
        var lexicon = Lexicon()
        lexicon.commonWordNames = ["will", "may"]
        lexicon.givenNames = WordList(text: "marcy\n")
        XCTAssertEqual(lexicon.commonWordNames, ["will", "may"])
        XCTAssertTrue(lexicon.givenNames?.contains("marcy") ?? false)
        lexicon.givenNames = nil
        XCTAssertNil(lexicon.givenNames)
        XCTAssertEqual(lexicon.commonWordNames, ["will", "may"], "each list is set on its own")
        lexicon.possessedWords = ["account"]
        XCTAssertEqual(lexicon.possessedWords, ["account"])
        XCTAssertEqual(lexicon.commonWordNames, ["will", "may"], "each list is set on its own")
        var other = Lexicon()
        other.possessedWords = ["account", "login"]
        lexicon.merge(other)
        XCTAssertEqual(lexicon.possessedWords, ["account", "login"], "merging adds the words not held yet")
        lexicon.nameTitles = ["mr", "miss"]
        XCTAssertEqual(lexicon.nameTitles, ["mr", "miss"])
        XCTAssertEqual(lexicon.possessedWords, ["account", "login"], "each list is set on its own")
        other.nameTitles = ["dr", "mr"]
        lexicon.merge(other)
        XCTAssertEqual(lexicon.nameTitles, ["mr", "miss", "dr"], "merging adds the titles not held yet")
    }

    func testEmptyListsLeaveTheLexiconAsNew() {
        var lexicon = Lexicon()
        lexicon.commonWordNames += []
        lexicon.possessedWords += []
        lexicon.nameTitles += []
        lexicon.givenNames = nil
        XCTAssertEqual(lexicon, Lexicon())
    }

    func testAWordListIsOneWordWide() {
        XCTAssertEqual(MemoryLayout<WordList?>.size, MemoryLayout<Int>.size)
        XCTAssertEqual(MemoryLayout<GivenNameLists?>.size, MemoryLayout<Int>.size)
    }
}
