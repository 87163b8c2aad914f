/// The ASCII fast paths of `ProblemSplitter`: each works on the UTF-8 bytes of all-ASCII text and gives the answer
/// of its character-by-character counterpart; for other text it declines (nil, `.notASCII` or false).
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
            if byte == 58, asciiValueFollows(text, after: i) { continue }
            add(start..<(i + 1))
            start = i + 1
        }
        add(start..<text.count)
        return pieces
    }

    /// Whether the first character after `index` on the same line, past spaces and tabs, is a digit or the `[` of a
    /// redaction placeholder: the colon at `index` joins a label to its value ("code: 482913").
    private func asciiValueFollows(_ text: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        var i = index + 1
        while i < text.count, text[i] == 32 || text[i] == 9 { i += 1 }
        return i < text.count && ((text[i] >= 48 && text[i] <= 57) || text[i] == 91)
    }

    /// Whether an all-ASCII sentence, with no run of spaces, holds no connector where one could cut: no
    /// `connectors` item anywhere, and no `commaConnectors` item at the start or after a word ending in a comma.
    /// Then `clauses(_:)` has nothing to cut and comes down to `clean(_:)`. False when that is not sure.
    func asciiHasNoConnector(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !firstWordBytes.isEmpty else { return !text.contains { $0 >= 0x80 } && !hasRunOfSpaces(text) }
        // Each word's letters (as `bare(_:)` trims it) and whether the word ends in a comma, in temporary memory (an
        // array of them cost about 300 instructions a sentence): one word and one space each at most.
        return withUnsafeTemporaryAllocation(of: (range: Range<Int>, comma: Bool).self, capacity: text.count / 2 + 1) { words in
            var count = 0
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
                if i > start {
                    (words.baseAddress! + count).initialize(to: (lower..<upper, text[i - 1] == 44))
                    count += 1
                }
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
                guard w + connector.count <= count else { return false }
                for k in connector.indices where !equal(connector[k], words[w + k].range) { return false }
                return true
            }
            for w in 0..<count where mayOpenConnector(words[w].range, in: text)
                && firstWordBytes.contains(where: { equal($0, words[w].range) }) {
                if connectorWordBytes.contains(where: { matches($0, at: w) }) { return false }
                if w == 0 || words[w - 1].comma, commaConnectorWordBytes.contains(where: { matches($0, at: w) }) { return false }
            }
            return true
        }
    }

    /// Whether the word at `range` of `text` (letters at both ends, as `bare(_:)` leaves it) has the length and first
    /// letter of one of `firstWords` (`firstWordShapes`).
    private func mayOpenConnector(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !range.isEmpty else { return false }
        let letter = Int(text[range.lowerBound] | 0x20) - 97
        return firstWordShapes[min(range.count, firstWordShapes.count - 1)] & (1 << letter) != 0
    }

    /// `firstWordShapes` for `words`: a first word that opens with no letter is never a bare word's match.
    static func shapes(of words: [[UInt8]]) -> [UInt32] {
        var shapes = [UInt32](repeating: 0, count: 32)
        for word in words {
            guard let first = word.first, first | 0x20 >= 97, first | 0x20 <= 122 else { continue }
            shapes[min(word.count, shapes.count - 1)] |= 1 << (Int(first | 0x20) - 97)
        }
        return shapes
    }

    private func hasRunOfSpaces(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.indices.dropFirst().contains { text[$0] == 32 && text[$0 - 1] == 32 }
    }

    /// `bare(_:)` for an all-ASCII word (letters are A-Z and a-z); nil for other words.
    static func asciiBare(_ word: UnsafeBufferPointer<UInt8>) -> String? {
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
