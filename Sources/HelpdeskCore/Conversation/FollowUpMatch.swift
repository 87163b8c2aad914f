/// A short question read as a follow-up to an entry: what it asked for, how well it matched, and the answer.
public struct FollowUpMatch: Sendable, Equatable {
    /// What the follow-up asked for.
    public enum Kind: Sendable, Equatable {
        /// One of the entry's own `follow_ups`; `question` is the phrasing that matched best.
        case authored(question: String)
        /// One step, by its 1-based number.
        case step(Int)
        /// A generic follow-up answered from the entry's fields; `example` is the phrasing that matched best.
        case intent(FollowUpIntent, example: String)
    }

    public var entry: Entry
    public var kind: Kind
    /// How closely the text matched, in [0, 1]: term overlap (Dice) with the best phrasing; 1 for a step reference.
    public var score: Double
    /// The reply, possibly several lines ("  1. ..." and "  - ..." items); empty for `.more`, which shows the whole entry.
    public var answer: String

    /// A score this high means the line is one of the phrasings, word for word (after the text pipeline).
    public static let exactScore = 0.999

    public init(entry: Entry, kind: Kind, score: Double, answer: String) {
        self.entry = entry
        self.kind = kind
        self.score = score
        self.answer = answer
    }

    /// Generic follow-ups only make sense in context; an authored one may also be a question of its own.
    public var isGeneric: Bool {
        if case .authored = kind { return false }
        return true
    }
}
