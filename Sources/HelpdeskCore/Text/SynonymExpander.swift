/// Stage 5, synonyms: replaces every word or phrase of a lexicon group with the group's concept, longest phrase first.
public struct SynonymExpander: AnalysisStage {
    public let name = "synonyms"
    /// Stemmed phrase, by the hash of its words (`PhraseHash`), to its words and concept; the words are compared on a
    /// hit, so a hash collision never applies a synonym.
    private let phrases: [UInt64: (words: [String], concept: String)]
    /// Single words matched as written, by hash, because their stem is shared with a word outside the group
    /// ("accountant" stems to "account", which must not become "tax pro").
    private let words: [UInt64: (word: String, concept: String)]
    /// For each word that starts a phrase of two or more words (by hash), the longest such phrase: other words need
    /// only the one-word look-up.
    private let longestPhraseFrom: [UInt64: Int]

    /// `analyze` turns a lexicon phrase into the stemmed words the pipeline would make of it; `wordsByStem` gives the
    /// knowledge base's words as written under each stem (`Vocabulary.wordsByStem`), to find stems that a group member
    /// shares with other words.
    /// The concept a synonym group's phrases become: its first phrase's stems, joined (`retried` is `retri`); nil for a
    /// group with no first phrase or one of no words.
    static func concept(of group: [String], analyze: (String) -> [String]) -> String? {
        guard let first = group.first else { return nil }
        let concept = analyze(first).joined()
        return concept.isEmpty ? nil : concept
    }

    public init(lexicon: Lexicon, wordsByStem owners: [String: Set<String>] = [:], analyze: (String) -> [String]) {
        var phrases: [UInt64: (words: [String], concept: String)] = [:]
        var words: [UInt64: (word: String, concept: String)] = [:]
        var longest: [UInt64: Int] = [:]
        for group in lexicon.synonyms {
            guard let concept = Self.concept(of: group, analyze: analyze) else { continue }
            let members = Set(group.map { $0.lowercased() })
            for phrase in group {
                let stems = analyze(phrase)
                guard !stems.isEmpty else { continue }
                if stems.count == 1, !(owners[stems[0]] ?? []).isSubset(of: members) {
                    let word = phrase.lowercased()
                    if words[PhraseHash.word(word)] == nil { words[PhraseHash.word(word)] = (word, concept) }
                    continue
                }
                let key = PhraseHash.phrase(stems)
                if phrases[key] == nil { phrases[key] = (stems, concept) }
                if stems.count > 1 {
                    let head = PhraseHash.word(stems[0])
                    longest[head] = max(longest[head] ?? 1, stems.count)
                }
            }
        }
        self.phrases = phrases
        self.words = words
        self.longestPhraseFrom = longest
    }

    public func apply(to analysis: inout Analysis) {
        guard !phrases.isEmpty else { return }
        let tokens = analysis.tokens
        let hashes = tokens.map { PhraseHash.word($0.text) }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let longest = min(longestPhraseFrom[hashes[i]] ?? 1, tokens.count - i)
            // The longest phrase from here that is a synonym; its hash grows a word at a time.
            var found: (length: Int, concept: String)?
            var hash = PhraseHash.start
            for length in 1...longest {
                hash = PhraseHash.extend(hash, with: hashes[i + length - 1])
                if let phrase = phrases[hash], phrase.words.elementsEqual(tokens[i..<(i + length)].lazy.map(\.text)) {
                    found = (length, phrase.concept)
                } else if length == 1, case let written = Self.asWritten(tokens[i], fixes: analysis.spellingFixes),
                          let word = words[PhraseHash.word(written)], word.word == written {
                    found = (1, word.concept)
                }
            }
            guard let (length, concept) = found else {
                result.append(tokens[i])
                i += 1
                continue
            }
            let range = tokens[i].range.lowerBound..<tokens[i + length - 1].range.upperBound
            let surface = length == 1 ? tokens[i].surface : tokens[i..<(i + length)].map(\.surface).joined(separator: " ")
            if length > 1 || concept != tokens[i].text { analysis.synonymsApplied.append((surface, concept)) }
            result.append(Token(text: concept, surface: surface, range: range))
            i += length
        }
        analysis.tokens = result
    }
}

extension SynonymExpander {
    /// A word as written, for the single words matched that way: its spelling fix, when it had one of a single word
    /// ("blockd" is "blocked", one of the lock words).
    static func asWritten(_ token: Token, fixes: [(from: String, to: String)]) -> String {
        guard !fixes.isEmpty, let fix = fixes.first(where: { $0.from == token.surface }), !fix.to.contains(" ") else { return token.surface }
        return fix.to
    }
}

extension SynonymExpander: SnapshotCodable {
    /// Read back from the model cache: building the tables analyses every synonym phrase, much of a cached start.
    init(from reader: inout SnapshotReader) throws {
        var phrases: [UInt64: (words: [String], concept: String)] = [:]
        for _ in 0..<(try reader.count()) {
            let words = try reader.strings()
            guard !words.isEmpty else { throw SnapshotReader.Malformed() }
            phrases[PhraseHash.phrase(words)] = (words, try reader.string())
        }
        var words: [UInt64: (word: String, concept: String)] = [:]
        for _ in 0..<(try reader.count()) {
            let word = try reader.string()
            words[PhraseHash.word(word)] = (word, try reader.string())
        }
        var longest: [UInt64: Int] = [:]
        for _ in 0..<(try reader.count()) {
            let head = try reader.unsigned()
            // As built, a phrase of two words or more; `apply` counts from 1 up to it, which traps below 1.
            let length = try reader.integer()
            guard length >= 2 else { throw SnapshotReader.Malformed() }
            longest[head] = length
        }
        self.phrases = phrases
        self.words = words
        self.longestPhraseFrom = longest
    }

    /// The cache file name for the tables of a KB whose files have this digest (`KnowledgeBase.sourceDigest`).
    static func cacheName(sourceDigest: UInt64) -> String? {
        ModelCache.fileName("synonyms-", parts: [0x5359_4E4F_4E59_4D53, sourceDigest], suffix: ".bin")
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt64(phrases.count))
        for (words, concept) in phrases.values {
            writer.write(words)
            writer.write(concept)
        }
        writer.write(UInt64(words.count))
        for (word, concept) in words.values {
            writer.write(word)
            writer.write(concept)
        }
        writer.write(UInt64(longestPhraseFrom.count))
        for (head, length) in longestPhraseFrom {
            writer.write(head)
            writer.write(length)
        }
    }
}

/// 64-bit FNV-1a hashes of words and of phrases built word by word, for look-ups that never join strings.
enum PhraseHash {
    static let start: UInt64 = FNV.start(4)

    static func word(_ word: String) -> UInt64 {
        var hash = FNV.start(5)
        for byte in word.utf8 { hash = FNV.add(byte, to: hash) }
        return hash
    }

    static func extend(_ phrase: UInt64, with word: UInt64) -> UInt64 { FNV.combine(phrase, word) }

    static func phrase(_ words: [String]) -> UInt64 { words.reduce(start) { extend($0, with: word($1)) } }
}
