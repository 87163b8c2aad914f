/// The labels a security question's answer follows ("security answer", "mother's maiden name"), as the scanner compares
/// them: the knowledge base's `security_answer_labels`. Empty, no answer is redacted after a label.
public struct SecurityAnswerLabels: Sendable {
    /// Lowercase ASCII phrases, longest first, so that "security question answer" is read before a shorter label in it.
    let phrases: [[UInt8]]
    /// The first letters of `phrases`, as bits counted from `a`: a word that starts none is passed over on one test.
    let initials: UInt32
    /// For each letter a-z, the indices in `phrases` of those that start with it, and last those that start with
    /// another byte, each list longest first: a word is compared with the phrases of its own first letter only (all
    /// 30 of the shipped labels were walked at every word that starts one: about 5 million instructions a batch of
    /// 5,000 lines).
    let byInitial: [[Int]]

    /// No label.
    public init() {
        self.init([])
    }

    /// The labels `labels`, in any case.
    public init(_ labels: [String]) {
        let phrases = labels.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        self.phrases = phrases
        initials = phrases.reduce(UInt32(0)) { mask, phrase in
            let letter = phrase[0] &- 0x61
            return letter < 26 ? mask | 1 << UInt32(letter) : mask
        }
        var byInitial = [[Int]](repeating: [], count: 27)
        for (index, phrase) in phrases.enumerated() { byInitial[Int(min(phrase[0] &- 0x61, 26))].append(index) }
        self.byInitial = byInitial
    }

    /// The indices in `phrases` of those that may start with `byte` (lowercase), longest first.
    func phrases(startingWith byte: UInt8) -> [Int] {
        byInitial[Int(min(byte &- 0x61, 26))]
    }
}
