/// Splits pasted text into pieces that may each hold one problem: lines, sentences, and clauses joined by a
/// connector ("and also", "plus", "as well as", "another thing" and the like, or ", and" / ", also" right after a
/// comma). The connectors and the abbreviations whose dot does not end a sentence (`e.g.`, `Mr.`, `U.S.`) are the
/// knowledge base's (`Lexicon`); a single letter before a dot ("J. Smith") and dots inside words (`id.me`,
/// `api.id.me/en`) never end one. Each piece keeps at least two words; a connector with fewer on either side is left
/// alone.
public final class ProblemSplitter: Sendable {
    /// Words that join two problems; the text is cut before them and they are dropped.
    public let connectors: [String]
    /// Connectors that join two problems only right after a comma ("forgot my password, and ...").
    public let commaConnectors: [String]
    /// Lowercase words ending in a dot that do not end a sentence, without the dot.
    public let abbreviations: Set<String>
    /// `connectors` and `commaConnectors` as lists of lowercase words, longest first, so "and also" wins over "and".
    private let connectorWords: [[String]]
    private let commaConnectorWords: [[String]]
    /// The words any connector starts with: most words are not one, and need no further look.
    let firstWords: Set<String>
    /// `firstWords` as bytes, and each connector's words as bytes, for `asciiHasNoConnector(_:)`.
    private let firstWordBytes: [[UInt8]]
    private let connectorWordBytes: [[[UInt8]]]
    private let commaConnectorWordBytes: [[[UInt8]]]

