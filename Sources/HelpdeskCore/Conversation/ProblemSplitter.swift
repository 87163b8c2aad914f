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
    /// Lowercase words that, opening a sentence before a comma or colon, only number a list's item ("second, ...").
    public let listOpeners: Set<String>
    /// `connectors` and `commaConnectors` as lists of lowercase words, longest first, so "and also" wins over "and".
    private let connectorWords: [[String]]
    private let commaConnectorWords: [[String]]
    /// The words any connector starts with: most words are not one, and need no further look.
    let firstWords: Set<String>
    /// `firstWords` as bytes, and each connector's words as bytes, for `asciiHasNoConnector(_:)`.
    let firstWordBytes: [[UInt8]]
    /// For each length (the last slot: that many or more), a bit per letter a-z that a first word of that length opens
    /// with: `asciiHasNoConnector(_:)` passes over most words on this one test (with its word list allocated once, it
    /// went from about 4,000 to about 1,900 instructions a sentence).
    let firstWordShapes: [UInt32]
    let connectorWordBytes: [[[UInt8]]]
    let commaConnectorWordBytes: [[[UInt8]]]

    /// A splitter that cuts at `connectors` anywhere and at `commaConnectors` after a comma (both matched without
    /// regard to case), and does not end a sentence at the dot after one of `abbreviations` (written without it).
    /// With none, it cuts only at line breaks and sentence ends. A sentence that opens with one of `listOpeners` and a
    /// comma or colon ("second, new phone") loses it.
    public init(connectors: [String] = [], commaConnectors: [String] = [], abbreviations: Set<String> = [],
                listOpeners: Set<String> = []) {
        self.connectors = connectors
        self.commaConnectors = commaConnectors
        self.abbreviations = Set(abbreviations.map { $0.lowercased() })
        self.listOpeners = Set(listOpeners.map { $0.lowercased() })
        func words(_ connectors: [String]) -> [[String]] {
            let split = connectors.map { $0.lowercased().split(whereSeparator: \.isWhitespace).map(String.init) }.filter { !$0.isEmpty }
            return split.enumerated().sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }.map(\.element)
        }
        connectorWords = words(connectors)
        commaConnectorWords = words(commaConnectors)
        firstWords = Set((connectorWords + commaConnectorWords).map { $0[0] })
        firstWordBytes = firstWords.map { Array($0.utf8) }
        firstWordShapes = Self.shapes(of: firstWordBytes)
        connectorWordBytes = connectorWords.map { $0.map { Array($0.utf8) } }
        commaConnectorWordBytes = commaConnectorWords.map { $0.map { Array($0.utf8) } }
    }

    /// The splitter for a knowledge base's lexicon (`problem_connectors`, `comma_connectors`, `abbreviations`,
    /// `list_openers`).
    public convenience init(lexicon: Lexicon) {
        self.init(connectors: lexicon.problemConnectors, commaConnectors: lexicon.commaConnectors, abbreviations: lexicon.abbreviations,
                  listOpeners: lexicon.listOpeners)
    }

    /// The non-empty pieces of `text`, trimmed, in order. Text without a boundary comes back as one piece.
    /// A sentence that ends in a colon ("Office manager:", "Caller says:", "now id.me shows:") introduces what
    /// follows and is no piece of its own; a short one is a heading, which `Matcher` also leaves out of the whole
    /// text (`withoutHeadings`).
    public func split(_ text: String) -> [String] {
        // One list, filled sentence by sentence: a chain of filter, map and flatMap made an array at each step, and
        // one for each sentence's clauses (about 1,000 instructions a batch line).
        var pieces: [String] = []
        for sentence in sentences(text) where !sentence.hasSuffix(":") {
            appendClauses(of: withoutListOpener(sentence) ?? sentence, to: &pieces)
        }
        pieces.removeAll { !Self.hasWords($0) }
        return pieces
    }

    /// The most words a heading has: "Google Workspace admin here:" is one, "now id.me shows:" is part of what the
    /// person says.
    public static let maximumHeadingWords = 4

    /// Whether a sentence is a heading: it ends in a colon and has at most `maximumHeadingWords` words.
    static func isHeading(_ sentence: String) -> Bool {
        sentence.hasSuffix(":") && sentence.split(separator: " ").count <= maximumHeadingWords
    }

    private static func hasWords(_ text: String) -> Bool {
        // Read byte by byte up to the first letter or digit, which opens its own character while every byte before it
        // is ASCII (where a letter is A-Z or a-z and a number 0-9, as `Character` tells them); by characters from
        // the first byte outside ASCII.
        for byte in text.utf8 {
            if byte >= 0x80 { return text.contains { $0.isLetter || $0.isNumber } }
            if (byte | 0x20 >= 97 && byte | 0x20 <= 122) || (byte >= 48 && byte <= 57) { return true }
        }
        return false
    }

    /// `text` without its headings ("Office manager:", "Caller says:"), its other sentences joined by a space; nil
    /// when it has no heading, or nothing with a letter or digit besides.
    public func withoutHeadings(_ text: String) -> String? {
        guard text.containsByte(UInt8(ascii: ":")) else { return nil }
        let all = sentences(text)
        let kept = all.filter { !Self.isHeading($0) }
        guard kept.count < all.count, kept.contains(where: Self.hasWords) else { return nil }
        return kept.joined(separator: " ")
    }

    /// Cuts at line breaks and at `.`, `!`, `?`, `;`, `:` followed by a space or the end ("caller says: she lost her phone");
    /// but not at a colon between a label and its value on the same line, a number or a redaction placeholder
    /// ("code: 482913 didnt work", "code: [CODE] didnt work"). Also cuts before each item of a numbered list
    /// ("1) forgot password 2) new phone"), whose numbers are left out, and leaves out the bullets of a bulleted list
    /// ("- forgot password" / "* new phone").
    func sentences(_ text: String) -> [String] {
        if let unbulleted = Self.withoutBullets(text) { return numberedSentences(unbulleted) }
        return numberedSentences(text)
    }

    /// `sentences(_:)` for text without bullets.
    private func numberedSentences(_ text: String) -> [String] {
        guard let list = Self.listItems(text) else { return plainSentences(text) }
        return ([list.lead].compactMap { $0 } + list.items).flatMap(plainSentences)
    }

    /// `sentences(_:)` for text that is no numbered list.
    private func plainSentences(_ text: String) -> [String] {
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
            if character == ":", let value = characters[(i + 1)...].first(where: { $0.isNewline || !$0.isWhitespace }),
               value.isNumber || value == "[" { continue }
            pieces.append(current)
            current = ""
        }
        pieces.append(current)
        return pieces.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Cuts a sentence before each connector that starts a clause (after a comma, or joining two clauses of 2+ words).
    func clauses(_ sentence: String) -> [String] {
        var clauses: [String] = []
        appendClauses(of: sentence, to: &clauses)
        return clauses
    }

    /// `clauses(_:)` appended to `pieces`: a sentence with no connector makes no list of its own.
    private func appendClauses(of sentence: String, to pieces: inout [String]) {
        var utf8 = sentence
        if utf8.withUTF8({ asciiHasNoConnector($0) }) {
            let cleaned = clean(sentence)
            if !cleaned.isEmpty { pieces.append(cleaned) }
            return
        }
        pieces += connectorClauses(sentence)
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
