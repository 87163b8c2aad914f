/// Words that say a piece of pasted text raises a further problem: "I also lost my phone", "plus the reset email never
/// came", "my phone is gone too". They are the lexicon's `additive_words` (anywhere in the piece, or in the connector cut
/// off before it) and `additive_endings` (only as the piece's last words: "too many attempts" adds nothing), compared
/// as the normalizer writes words.
public struct AdditiveMarkers: Sendable {
    /// Each additive word or phrase as a run of normalized words.
    public let words: [[String]]
    /// Each additive ending as a run of normalized words.
    public let endings: [[String]]
    private static let pipeline = TextPipeline(stages: [Normalizer(), Tokenizer()])
    /// The first word of each marker and the last word of each ending, lowercase ASCII bytes: a text that holds none
    /// of them as a word is told so without analysing it (most pieces hold none).
    private let cueWords: [[UInt8]]
    private let lastWords: [[UInt8]]

    public init(words: [String] = [], endings: [String] = []) {
        self.words = words.map { Self.pipeline.analyze($0).terms }.filter { !$0.isEmpty }
        self.endings = endings.map { Self.pipeline.analyze($0).terms }.filter { !$0.isEmpty }
        lastWords = Array(Set(self.endings.compactMap(\.last))).map { Array($0.utf8) }
        cueWords = Array(Set(self.words.compactMap(\.first))).map { Array($0.utf8) } + lastWords
    }

    /// Whether `text` may hold a marker: false only when it is ASCII and none of its words is one of `cueWords`.
    private func mayHoldMarker(_ text: String) -> Bool {
        guard !cueWords.isEmpty else { return false }
        return Self.asciiWords(text) { word in cueWords.contains { Self.lowered(word, is: $0) } } ?? true
    }

    /// Whether `text` may end in an ending: false only when it is ASCII and its last word is no ending's last word.
    public func mayEndAdditively(_ text: String) -> Bool {
        guard !lastWords.isEmpty else { return false }
        var endsInOne = false
        guard Self.asciiWords(text, { word in endsInOne = lastWords.contains { Self.lowered(word, is: $0) }; return false }) != nil
        else { return true }
        return endsInOne
    }

    /// Calls `found` with each word of ASCII `text` (runs of letters, and `'` after a letter), as typed, until it
    /// returns true; nil when `text` is not ASCII. Read from the text's contiguous bytes, with no lowered copy of a
    /// word (`lowered(_:is:)` compares): the copy, and the compare through `elementsEqual`, cost about 5,800
    /// instructions a piece.
    private static func asciiWords(_ text: String, _ found: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            var start = -1  // the first byte of the word being read, or -1
            for i in 0..<bytes.count {
                let byte = bytes[i]
                guard byte < 0x80 else { return nil }
                let lower = byte | 0x20
                if lower >= 97 && lower <= 122 && byte >= 65 {
                    if start < 0 { start = i }
                } else if byte == 39, start >= 0 {
                    continue
                } else if start >= 0 {
                    if found(UnsafeBufferPointer(rebasing: bytes[start..<i])) { return true }
                    start = -1
                }
            }
            if start >= 0, found(UnsafeBufferPointer(rebasing: bytes[start...])) { return true }
            return false
        }
    }

    /// Whether `word` (ASCII letters and `'`, as typed) lowered is `cue` (lowercase bytes).
    private static func lowered(_ word: UnsafeBufferPointer<UInt8>, is cue: [UInt8]) -> Bool {
        guard word.count == cue.count else { return false }
        for i in 0..<word.count where word[i] | 0x20 != cue[i] { return false }
        return true
    }

    /// Whether `text` (a piece, or the piece with the connector before it) holds an additive word, or ends in an
    /// additive ending.
    public func mark(_ text: String) -> Bool {
        mayHoldMarker(text) && !markedTokens(Self.pipeline.analyze(text).terms).isEmpty
    }

    /// Whether `text` ends in one of the additive endings ("my phone is gone too").
    public func endsAdditively(_ text: String) -> Bool {
        let terms = Self.pipeline.analyze(text).terms
        return endings.contains { $0.count <= terms.count && TermRun.matches($0, in: terms, at: terms.count - $0.count) }
    }

    /// `piece` without its additive words and ending, its other text as written ("I also lost my phone" is "I lost my
    /// phone"); nil when it has none, or nothing else with a letter or digit.
    public func stripped(_ piece: String) -> String? {
        guard mayHoldMarker(piece) else { return nil }
        let analysis = Self.pipeline.analyze(piece)
        let marked = markedTokens(analysis.terms)
        guard !marked.isEmpty, marked.count < analysis.tokens.count else { return nil }
        var bytes = Array(piece.utf8)
        for index in marked.sorted(by: >) {
            let range = analysis.tokens[index].range
            // The space before the word goes with it, so no double space is left.
            let start = range.lowerBound > 0 && bytes[range.lowerBound - 1] == 32 ? range.lowerBound - 1 : range.lowerBound
            bytes.removeSubrange(start..<range.upperBound)
        }
        return String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
    }

    /// The places of `terms` that an additive word covers anywhere, or an additive ending covers at the end.
    private func markedTokens(_ terms: [String]) -> Set<Int> {
        var marked: Set<Int> = []
        for start in terms.indices {
            for phrase in words where TermRun.matches(phrase, in: terms, at: start) {
                marked.formUnion(start..<start + phrase.count)
            }
        }
        for phrase in endings where phrase.count <= terms.count && TermRun.matches(phrase, in: terms, at: terms.count - phrase.count) {
            marked.formUnion(terms.count - phrase.count..<terms.count)
        }
        return marked
    }
}
