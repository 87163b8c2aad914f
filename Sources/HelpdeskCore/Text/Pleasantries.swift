/// Greetings, thanks and goodbyes around a question ("hi, ...", "... thanks!"), as the text pipeline turns the
/// lexicon's `pleasantries` into terms: a question can be matched again without them, so that the small talk does
/// not outweigh what the question is about.
public struct Pleasantries: Sendable {
    /// Each pleasantry as a run of terms ("thank you" may be one concept, "good day" two words).
    public let phrases: [[String]]
    /// The terms any phrase starts with: a question holding none has no pleasantry.
    private let firstTerms: Set<String>
    /// Every term and every word of the knowledge base's small-talk questions ("that worked", "have a good one").
    public let smallTalkTerms: Set<String>
    /// The fewest terms that must remain once the pleasantries are taken out.
    public static let minimumRest = 2
    /// The fewest words, none of them used by a small-talk question, that make a question more than small talk.
    public static let minimumBeyondSmallTalk = 2

    public init(phrases: [[String]], smallTalkTerms: Set<String> = []) {
        self.phrases = phrases.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        firstTerms = Set(self.phrases.map { $0[0] })
        self.smallTalkTerms = smallTalkTerms
    }

    /// Whether `analysis` has `minimumBeyondSmallTalk` words that no small-talk question uses, as term or as typed:
    /// "thank you so much, that did it" has one ("did"), "how do I apply for an EIN, thanks" has two.
    public func goesBeyondSmallTalk(_ analysis: Analysis) -> Bool {
        analysis.tokens.lazy.filter { !smallTalkTerms.contains($0.text) && !smallTalkTerms.contains($0.surface) }
            .prefix(Self.minimumBeyondSmallTalk).count == Self.minimumBeyondSmallTalk
    }

    /// `analysis` without its pleasantries, their words recorded in `pleasantriesRemoved`; nil when it has none, or
    /// when fewer than `minimumRest` terms would remain ("thanks, that worked" is a thanks).
    public func removing(from analysis: Analysis) -> Analysis? {
        guard let (kept, removed) = separate(analysis.tokens), kept.count >= Self.minimumRest else { return nil }
        return Self.reduced(analysis, to: kept, removed: removed)
    }

    /// `analysis` with only the `kept` tokens, the words `removed` recorded as set aside.
    private static func reduced(_ analysis: Analysis, to kept: [Token], removed: [String]) -> Analysis {
        var plain = analysis
        plain.tokens = kept
        plain.pleasantriesRemoved = removed
        return plain
    }

    /// `analysis` reduced to the one word left outside its pleasantries, when exactly one is and no small-talk question
    /// uses it: "thanks, locked out" leaves "locked out", while "thanks, that worked" leaves nothing to match.
    public func soleWordBeyond(_ analysis: Analysis) -> Analysis? {
        guard let (kept, removed) = separate(analysis.tokens), kept.count == 1,
              !smallTalkTerms.contains(kept[0].text), !smallTalkTerms.contains(kept[0].surface) else { return nil }
        return Self.reduced(analysis, to: kept, removed: removed)
    }

    /// How many of `analysis`'s terms are no part of a pleasantry: "Hi helpdesk," has one.
    public func termsBeyond(_ analysis: Analysis) -> Int {
        separate(analysis.tokens)?.kept.count ?? analysis.tokens.count
    }

    /// How many words, as written, stand outside `analysis`'s pleasantries and outside the terms `ignored`: a term the
    /// lexicon made of a phrase counts each of its words ("locked out" is two; "Hi helpdesk," has one).
    public func wordsBeyond(_ analysis: Analysis, ignoring ignored: Set<String>) -> Int {
        (separate(analysis.tokens)?.kept ?? analysis.tokens).reduce(0) { count, token in
            ignored.contains(token.text) ? count : count + token.surface.utf8.reduce(1) { $1 == 32 ? $0 + 1 : $0 }
        }
    }

    /// `tokens` split into those outside any pleasantry and the words of those inside; nil when none is inside.
    private func separate(_ tokens: [Token]) -> (kept: [Token], removed: [String])? {
        guard !firstTerms.isEmpty, tokens.contains(where: { firstTerms.contains($0.text) }) else { return nil }
        let terms = tokens.lazy.map(\.text)
        var kept: [Token] = []
        var removed: [String] = []
        var i = 0
        while i < tokens.count {
            if firstTerms.contains(tokens[i].text), let phrase = phrases.first(where: { TermRun.matches($0, in: terms, at: i) }) {
                removed += tokens[i..<(i + phrase.count)].map(\.surface)
                i += phrase.count
                continue
            }
            kept.append(tokens[i])
            i += 1
        }
        return removed.isEmpty ? nil : (kept, removed)
    }
}
