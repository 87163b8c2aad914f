import Foundation

/// Lines that only acknowledge what was said: "ok", "got it", "cool", "yes", "no". They are the lexicon's
/// `acknowledgements`, compared with the whole line by their words of letters and digits (`key(_:)`: case, width and
/// punctuation ignored: "OK!" is "ok", "O.K." is "o k"), so a line with more words ("no code", "yes but the code never
/// came") is a question. The KB's questions are compared the same way (`acknowledges(_:in:)`).
public struct Acknowledgements: Sendable {
    /// Each acknowledgement as its `key(_:)`.
    public let phrases: Set<String>

    public init(_ acknowledgements: [String] = []) {
        phrases = Set(acknowledgements.map(Self.key).filter { !$0.isEmpty })
    }

    public init(lexicon: Lexicon) {
        self.init(lexicon.acknowledgements)
    }

    /// Whether `line`, as a whole, is one of the acknowledgements.
    public func contains(_ line: String) -> Bool {
        !phrases.isEmpty && phrases.contains(Self.key(line))
    }

    /// Whether `line` only acknowledges in a conversation on `knowledgeBase`: it is one of the acknowledgements, and no
    /// entry lists it among its questions. A KB with a "yes" intent (CLINC150's, imported with the shipped lexicon)
    /// answers "yes" and "yep" itself. The questions are compared by `key(_:)` too, and only for such a line.
    public func acknowledges(_ line: String, in knowledgeBase: KnowledgeBase) -> Bool {
        let key = Self.key(line)
        guard !phrases.isEmpty, phrases.contains(key) else { return false }
        return !knowledgeBase.entries.contains { $0.questions.contains { Self.key($0) == key } }
    }

    /// `text`'s words of letters and digits, in compatibility form (NFKC: "Ｏｋ" is "ok") and lowercase, separated by
    /// one space: "Got it!" is "got it", "I’ll try that." is "i ll try that", "?!" is "".
    static func key(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased().split { !($0.isLetter || $0.isNumber) }
            .joined(separator: " ")
    }
}
