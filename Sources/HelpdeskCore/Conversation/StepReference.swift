/// Reads a reference to one numbered step: "step 2", "step two again", "what was the 3rd step", "the last step".
/// The number words after "step" ("step two"), the ordinal words ("the second step") and the words that count from the
/// step shown last ("the next step") are the lexicon's `step_number_words`, `ordinal_words` and `relative_step_words`;
/// with none, only "step 2" and "the last step" name a step.
public struct StepReference: Sendable, Equatable {
    /// Lowercase words that, after "step", name its number: "step two", "step twelve".
    public let numbers: [String: Int]
    /// Lowercase words that, before "step", name its number: "the second step", "the 3rd step".
    public let ordinals: [String: Int]
    /// Lowercase words that, before "step", count from the step shown last: "the next step" (1), "the previous step" (-1).
    public let relative: [String: Int]

    public init(numbers: [String: Int] = [:], ordinals: [String: Int] = [:], relative: [String: Int] = [:]) {
        self.numbers = Self.lowercased(numbers)
        self.ordinals = Self.lowercased(ordinals)
        self.relative = Self.lowercased(relative)
    }

    public init(lexicon: Lexicon) {
        self.init(numbers: lexicon.stepNumberWords, ordinals: lexicon.ordinalWords, relative: lexicon.relativeStepWords)
    }

    /// `step(in:)`, where "the next step" or "the previous step" counts from `last`, the step shown last; with no
    /// step shown yet (`last` nil), such a line names no step. Counting back never goes below step 1.
    public func step(in text: String, after last: Int?) -> Int? {
        if let offset = offset(in: text) {
            guard let last else { return nil }
            let (step, overflow) = last.addingReportingOverflow(offset)
            return overflow ? nil : max(step, 1)
        }
        return step(in: text)
    }

    /// 1 for "the next step", -1 for "the previous step" (the number `relative` gives the word before "step"); nil
    /// when the text counts from no step.
    public func offset(in text: String) -> Int? {
        let words = Self.words(text)
        for (i, word) in words.enumerated() where i > 0 && (word == "step" || word == "steps") {
            if let offset = relative[words[i - 1]] { return offset }
        }
        return nil
    }

    /// The step's number as written, 1-based: 0 or less ("step 0", "step -1") names no step of any entry, and the
    /// caller says so; `Int.max` for "the last step"; nil when the text names no single step.
    public func step(in text: String) -> Int? {
        let words = Self.signedWords(text)
        for (i, word) in words.enumerated() where word == "step" || word == "steps" {
            if i + 1 < words.count, let n = number(words[i + 1]) { return n }
            if i > 0, let n = ordinals[words[i - 1]] { return n }
            if i > 0, words[i - 1] == "last" { return Int.max }
        }
        return nil
    }

    /// The number a word after "step" names: in digits ("2") or one of `numbers` ("two"); `outOfRange` (negated for a
    /// minus sign) for digits too many to be any step's number, so "step 9999999" is told there is no such step.
    private func number(_ word: String) -> Int? {
        if let n = Self.integer(word) ?? numbers[word] { return n }
        let digits = word.drop(while: { $0 == "-" })
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return word.hasPrefix("-") ? -Self.outOfRange : Self.outOfRange
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
    /// The largest step or list number a line may name, in digits or in the lexicon's words: 999999.
    static let largestNumber = 999_999
    /// What a step number of more than `maximumDigits` digits reads as: beyond every entry's steps.
    public static let outOfRange = largestNumber + 1

    /// `words`, but a minus sign that opens a number stays on it: "step -1" is step -1, while "step-1" and "2-step"
    /// keep their plain numbers.
    static func signedWords(_ text: String) -> [String] {
        asciiWords(text, signed: true) ?? characterSignedWords(text)
    }

    /// `signedWords(_:)` read character by character, for any text.
    static func characterSignedWords(_ text: String) -> [String] {
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

    /// `numbers` with lowercase words; of two words that differ only in case, the first in word order is kept.
    static func lowercased(_ numbers: [String: Int]) -> [String: Int] {
        Dictionary(numbers.sorted { $0.key < $1.key }.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Lowercased words of letters and digits ("#2" and "2." become "2").
    static func words(_ text: String) -> [String] {
        asciiWords(text, signed: false) ?? characterWords(text)
    }

    /// `words(_:)` read character by character, for any text.
    static func characterWords(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
