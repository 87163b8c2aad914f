/// The words a knowledge base uses, with counts, bucketed by first letter and length for fast spelling look-ups.
public struct Vocabulary: Sendable {
    private var counts: [String: Int] = [:]
    /// The stems of the vocabulary's words. A set of stems, not `wordsByStem`, is kept: a set for each stem cost about
    /// 6 million instructions a start on a CLINC150-size KB, and a cached start does not use `wordsByStem`.
    private var knownStems: Set<String> = []
    /// Each vocabulary word's stem, in a table whose look-ups are cheaper than a dictionary's: every word of a
    /// question is looked up here twice (is it known; its stem).
    private(set) var stemTable = WordTable<String>([])
    private var protected: Set<String> = []
    /// All bucketed words' bytes, back to back; a bucket lists (offset, length, count, word index, letters).
    private var bytes: [UInt8] = []
    private var words: [String] = []
    private var buckets: [Int: [(offset: Int, length: Int, count: Int, word: Int, letters: UInt32)]] = [:]

    /// Builds the vocabulary from texts already normalized and tokenized into words.
    public init(words list: [String], protected: Set<String>) {
        var counts: [String: Int] = [:]
        for word in list { counts[word, default: 0] += 1 }
        self.init(counts: counts, protected: protected)
    }

    /// Builds the vocabulary from each distinct word's count.
    public init(counts: [String: Int], protected: Set<String>) {
        let stemmer = Stemmer()
        let entries = Self.mostFrequentFirst(counts).map { (word: $0.key, count: $0.value, stem: stemmer.stem($0.key)) }
        self.init(entries: entries, protected: protected)
    }

    /// Builds the vocabulary from its distinct words with their counts and stems, most frequent first (`entries` of
    /// another vocabulary): the spelling corrector prefers the first of equally close words.
    init(entries: [(word: String, count: Int, stem: String)], protected: Set<String>) {
        self.protected = protected
        counts.reserveCapacity(entries.count)
        knownStems.reserveCapacity(entries.count)
        stemTable = WordTable(entries.lazy.map { ($0.word, $0.stem) }, capacity: entries.count)
        for (word, count, stem) in entries {
            counts[word] = count
            knownStems.insert(stem)
            guard word.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { continue }
            let offset = bytes.count
            bytes.append(contentsOf: word.utf8)
            let length = bytes.count - offset, letters = Self.letters(bytes[offset...])
            buckets[Self.bucket(first: bytes[offset], length: length), default: []]
                .append((offset, length, count, words.count, letters))
            words.append(word)
        }
    }

    /// Each stem of a vocabulary word, with the words that have it, built in the order of `entries`.
    public var wordsByStem: [String: Set<String>] {
        let entries = entries
        var wordsByStem: [String: Set<String>] = [:]
        wordsByStem.reserveCapacity(entries.count)
        for (word, _, stem) in entries { wordsByStem[stem, default: []].insert(word) }
        return wordsByStem
    }

    /// Each vocabulary word's stem, as a dictionary built on each call (look-ups go through `stemTable`).
    public var stems: [String: String] { Dictionary(stemTable.pairs.map { ($0, $1) }) { $1 } }

    /// The distinct words with their counts and stems, most frequent first (then alphabetical).
    var entries: [(word: String, count: Int, stem: String)] {
        Self.mostFrequentFirst(counts).map { (word: $0.key, count: $0.value, stem: stemTable[$0.key] ?? $0.key) }
    }

    /// Words by count, most frequent first, then alphabetical.
    private static func mostFrequentFirst(_ counts: [String: Int]) -> [(key: String, value: Int)] {
        counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
    }

    public func isKnown(_ word: String) -> Bool { stemTable[word] != nil }
    public func isKnownStem(_ stem: String) -> Bool { knownStems.contains(stem) }
    public func isProtected(_ word: String) -> Bool { protected.contains(word) }
    public var size: Int { counts.count }

    private static func bucket(first: UInt8, length: Int) -> Int { Int(first) << 8 | min(length, 255) }

    /// The set of letters a-z in a word, one bit each. One edit (even swapping two letters) takes at most one letter
    /// out of the set and puts at most one in, so words within `limit` edits differ by at most `limit` each way.
    private static func letters(_ word: some Sequence<UInt8>) -> UInt32 {
        word.reduce(0) { $0 | 1 << UInt32(($1 &- 97) & 31) }
    }

    /// Whether `bits` has at most `limit` bits set, by clearing its lowest one `limit` times (`nonzeroBitCount` is a
    /// dozen instructions without the POPCNT instruction, which this build does not assume).
    @inline(__always) static func hasAtMost(_ limit: Int, bitsIn bits: UInt32) -> Bool {
        var rest = bits
        for _ in 0..<limit { rest &= rest &- 1 }
        return rest == 0
    }

    /// The most frequent vocabulary word within `limit` edits of `word`, looking at words that start with its first
    /// or second letter (so a swapped first pair is still found) and whose length is within `limit`.
    func closest(to word: [UInt8], limit: Int) -> String? {
        var best: (distance: Int, count: Int, word: Int)?
        let firsts = word.count > 1 && word[1] != word[0] ? [word[0], word[1]] : [word[0]]
        let letters = Self.letters(word)
        bytes.withUnsafeBufferPointer { all in
            word.withUnsafeBufferPointer { query in
                for first in firsts {
                    for length in max(1, word.count - limit)...(word.count + limit) {
                        for candidate in buckets[Self.bucket(first: first, length: length)] ?? [] {
                            if let current = best, candidate.count < current.count, current.distance <= 1 { continue }
                            guard Self.hasAtMost(limit, bitsIn: letters & ~candidate.letters),
                                  Self.hasAtMost(limit, bitsIn: candidate.letters & ~letters) else { continue }
                            let other = UnsafeBufferPointer(rebasing: all[candidate.offset..<(candidate.offset + candidate.length)])
                            let distance = EditDistance.between(query, other, limit: limit)
                            guard distance <= limit else { continue }
                            if let current = best, (distance, -candidate.count) >= (current.distance, -current.count) { continue }
                            best = (distance, candidate.count, candidate.word)
                        }
                    }
                }
            }
        }
        return best.map { words[$0.word] }
    }
}
