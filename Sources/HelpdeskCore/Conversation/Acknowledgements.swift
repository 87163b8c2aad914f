import Foundation

/// Lines that only acknowledge what was said: "ok", "got it", "cool", "yes", "no". They are the lexicon's
/// `acknowledgements`, compared with the whole line by their words of letters and digits (`key(_:)`: case, width and
/// punctuation ignored: "OK!" is "ok", "O.K." is "o k"), so a line with more words ("no code", "yes but the code never
/// came") is a question. The KB's questions are compared the same way (`acknowledges(_:in:)`).
public struct Acknowledgements: Sendable {
    /// Each acknowledgement as its `key(_:)`.
    public let phrases: Set<String>
    /// The longest of `phrases`, in UTF-8 bytes: a line whose key is longer is none of them, and most such lines are
    /// told so without building their key (`shortKey(_:atMost:)`).
    private let longestPhrase: Int

    public init(_ acknowledgements: [String] = []) {
        self.init(phrases: Set(acknowledgements.map(Self.key).filter { !$0.isEmpty }))
    }

    public init(lexicon: Lexicon) {
        self.init(lexicon.acknowledgements)
    }

    private init(phrases: Set<String>) {
        self.phrases = phrases
        longestPhrase = phrases.map(\.utf8.count).max() ?? 0
    }

    /// Whether `line`, as a whole, is one of the acknowledgements. Cheap for a line of many words: its key is built
    /// only when it could be one of them.
    public func contains(_ line: String) -> Bool {
        guard !phrases.isEmpty, let key = Self.shortKey(line, atMost: longestPhrase) else { return false }
        return phrases.contains(key)
    }

    /// Whether `line` only acknowledges in a conversation on `knowledgeBase`: it is one of the acknowledgements, and no
    /// entry lists it among its questions. A KB with a "yes" intent (CLINC150's, imported with the shipped lexicon)
    /// answers "yes" and "yep" itself. The questions are compared by `key(_:)` too, and only for such a line.
    public func acknowledges(_ line: String, in knowledgeBase: KnowledgeBase) -> Bool {
        guard !phrases.isEmpty, let key = Self.shortKey(line, atMost: longestPhrase), phrases.contains(key) else { return false }
        return !knowledgeBase.entries.contains { $0.questions.contains { Self.key($0) == key } }
    }

    /// What `line` asks after the acknowledgement it opens with, the shortest one (at most three words) that leaves
    /// a word of letters or digits after it: "ok who do I call?" asks "who do I call?", "got it, and the number?"
    /// asks "and the number?". Nil when it opens with none.
    public func afterLeadingAcknowledgement(_ line: String) -> Substring? {
        guard !phrases.isEmpty else { return nil }
        var rest = line[...]
        var words: [Substring] = []
        while words.count < 3 {
            rest = rest.drop { !($0.isLetter || $0.isNumber) }
            let word = rest.prefix { !$0.isWhitespace }
            guard !word.isEmpty else { return nil }
            words.append(word)
            rest = rest.dropFirst(word.count)
            let after = rest.drop { $0.isWhitespace || $0 == "," || $0 == "." || $0 == "!" || $0 == "-" }
            if after.contains(where: { $0.isLetter || $0.isNumber }), phrases.contains(Self.key(words.joined(separator: " "))) {
                return after
            }
        }
        return nil
    }

    /// The acknowledgements that no entry of `knowledgeBase` lists among its questions, found once: its `contains(_:)`
    /// is `acknowledges(_:in:)` for many lines (batch mode), without going through the questions for each.
    public func unlisted(in knowledgeBase: KnowledgeBase) -> Acknowledgements {
        without(listed(in: knowledgeBase))
    }

    /// The lexicon's acknowledgements that no entry of `knowledgeBase` lists: `Acknowledgements(lexicon:)`'s
    /// `unlisted(in:)`, with the listed ones read from the KB snapshot when a cached start has them.
    public static func unlisted(lexiconOf knowledgeBase: KnowledgeBase) -> Acknowledgements {
        let all = Acknowledgements(lexicon: knowledgeBase.lexicon)
        return all.without(knowledgeBase.listedAcknowledgements ?? all.listed(in: knowledgeBase))
    }

    /// The acknowledgements (as keys) that some entry of `knowledgeBase` lists among its questions.
    func listed(in knowledgeBase: KnowledgeBase) -> Set<String> {
        guard !phrases.isEmpty else { return [] }
        var listed: Set<String> = []
        for entry in knowledgeBase.entries {
            for question in entry.questions {
                if let key = Self.shortKey(question, atMost: longestPhrase), phrases.contains(key) { listed.insert(key) }
            }
        }
        return listed
    }

    private func without(_ listed: Set<String>) -> Acknowledgements {
        listed.isEmpty ? self : Acknowledgements(phrases: phrases.subtracting(listed))
    }

    /// `text`'s words of letters and digits, in compatibility form (NFKC: "Ｏｋ" is "ok") and lowercase, separated by
    /// one space: "Got it!" is "got it", "I’ll try that." is "i ll try that", "?!" is "".
    static func key(_ text: String) -> String {
        // ASCII text, which the compatibility form leaves as it is, is keyed from its bytes: the full form cost about
        // 16,000 instructions a phrase, 3 million at each start on the shipped lexicon's acknowledgements.
        if Redactor.withBytes(text, { !$0.contains { $0 >= 0x80 } }), let key = shortKey(text, atMost: text.utf8.count) {
            return key
        }
        return text.precomposedStringWithCompatibilityMapping.lowercased().split { !($0.isLetter || $0.isNumber) }
            .joined(separator: " ")
    }

    /// `key(text)` when it has at most `limit` UTF-8 bytes, else nil, found with no allocation for most longer texts.
    /// ASCII text is read byte by byte: letters, digits and the spaces between their runs are counted (an ASCII key's
    /// length is known without building it), and the key is built only when it fits. Other text keeps at least its
    /// ASCII letters and digits in its key, so it is refused when those alone are too many; it is keyed in full
    /// otherwise, up to `nonASCIILimit` bytes of text (a longer one, 40 `…` around an "ok", is not compared).
    static func shortKey(_ text: String, atMost limit: Int) -> String? {
        // Read as contiguous bytes: `utf8`'s iterator cost about 1,050 instructions a KB question here, which batch
        // reads all of at start (15 million on a CLINC150-size KB).
        Redactor.withBytes(text) { bytes in
            var length = 0, inRun = false, ascii = true
            for byte in bytes {
                if byte >= 0x80 {
                    ascii = false
                    inRun = false
                } else if Self.isLetterOrDigit(byte) {
                    length += inRun || length == 0 ? 1 : 2
                    inRun = true
                    if length > limit { return nil }
                } else {
                    inRun = false
                }
            }
            guard ascii else {
                guard bytes.count <= nonASCIILimit(limit) else { return nil }
                let key = Self.key(text)
                return key.utf8.count <= limit ? key : nil
            }
            return String(unsafeUninitializedCapacity: length) { key in
                var count = 0
                inRun = false
                for byte in bytes {
                    if Self.isLetterOrDigit(byte) {
                        if !inRun, count > 0 { key[count] = 32; count += 1 }
                        key[count] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                        count += 1
                        inRun = true
                    } else {
                        inRun = false
                    }
                }
                return count
            }
        }
    }

    /// The most UTF-8 bytes of a text with characters outside ASCII that is keyed to compare with phrases of at most
    /// `limit` bytes: room for each byte of the phrase to be written as a 4-byte character, and for punctuation.
    static func nonASCIILimit(_ limit: Int) -> Int { 4 * limit + 64 }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
