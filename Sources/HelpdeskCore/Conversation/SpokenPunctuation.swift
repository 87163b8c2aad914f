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
    /// The phrases' distinct first words, as lowercase bytes: a text with none of them needs no other look.
    let firstWords: [[UInt8]]
    /// The indices in `firstWords` of the words that start with each byte, by its value: a byte that starts some
    /// word ("c", "e", "p", "s": a third of a line's letters) is compared with its own words, not with all of them,
    /// and a byte whose list is empty with none.
    let firstWordsByByte: [[Int]]

    /// `marks` maps each mark ("," "." "?" "!") to the phrases that say it.
    public init(_ marks: [String: [String]] = [:], notAfter: some Sequence<String> = []) {
        let phrases = marks.sorted { $0.key < $1.key }.flatMap { mark, phrases in
            phrases.map { (words: $0.lowercased().split(whereSeparator: \.isWhitespace).map(String.init), mark: mark) }
        }
        self.phrases = phrases.filter { !$0.words.isEmpty }.sorted { $0.words.count > $1.words.count }
        self.notAfter = Set(notAfter.map { $0.lowercased() })
        var firstWords: [[UInt8]] = []
        for phrase in self.phrases where !firstWords.contains(Array(phrase.words[0].utf8)) { firstWords.append(Array(phrase.words[0].utf8)) }
        self.firstWords = firstWords
        var firstWordsByByte = [[Int]](repeating: [], count: 256)
        for (index, word) in firstWords.enumerated() { firstWordsByByte[Int(word[0])].append(index) }
        self.firstWordsByByte = firstWordsByByte
    }

    public init(lexicon: Lexicon) {
        self.init(lexicon.spokenPunctuation, notAfter: lexicon.notPunctuationAfter)
    }

    public var isEmpty: Bool { phrases.isEmpty }

    /// `text` with its spoken punctuation written as marks, each right after the word before it; `text` itself when it
    /// has none, or has written punctuation. Lines stay lines; the words of a line that changes are joined by one space.
    public func punctuating(_ text: String) -> String {
        guard !phrases.isEmpty, !Self.hasWrittenPunctuation(text),
              holdsFirstWord(text) else { return text }
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

    /// Whether `text` has a `,` `?` `!` or `;`, or a `.` followed by a space, a line break or the end. Read on its
    /// contiguous bytes (the UTF-8 view's iterator cost about 1,400 instructions a line).
    static func hasWrittenPunctuation(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var afterDot = false
            for byte in bytes {
                if afterDot, byte == 32 || (byte >= 9 && byte <= 13) { return true }
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"): return true
                default: afterDot = byte == UInt8(ascii: ".")
                }
            }
            return afterDot
        }
    }

    /// Whether `text` holds one of `firstWords` in any case of its ASCII letters: read once, on its contiguous bytes
    /// (a look per phrase through the UTF-8 view's iterator cost about 12,000 instructions a line).
    func holdsFirstWord(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for start in bytes.indices {
                let first = bytes[start] | 0x20
                guard !firstWordsByByte[Int(first)].isEmpty else { continue }
                for index in firstWordsByByte[Int(first)] where start + firstWords[index].count <= bytes.count {
                    let word = firstWords[index]
                    var k = 1
                    while k < word.count, Self.lowercased(bytes[start + k]) == word[k] { k += 1 }
                    if k == word.count { return true }
                }
            }
            return false
        }
    }

    /// `byte` with an ASCII capital made lowercase.
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte | 0x20 : byte
    }
}
