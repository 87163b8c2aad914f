/// Stage 7, unknown numbers: drops long numbers the knowledge base never uses (a case number, a ticket id), unless
/// that would leave nothing: they name no topic, and as unseen words they only weakened the match.
public struct UnknownNumberFilter: AnalysisStage {
    public let name = "unknown numbers"
    private let vocabulary: Vocabulary

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    public func apply(to analysis: inout Analysis) {
        // Most lines hold no digit at all: one pass over the normalized bytes settles them (reading every token's
        // surface cost about 1,750 instructions a CLINC150 line).
        guard Self.countDigits(in: analysis.normalized, atLeast: Self.fewestDigits) else { return }
        let unknown = analysis.tokens.map { Self.isUnknownNumber($0, in: vocabulary) }
        guard unknown.contains(true), unknown.contains(false) else { return }
        analysis.stopWordsRemoved += zip(analysis.tokens, unknown).filter(\.1).map(\.0.surface)
        analysis.tokens = zip(analysis.tokens, unknown).filter { !$0.1 }.map(\.0)
    }

    /// Whether `bytes` hold at least `count` ASCII digits.
    private static func countDigits(in bytes: [UInt8], atLeast count: Int) -> Bool {
        var found = 0
        for byte in bytes where byte &- 48 < 10 {
            found += 1
            if found >= count { return true }
        }
        return false
    }

    /// The fewest digits a dropped word has: shorter numbers may name a form, a code or a year ("code 846", "form
    /// 8879", "2025"), which the KB may not know but which tell an IRS question from a sign-in one.
    static let fewestDigits = 5

    /// A word of `fewestDigits` digits or more, and at least as many digits as letters ("12345678", "inc0012345", not
    /// "irs2go"), that the vocabulary does not hold. A synonym phrase ("office 365") is one token whose surface holds
    /// a space: the lexicon knows it.
    private static func isUnknownNumber(_ token: Token, in vocabulary: Vocabulary) -> Bool {
        var digits = 0, others = 0
        for byte in token.surface.utf8 {
            if byte >= 48 && byte <= 57 { digits += 1 } else if byte == 32 { return false } else { others += 1 }
        }
        return digits >= fewestDigits && digits >= others && !vocabulary.isKnown(token.surface)
            && !vocabulary.isKnownStem(token.text)
    }
}
