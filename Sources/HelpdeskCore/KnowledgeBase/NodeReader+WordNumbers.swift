import Yams

extension NodeReader {
    /// What the numbers of a word: number map in the lexicon may be, and how its problems are named.
    struct WordNumberRule: Sendable {
        /// Names one of the map's words in a message: "an ordinal word".
        let word: String
        let numbers: ClosedRange<Int>
        /// Whether 0, inside `numbers`, is still refused (an offset of no step).
        var refusesZero = false

        /// `ordinal_words`, `choice_number_words`, `step_number_words`: a list item or step number, 1 up to the longest number a line may
        /// type (`StepReference.largestNumber`).
        static func position(_ word: String) -> WordNumberRule {
            WordNumberRule(word: word, numbers: 1...StepReference.largestNumber)
        }

        /// `relative_step_words`: how many steps on (1) or back (-1), never 0.
        static let offset = WordNumberRule(word: "a relative step word",
                                           numbers: -StepReference.largestNumber...StepReference.largestNumber, refusesZero: true)

        func allows(_ number: Int) -> Bool {
            numbers.contains(number) && !(refusesZero && number == 0)
        }

        /// What the number must be: "a whole number from 1 to 999999".
        var rule: String {
            "a whole number " + (refusesZero ? "other than 0, " : "") + "from \(numbers.lowerBound) to \(numbers.upperBound)"
        }
    }

    /// A lexicon map of word: whole number (`ordinal_words`, `choice_number_words`, `relative_step_words`,
    /// `step_number_words`). Each word is lowercased and must be one word of letters and digits, because lines are
    /// compared by their runs of letters and digits ("2nd" and "second", not "the second"); each number must be one
    /// `rule` allows. A word given twice (in any case) is an error too, since it could name two numbers.
    func wordNumbers(_ node: Node, path: String, rule: WordNumberRule) -> [String: Int] {
        guard case .mapping(let pairs) = node else {
            error("expected a mapping of word: number (at \(path))", at: node)
            return [:]
        }
        var numbers: [String: Int] = [:]
        for (key, value) in pairs {
            guard let text = string(key, path: path) else { continue }
            let word = text.lowercased()
            guard word.allSatisfy({ $0.isLetter || $0.isNumber }) else {
                error("\(rule.word) is one word of letters and digits, found '\(text)' (at \(path))", at: key)
                continue
            }
            guard numbers[word] == nil else {
                error("\(rule.word) is given twice, found '\(text)' (at \(path))", at: key)
                continue
            }
            guard let number = integer(value, path: "\(path).\(word)") else { continue }
            guard rule.allows(number) else {
                error("\(rule.word)'s number must be \(rule.rule), found \(number) (at \(path).\(word))", at: value)
                continue
            }
            numbers[word] = number
        }
        return numbers
    }
}
