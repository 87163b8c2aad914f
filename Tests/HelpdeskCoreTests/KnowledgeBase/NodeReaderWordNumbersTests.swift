import XCTest
@testable import HelpdeskCore

/// The lexicon's maps of word to number (`ordinal_words`, `choice_number_words`, `relative_step_words`,
/// `step_number_words`): read,
/// lowercased, merged across files, and every problem reported at its file, line and column.
final class NodeReaderWordNumbersTests: XCTestCase {
    private static let entries = "version: 1\nentries:\n" + entryYAML(id: "a")

    /// The lines under `lexicon:` (line 3 on), the message the problem must give, and its line and column.
    private let cases: [(name: String, lexicon: String, message: String, line: Int, column: Int)] = [
        ("ordinals a list", "  ordinal_words: [first, second]", "expected a mapping of word: number (at lexicon.ordinal_words)", 3, 18),
        ("ordinals text", "  ordinal_words: first", "expected a mapping of word: number (at lexicon.ordinal_words)", 3, 18),
        ("ordinal of two words", "  ordinal_words:\n    first: 1\n    the second: 2",
         "an ordinal word is one word of letters and digits, found 'the second' (at lexicon.ordinal_words)", 5, 5),
        ("ordinal with a hyphen", "  ordinal_words: {twenty-first: 21}",
         "an ordinal word is one word of letters and digits, found 'twenty-first' (at lexicon.ordinal_words)", 3, 19),
        ("ordinal not a number", "  ordinal_words:\n    second: two",
         "expected a whole number (at lexicon.ordinal_words.second), found 'two'", 4, 13),
        ("ordinal a fraction", "  ordinal_words: {half: 0.5}", "expected a whole number (at lexicon.ordinal_words.half), found '0.5'", 3, 25),
        ("ordinal a list", "  ordinal_words: {second: [2]}", "expected a whole number (at lexicon.ordinal_words.second), found a list", 3, 27),
        ("ordinal of 0", "  ordinal_words:\n    first: 1\n    zeroth: 0",
         "an ordinal word's number must be a whole number from 1 to 999999, found 0 (at lexicon.ordinal_words.zeroth)", 5, 13),
        ("ordinal below 0", "  ordinal_words: {last: -1}",
         "an ordinal word's number must be a whole number from 1 to 999999, found -1 (at lexicon.ordinal_words.last)", 3, 25),
        ("ordinal too large", "  ordinal_words: {millionth: 1000000}",
         "an ordinal word's number must be a whole number from 1 to 999999, found 1000000 (at lexicon.ordinal_words.millionth)", 3, 30),
        ("ordinal in two cases", "  ordinal_words:\n    second: 2\n    Second: 2",
         "an ordinal word is given twice, found 'Second' (at lexicon.ordinal_words)", 5, 5),
        ("choice number of 0", "  choice_number_words: {zero: 0}",
         "a choice number word's number must be a whole number from 1 to 999999, found 0 (at lexicon.choice_number_words.zero)", 3, 31),
        ("choice numbers a list", "  choice_number_words: [one]", "expected a mapping of word: number (at lexicon.choice_number_words)", 3, 24),
        ("relative offset of 0", "  relative_step_words: {same: 0}",
         "a relative step word's number must be a whole number other than 0, from -999999 to 999999, found 0 (at lexicon.relative_step_words.same)",
         3, 31),
        ("relative offset not a number", "  relative_step_words: {next: one}",
         "expected a whole number (at lexicon.relative_step_words.next), found 'one'", 3, 31),
        ("step number of 0", "  step_number_words:\n    one: 1\n    zero: 0",
         "a step number word's number must be a whole number from 1 to 999999, found 0 (at lexicon.step_number_words.zero)", 5, 11),
        ("step numbers a list", "  step_number_words: [one, two]", "expected a mapping of word: number (at lexicon.step_number_words)", 3, 22),
        ("step number of two words", "  step_number_words: {twenty one: 21}",
         "a step number word is one word of letters and digits, found 'twenty one' (at lexicon.step_number_words)", 3, 23),
        ("step number in two cases", "  step_number_words:\n    two: 2\n    TWO: 2",
         "a step number word is given twice, found 'TWO' (at lexicon.step_number_words)", 5, 5),
        ("relative word with an apostrophe", "  relative_step_words: {\"next's\": 1}",
         "a relative step word is one word of letters and digits, found 'next's' (at lexicon.relative_step_words)", 3, 25),
    ]

    func testEachProblemNamesFileLineColumnAndMessage() throws {
        try LexiconErrorCase.assertEachNamesFileLineColumnAndMessage(cases.map(LexiconErrorCase.init), entries: Self.entries)
    }

    /// Words are lowercased; files merge word by word, a later file (by path) giving a word's number anew.
    func testReadsLowercasesAndMergesAcrossFiles() throws {
        let first = """
            version: 1
            lexicon:
              ordinal_words: {First: 1, second: 2, 3RD: 3}
              choice_number_words: {one: 1}
              relative_step_words: {next: 1, Previous: -1}
              step_number_words: {One: 1, two: 2}
            """
        let second = """
            version: 1
            lexicon:
              ordinal_words: {second: 20, zweite: 2}
              choice_number_words:
                two: 2
              relative_step_words: {skip: 2}
              step_number_words: {two: 20, drei: 3}
            """
        let folder = try TemporaryKnowledgeBase(files: ["a.yaml": first, "b.yaml": second, "kb.yaml": Self.entries])
        let (kb, warnings) = try KnowledgeBaseLoader().load(directory: folder.path)
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(kb.lexicon.ordinalWords, ["first": 1, "second": 20, "3rd": 3, "zweite": 2])
        XCTAssertEqual(kb.lexicon.choiceNumberWords, ["one": 1, "two": 2])
        XCTAssertEqual(kb.lexicon.relativeStepWords, ["next": 1, "previous": -1, "skip": 2])
        XCTAssertEqual(kb.lexicon.stepNumberWords, ["one": 1, "two": 20, "drei": 3])
    }

    /// Omitted keys mean no words: only a number in digits picks, and only "step 2" (not "step two") names a step.
    func testOmittedKeysMeanNone() throws {
        let folder = try TemporaryKnowledgeBase(files: ["kb.yaml": Self.entries])
        let lexicon = try KnowledgeBaseLoader().load(directory: folder.path).0.lexicon
        XCTAssertEqual(lexicon.ordinalWords, [:])
        XCTAssertEqual(lexicon.choiceNumberWords, [:])
        XCTAssertEqual(lexicon.relativeStepWords, [:])
        XCTAssertEqual(lexicon.stepNumberWords, [:])
        XCTAssertEqual(StepReference(lexicon: lexicon), StepReference())
        XCTAssertEqual(ChoiceWords(lexicon: lexicon).numbers, [:])
    }
}