    /// A splitter that cuts at `connectors` anywhere and at `commaConnectors` after a comma (both matched without
    /// regard to case), and does not end a sentence at the dot after one of `abbreviations` (written without it).
    /// With none, it cuts only at line breaks and sentence ends.
    public init(connectors: [String] = [], commaConnectors: [String] = [], abbreviations: Set<String> = []) {
        self.connectors = connectors
        self.commaConnectors = commaConnectors
        self.abbreviations = Set(abbreviations.map { $0.lowercased() })
        func words(_ connectors: [String]) -> [[String]] {
            let split = connectors.map { $0.lowercased().split(whereSeparator: \.isWhitespace).map(String.init) }.filter { !$0.isEmpty }
            return split.enumerated().sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }.map(\.element)
        }
        connectorWords = words(connectors)
        commaConnectorWords = words(commaConnectors)
        firstWords = Set((connectorWords + commaConnectorWords).map { $0[0] })
        firstWordBytes = firstWords.map { Array($0.utf8) }
        connectorWordBytes = connectorWords.map { $0.map { Array($0.utf8) } }
        commaConnectorWordBytes = commaConnectorWords.map { $0.map { Array($0.utf8) } }
    }

    /// The splitter for a knowledge base's lexicon (`problem_connectors`, `comma_connectors`, `abbreviations`).
    public convenience init(lexicon: Lexicon) {
        self.init(connectors: lexicon.problemConnectors, commaConnectors: lexicon.commaConnectors, abbreviations: lexicon.abbreviations)
    }

    /// The non-empty pieces of `text`, trimmed, in order. Text without a boundary comes back as one piece.
    /// A sentence that ends in a colon ("Office manager:", "Caller says:", "now id.me shows:") introduces what
    /// follows and is no piece of its own; a short one is a heading, which `Matcher` also leaves out of the whole
    /// text (`withoutHeadings`).
    public func split(_ text: String) -> [String] {
        sentences(text).filter { !$0.hasSuffix(":") }.flatMap(clauses).filter(Self.hasWords)
    }

    /// The most words a heading has: "Google Workspace admin here:" is one, "now id.me shows:" is part of what the
    /// person says.
    public static let maximumHeadingWords = 4

    /// Whether a sentence is a heading: it ends in a colon and has at most `maximumHeadingWords` words.
    static func isHeading(_ sentence: String) -> Bool {
        sentence.hasSuffix(":") && sentence.split(separator: " ").count <= maximumHeadingWords
    }

    private static func hasWords(_ text: String) -> Bool { text.contains { $0.isLetter || $0.isNumber } }

    /// `text` without its headings ("Office manager:", "Caller says:"), its other sentences joined by a space; nil
    /// when it has no heading, or nothing with a letter or digit besides.
    public func withoutHeadings(_ text: String) -> String? {
        guard text.containsByte(UInt8(ascii: ":")) else { return nil }
        let all = sentences(text)
        let kept = all.filter { !Self.isHeading($0) }
        guard kept.count < all.count, kept.contains(where: Self.hasWords) else { return nil }
        return kept.joined(separator: " ")
    }

    /// Cuts at line breaks and at `.`, `!`, `?`, `;`, `:` followed by a space or the end ("caller says: she lost her phone").
    func sentences(_ text: String) -> [String] {
        var utf8 = text
        if let ascii = utf8.withUTF8({ asciiSentences($0) }) { return ascii }
        return characterSentences(text)
    }

    /// `sentences(_:)` character by character, for any text.
    func characterSentences(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        let characters = Array(text)
        for (i, character) in characters.enumerated() {
            if character.isNewline {
                pieces.append(current)
                current = ""
                continue
            }
            current.append(character)
            guard ".!?;:".contains(character) else { continue }
            let next = i + 1 < characters.count ? characters[i + 1] : " "
            guard next.isWhitespace else { continue }
            if character == ".", endsWithAbbreviation(current) { continue }
            pieces.append(current)
            current = ""
        }
        pieces.append(current)
        return pieces.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Cuts a sentence before each connector that starts a clause (after a comma, or joining two clauses of 2+ words).
    func clauses(_ sentence: String) -> [String] {
        var utf8 = sentence
        if utf8.withUTF8({ asciiHasNoConnector($0) }) {
            let cleaned = clean(sentence)
            return cleaned.isEmpty ? [] : [cleaned]
        }
        return connectorClauses(sentence)
    }

    /// `clauses(_:)` word by word, for any sentence.
    func connectorClauses(_ sentence: String) -> [String] {
        var words = sentence.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // Each word's bare form and trailing comma, worked out once for all the connector comparisons.
        var bareWords = words.map(bare)
        var commas = words.map { $0.hasSuffix(",") }
        // "Also, my phone was stolen.": a sentence that opens with a connector loses it.
        if let length = connectorLength(at: 0, bare: bareWords, commas: commas, opening: true), words.count - length >= 2 {
            words.removeFirst(length)
            bareWords.removeFirst(length)
            commas.removeFirst(length)
        }
        var pieces: [[String]] = [[]]
        var i = 0
        while i < words.count {
            if let length = connectorLength(at: i, bare: bareWords, commas: commas), (pieces.last?.count ?? 0) >= 2,
               words.count - i - length >= 2 {
                pieces.append([])
                i += length
                continue
            }
            pieces[pieces.count - 1].append(words[i])
            i += 1
        }
        return pieces.map { clean($0.joined(separator: " ")) }.filter { !$0.isEmpty }
    }

    /// The clauses of `piece` cut at commas, each of at least three words; empty when there is no such cut.
    /// Cut on the UTF-8 bytes: a comma is one byte, and cutting by characters cost thousands of instructions a line.
    public func commaClauses(_ piece: String) -> [String] {
        guard piece.containsByte(UInt8(ascii: ",")) else { return [] }
        let bytes = piece.utf8
        var clauses: [String] = []
        var start = bytes.startIndex
        var i = start
        while true {
            let atEnd = i == bytes.endIndex
            if atEnd || bytes[i] == UInt8(ascii: ",") {
                if start < i { clauses.append(clean(String(piece[start..<i]))) }  // ",," cuts nothing between
                if atEnd { break }
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        guard clauses.count > 1, clauses.allSatisfy({ Self.wordCount($0) >= 3 }) else { return [] }
        return clauses
    }

    /// The number of words of `text` between single spaces, as `split(separator: " ").count` counts them.
    private static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 32 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// The number of words of the connector that starts at `index`, if one does; `bare` holds each word's `bare(_:)`
    /// form and `commas` whether it ends in a comma.
    private func connectorLength(at index: Int, bare: [String], commas: [Bool], opening: Bool = false) -> Int? {
        guard index < bare.count, firstWords.contains(bare[index]) else { return nil }
        let afterComma = opening || (index > 0 && commas[index - 1])
        func matches(_ parts: [String]) -> Bool {
            guard index + parts.count <= bare.count, bare[index..<(index + parts.count)].elementsEqual(parts) else { return false }
            // A connector's last word may carry a comma ("also,"); its inner words may not.
            return !commas[index..<(index + parts.count - 1)].contains(true)
        }
        for parts in connectorWords where matches(parts) { return parts.count }
        if afterComma {
            for parts in commaConnectorWords where matches(parts) { return parts.count }
        }
        return nil
    }

    private func endsWithAbbreviation(_ text: String) -> Bool {
        let last = text.split(separator: " ").last.map { String($0.dropLast()).lowercased() } ?? ""
        let word = String(last.drop { !$0.isLetter })
        return word.count == 1 || abbreviations.contains(word)
    }

    /// A word without surrounding punctuation, lowercased.
    private func bare(_ word: String) -> String {
        var utf8 = word
        if let ascii = utf8.withUTF8({ Self.asciiBare($0) }) { return ascii }
        return String(word.lowercased().drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed())
    }

    /// `bare(_:)` for an all-ASCII word (letters are A-Z and a-z); nil for other words.
    private static func asciiBare(_ word: UnsafeBufferPointer<UInt8>) -> String? {
        guard !word.contains(where: { $0 >= 0x80 }) else { return nil }
        func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 97 && byte | 0x20 <= 122 }
        var lower = 0, upper = word.count
        while lower < upper, !isLetter(word[lower]) { lower += 1 }
        while upper > lower, !isLetter(word[upper - 1]) { upper -= 1 }
        return String(unsafeUninitializedCapacity: upper - lower) { out in
            for i in lower..<upper { out[i - lower] = word[i] >= 65 && word[i] <= 90 ? word[i] + 32 : word[i] }
            return upper - lower
        }
    }

    /// Trims spaces and the commas or dashes a cut leaves at either end.
    private func clean(_ text: String) -> String {
        var utf8 = text
        switch utf8.withUTF8({ Self.asciiClean($0) }) {
        case .unchanged: return text
        case .trimmed(let trimmed): return trimmed
        case .notASCII: return characterClean(text)
        }
    }

    func characterClean(_ text: String) -> String {
        let junk: Set<Character> = [",", "-", "–", "—", ":", " "]
        return String(text.drop { junk.contains($0) }.reversed().drop { junk.contains($0) }.reversed())
    }
}

// MARK: - ASCII fast paths

extension ProblemSplitter {
    /// `characterSentences(_:)` over the bytes of an all-ASCII text, where every byte is one character (a "\r\n" pair
    /// only adds an empty piece, which is dropped); nil when the text has other bytes.
    func asciiSentences(_ text: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard !text.contains(where: { $0 >= 0x80 }) else { return nil }
        func isWhitespace(_ byte: UInt8) -> Bool { byte == 32 || (byte >= 9 && byte <= 13) }
        var pieces: [String] = []
        func add(_ range: Range<Int>) {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, isWhitespace(text[lower]) { lower += 1 }
            while upper > lower, isWhitespace(text[upper - 1]) { upper -= 1 }
            if lower < upper { pieces.append(String(decoding: UnsafeBufferPointer(rebasing: text[lower..<upper]), as: UTF8.self)) }
        }
        var start = 0
        for i in 0..<text.count {
            let byte = text[i]
            if byte >= 10 && byte <= 13 {
                add(start..<i)
                start = i + 1
                continue
            }
            guard byte == 46 || byte == 33 || byte == 63 || byte == 59 || byte == 58 else { continue }
            guard isWhitespace(i + 1 < text.count ? text[i + 1] : 32) else { continue }
            if byte == 46, asciiEndsWithAbbreviation(text, start..<(i + 1)) { continue }
            add(start..<(i + 1))
            start = i + 1
        }
        add(start..<text.count)
        return pieces
    }

    /// Whether an all-ASCII sentence, with no run of spaces, holds no connector where one could cut: no
    /// `connectors` item anywhere, and no `commaConnectors` item at the start or after a word ending in a comma.
    /// Then `clauses(_:)` has nothing to cut and comes down to `clean(_:)`. False when that is not sure.
    func asciiHasNoConnector(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !firstWordBytes.isEmpty else { return !text.contains { $0 >= 0x80 } && !hasRunOfSpaces(text) }
        // Each word's letters (as `bare(_:)` trims it) and whether the word ends in a comma.
        var words: [(range: Range<Int>, comma: Bool)] = []
        var start = 0
        for i in 0...text.count {
            guard i == text.count || text[i] == 32 else {
                if text[i] >= 0x80 { return false }
                continue
            }
            if i == start, i < text.count { return false }  // a run of spaces: the slow path joins words with one
            var lower = start, upper = i
            while lower < upper, !(text[lower] | 0x20 >= 97 && text[lower] | 0x20 <= 122) { lower += 1 }
            while upper > lower, !(text[upper - 1] | 0x20 >= 97 && text[upper - 1] | 0x20 <= 122) { upper -= 1 }
            if i > start { words.append((lower..<upper, text[i - 1] == 44)) }
            start = i + 1
        }
        // Compared as `bare(_:)` compares: only A-Z are lowered (`| 0x20` would also turn "_" into DEL).
        func equal(_ part: [UInt8], _ range: Range<Int>) -> Bool {
            guard range.count == part.count else { return false }
            var k = range.lowerBound
            for byte in part {
                let c = text[k]
                if byte != (c >= 65 && c <= 90 ? c | 0x20 : c) { return false }
                k += 1
            }
            return true
        }
        func matches(_ connector: [[UInt8]], at w: Int) -> Bool {
            guard w + connector.count <= words.count else { return false }
            for k in connector.indices where !equal(connector[k], words[w + k].range) { return false }
            return true
        }
        for w in words.indices where firstWordBytes.contains(where: { equal($0, words[w].range) }) {
            if connectorWordBytes.contains(where: { matches($0, at: w) }) { return false }
            if w == 0 || words[w - 1].comma, commaConnectorWordBytes.contains(where: { matches($0, at: w) }) { return false }
        }
        return true
    }

    private func hasRunOfSpaces(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.indices.dropFirst().contains { text[$0] == 32 && text[$0 - 1] == 32 }
    }

    /// `endsWithAbbreviation(_:)` for ASCII text ending in the dot.
    private func asciiEndsWithAbbreviation(_ text: UnsafeBufferPointer<UInt8>, _ current: Range<Int>) -> Bool {
        var end = current.upperBound
        while end > current.lowerBound, text[end - 1] == 32 { end -= 1 }
        var start = end
        while start > current.lowerBound, text[start - 1] != 32 { start -= 1 }
        guard start < end else { return false }
        end -= 1  // the last character, the dot
        while start < end, !(text[start] | 0x20 >= 97 && text[start] | 0x20 <= 122) { start += 1 }
        if end - start == 1 { return true }
        let word = String(unsafeUninitializedCapacity: end - start) { out in
            for i in start..<end { out[i - start] = text[i] >= 65 && text[i] <= 90 ? text[i] + 32 : text[i] }
            return end - start
        }
        return abbreviations.contains(word)
    }

    enum ASCIIClean: Equatable {
        case notASCII, unchanged, trimmed(String)
    }

    /// `clean(_:)` for an all-ASCII text (its junk characters there are comma, hyphen, colon and space).
    static func asciiClean(_ text: UnsafeBufferPointer<UInt8>) -> ASCIIClean {
        guard !text.contains(where: { $0 >= 0x80 }) else { return .notASCII }
        func isJunk(_ byte: UInt8) -> Bool { byte == 44 || byte == 45 || byte == 58 || byte == 32 }
        var lower = 0, upper = text.count
        while lower < upper, isJunk(text[lower]) { lower += 1 }
        while upper > lower, isJunk(text[upper - 1]) { upper -= 1 }
        if lower == 0, upper == text.count { return .unchanged }
        return .trimmed(String(decoding: UnsafeBufferPointer(rebasing: text[lower..<upper]), as: UTF8.self))
    }
}
