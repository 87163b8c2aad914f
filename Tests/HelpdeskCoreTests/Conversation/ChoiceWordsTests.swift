import XCTest
@testable import HelpdeskCore

/// The words a reply to a list of choices is read with come from the lexicon, and other lists read replies differently.
final class ChoiceWordsTests: XCTestCase {
    /// The shipped lexicon holds the lists that were Swift literals in `ClarifyChoice` before they moved to it.
    func testTheShippedListsAreTheOnesThatWereBuiltIn() throws {
        let words = try ClarifyChoiceTests.shippedWords()
        let listOnly: Set<String> = ["none", "neither", "none of these", "none of them", "none of those", "not those",
                                     "neither of them", "neither of those"]
        XCTAssertEqual(words.listOnlyNone, listOnly)
        XCTAssertEqual(words.none, listOnly.union(["no", "nope", "0", "something else", "other"]))
        XCTAssertEqual(words.fillers, ["the", "one", "option", "choice", "number", "no", "please", "pls", "that", "about",
                                       "i", "mean", "meant", "want", "it", "s", "is", "ok", "okay", "thanks", "a"])
        // ClarifyChoice.ordinals, with StepReference.ordinals, which it read too (the numbers of ordinal_words and
        // choice_number_words).
        XCTAssertEqual(words.numbers, ["first": 1, "second": 2, "third": 3, "1st": 1, "2nd": 2, "3rd": 3, "one": 1, "two": 2,
                                       "three": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                                       "tenth": 10, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10])
    }

    /// Replies are kept as whole lines are compared: lowercased, without the spaces around them or end punctuation;
    /// the list-only replies are none replies too.
    func testRepliesAreKeptAsLinesAreCompared() {
        let words = ChoiceWords(none: ["Nah", " no way. ", "?!"], listOnlyNone: ["None of 'em!"], fillers: ["Opt"])
        XCTAssertEqual(words.none, ["nah", "no way", "none of 'em"])
        XCTAssertEqual(words.listOnlyNone, ["none of 'em"])
        XCTAssertEqual(words.fillers, ["opt"])
        XCTAssertEqual(ChoiceWords(lexicon: Lexicon()), ChoiceWords())
    }

    /// The same replies, read with the shipped lists, with other lists ("nah" says none, "opt" carries no choice), and
    /// with none at all (a KB whose lexicon lacks the keys): "none" is then no reply to a list, and only a bare number
    /// in digits picks ("second" did too while the ordinals were Swift literals; without `ordinal_words` it is title
    /// words, which pick nothing here). "none" picks nothing, "new" is a new question, a number picks that candidate.
    func testOtherListsReadRepliesDifferently() throws {
        let pipeline = try ShippedMatcher.get().pipeline
        let shipped = try ClarifyChoiceTests.shippedWords()
        let custom = ChoiceWords(none: ["nah"], listOnlyNone: ["none of em"], fillers: ["opt"], numbers: ["second": 2, "Zweite": 2])
        let cases: [(text: String, shipped: String, custom: String, empty: String)] = [
            ("nah", "new", "none", "new"),
            ("Nah.", "new", "none", "new"),
            ("none of em", "new", "none", "new"),
            ("none", "none", "new", "new"),
            // Not a none reply, "no" is read like any other line: as title words, the shipped synonyms make it the
            // "Can't" of the second title.
            ("no", "none", "2", "2"),
            ("neither of them", "none", "new", "new"),
            ("opt 2", "new", "2", "new"),
            ("option 2", "2", "new", "new"),
            ("the second one", "2", "new", "new"),
            ("2", "2", "2", "2"),
            ("second", "2", "2", "new"),
            ("zweite", "new", "2", "new"),
            ("two", "2", "new", "new"),
            ("the one", "1", "new", "new"),
            ("locked", "1", "1", "1"),
        ]
        for c in cases {
            for (name, words, expected) in [("shipped", shipped, c.shipped), ("custom", custom, c.custom), ("empty", ChoiceWords(), c.empty)] {
                let read = ClarifyChoice.read(c.text, from: ClarifyChoiceTests.candidates, pipeline: pipeline, words: words)
                XCTAssertEqual(Self.describe(read), expected, "\(c.text) with the \(name) words")
            }
        }
        XCTAssertTrue(ClarifyChoice.answersOnlyAList("none of em", words: custom))
        XCTAssertFalse(ClarifyChoice.answersOnlyAList("nah", words: custom), "may say something else with no list open")
        XCTAssertFalse(ClarifyChoice.answersOnlyAList("none", words: ChoiceWords()))
    }

    private static func describe(_ choice: ClarifyChoice?) -> String {
        switch choice {
        case .candidate(let candidate)?:
            String((ClarifyChoiceTests.candidates.firstIndex(of: candidate) ?? -1) + 1)
        case .none?: "none"
        case .outOfRange(let n)?: "out \(n)"
        case nil: "new"
        }
    }
}
