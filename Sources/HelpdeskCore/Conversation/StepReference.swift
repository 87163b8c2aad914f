/// Reads a reference to one numbered step: "step 2", "step two again", "what was the 3rd step", "the last step".
public struct StepReference: Sendable {
    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12]
    static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                           "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
                           "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10]

    /// Words before "step" that count from the step shown last: "the next step", "the previous step".
    static let relative = ["next": 1, "following": 1, "previous": -1, "prior": -1]

    public init() {}

    /// `step(in:)`, where "the next step" or "the previous step" counts from `last`, the step shown last; with no
    /// step shown yet (`last` nil), such a line names no step.
    public func step(in text: String, after last: Int?) -> Int? {
        if let offset = offset(in: text) { return last.map { max($0 + offset, 1) } }
        return step(in: text)
    }

    /// 1 for "the next step", -1 for "the previous step"; nil when the text counts from no step.
    public func offset(in text: String) -> Int? {
        let words = Self.words(text)
        for (i, word) in words.enumerated() where i > 0 && (word == "step" || word == "steps") {
            if let offset = Self.relative[words[i - 1]] { return offset }
        }
        return nil
    }

    /// The step's number as written, 1-based: 0 or less ("step 0", "step -1") names no step of any entry, and the
    /// caller says so; `Int.max` for "the last step"; nil when the text names no single step.
    public func step(in text: String) -> Int? {
        let words = Self.signedWords(text)
        for (i, word) in words.enumerated() where word == "step" || word == "steps" {
            if i + 1 < words.count, let n = Self.number(words[i + 1]) { return n }
            if i > 0, let n = Self.ordinals[words[i - 1]] { return n }
            if i > 0, words[i - 1] == "last" { return Int.max }
        }
        return nil
    }

    private static func number(_ word: String) -> Int? {
        integer(word) ?? numberWords[word]
    }

    /// A whole number typed in digits ("2", "-1", "99"); nil for one of more than `maximumDigits` digits, which is no
    /// step's or list item's number: "step 9223372036854775807" was read as "the last step" (`Int.max`), and
    /// "step -9223372036854775808" stopped the session on an arithmetic overflow.
    static func integer(_ word: String) -> Int? {
        guard word.drop(while: { $0 == "-" }).count <= maximumDigits else { return nil }
        return Int(word)
    }

    /// The most digits a typed step or list number has.
    static let maximumDigits = 6

    /// `words`, but a minus sign that opens a number stays on it: "step -1" is step -1, while "step-1" and "2-step"
    /// keep their plain numbers.
    static func signedWords(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if word == "-", !character.isNumber { word = "" }
                word.append(character)
            } else {
                let opensNumber = character == "-" && word.isEmpty
                if !word.isEmpty, word != "-" { words.append(word) }
                word = opensNumber ? "-" : ""
            }
        }
        if !word.isEmpty, word != "-" { words.append(word) }
        return words
    }

    /// Lowercased words of letters and digits ("#2" and "2." become "2").
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
