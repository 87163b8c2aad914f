/// What to do with a ranking: answer with one entry, ask which of a few was meant, or fall back.
public enum Decision: Sendable, Equatable {
    case answer(Candidate)
    case clarify([Candidate])
    case fallback(FallbackReason)

    public var status: String {
        switch self {
        case .answer: return "answered"
        case .clarify: return "clarify"
        case .fallback: return "fallback"
        }
    }
}

/// Why no entry was chosen.
public enum FallbackReason: Sendable, Equatable, CustomStringConvertible {
    case empty
    case belowThreshold(best: Double, threshold: Double)

    public var description: String {
        switch self {
        case .empty: return "the question has no words to match"
        case let .belowThreshold(best, threshold):
            return "the best confidence \(Format.fixed(best)) is below the answer threshold \(Format.fixed(threshold))"
        }
    }
}
