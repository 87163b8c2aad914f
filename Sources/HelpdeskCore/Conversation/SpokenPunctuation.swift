/// Punctuation that voice-to-text wrote out as words ("comma", "period", "question mark"): the lexicon's
/// `spoken_punctuation`, written as its marks so that dictated text is cut into sentences and clauses as typed text
/// is: "i forgot my password comma and my phone was stolen period" reads "i forgot my password, and my phone was
/// stolen.". A phrase is punctuation only
/// - in text without written punctuation of its own (a `,` `?` `!` `;`, or a `.` that ends a word: "id.me" has none),
///   since typed text that has its marks means the words ("Is there a comma in the password?");
/// - after a word of its line, not at its start;
/// - not after one of the lexicon's `not_punctuation_after` ("a comma", "the question mark", "waiting period",
///   "grace period"), where it is the word itself.
public struct SpokenPunctuation: Sendable {
    /// Each phrase as lowercase words, with its mark; longest first, so "question mark" is tried before a "question".
    let phrases: [(words: [String], mark: String)]
    /// Lowercase words after which a phrase means itself.
    let notAfter: Set<String>

    /// `marks` maps each mark ("," "." "?" "!") to the phrases that say it.
    public init(_ marks: [String: [String]] = [:], notAfter: some Sequence<String> = []) {
        let phrases = marks.sorted { $0.key < $1.key }.flatMap { mark, phrases in
            phrases.map { (words: $0.lowercased().split(whereSeparator: \.isWhitespace).map(String.init), mark: mark) }
        }
        self.phrases = phrases.filter { !$0.words.isEmpty }.sorted { $0.words.count > $1.words.count }
        self.notAfter = Set(notAfter.map { $0.lowercased() })
    }

    public init(lexicon: Lexicon) {
        self.init(lexicon.spokenPunctuation, notAfter: lexicon.notPunctuationAfter)
    }

    public var isEmpty: Bool { phrases.isEmpty }

    /// `text` with its spoken punctuation written as marks, each right after the word before it; `text` itself when it
    /// has none, or has written punctuation. Lines stay lines; the words of a line that changes are joined by one space.
    public func punctuating(_ text: String) -> String {
        guard !phrases.isEmpty, !Self.hasWrittenPunctuation(text),
              phrases.contains(where: { Self.containsIgnoringCase(text, $0.words[0]) }) else { return text }
        var changed = false
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line -> String in
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let keys = words.map { $0.lowercased() }
            var out: [String] = []
            var i = 0
            var lineChanged = false
            while i < words.count {
                if let last = out.last, !notAfter.contains(last.lowercased()), let phrase = phrase(at: i, in: keys) {
                    out[out.count - 1] = last + phrase.mark
                    i += phrase.words.count
                    lineChanged = true
                    continue
                }
                out.append(words[i])
                i += 1
            }
            changed = changed || lineChanged
            return lineChanged ? out.joined(separator: " ") : String(line)
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// The longest phrase whose words start at `index` of `keys` (lowercase words).
    private func phrase(at index: Int, in keys: [String]) -> (words: [String], mark: String)? {
        phrases.first { index + $0.words.count <= keys.count && keys[index..<(index + $0.words.count)].elementsEqual($0.words) }
    }

    /// Whether `text` has a `,` `?` `!` or `;`, or a `.` followed by a space, a line break or the end.
    static func hasWrittenPunctuation(_ text: String) -> Bool {
        var afterDot = false
        for byte in text.utf8 {
            if afterDot, byte == 32 || (byte >= 9 && byte <= 13) { return true }
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"): return true
            default: afterDot = byte == UInt8(ascii: ".")
            }
        }
        return afterDot
    }

    /// Whether `text` holds `word` (lowercase ASCII) in any case of its ASCII letters; compared on the bytes, so a
    /// line without any phrase costs no copy.
    static func containsIgnoringCase(_ text: String, _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first else { return false }
        let bytes = text.utf8
        var start = bytes.startIndex
        while start != bytes.endIndex {
            if bytes[start] | 0x20 == first {
                var i = start, k = 0
                while k < needle.count, i != bytes.endIndex, (bytes[i] >= 65 && bytes[i] <= 90 ? bytes[i] | 0x20 : bytes[i]) == needle[k] {
                    i = bytes.index(after: i)
                    k += 1
                }
                if k == needle.count { return true }
            }
            start = bytes.index(after: start)
        }
        return false
    }
}
