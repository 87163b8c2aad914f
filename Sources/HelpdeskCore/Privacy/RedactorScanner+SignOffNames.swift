/// Sign-offs and the signature names they place (`unlabeledNames()`): "Thanks," then "Maria Gomez", "Regards, John
/// Smith", "still locked out thanks, John Smith", "-- " then "John Smith, EA".
extension RedactorScanner {
    /// The name filling `line` (with a credential after a `,`, `|`, `(` or `-`, and a final `.` or `!`), capitalized or
    /// all in one case (`uncasedNameEnd(from:before:_:)`), or nil.
    func signatureName(_ line: Range<Int>, _ contexts: NameContexts.Lists) -> Hit? {
        guard let end = nameEnd(from: line.lowerBound, contexts)
                ?? uncasedNameEnd(from: line.lowerBound, before: line.upperBound, contexts) else { return nil }
        var next = end
        while next < line.upperBound, isSpace(bytes[next]) { next += 1 }
        let mark = byte(next)
        guard next == line.upperBound || mark == ASCII.comma || mark == UInt8(ascii: "|")
                || mark == ASCII.openParenthesis || mark == ASCII.dash
                || (mark == ASCII.period || mark == UInt8(ascii: "!")) && next + 1 == line.upperBound else { return nil }
        return Hit(kind: .name, start: line.lowerBound, end: end)
    }

    /// What follows a sign-off that opens `line` (`contexts.signOffs`, or the `--` that opens a signature): empty when
    /// only punctuation does, the text after its comma when one does ("Regards, John Smith"), nil for no sign-off.
    func signOffRest(_ line: Range<Int>, _ contexts: NameContexts.Lists) -> Range<Int>? {
        if byte(line.lowerBound) == ASCII.dash, byte(line.lowerBound + 1) == ASCII.dash, line.count == 2 {
            return line.upperBound..<line.upperBound
        }
        let first = lower(bytes[line.lowerBound])
        for phrase in contexts.signOffs where phrase[0][0] == first {
            guard let end = phraseEnd(phrase, at: line.lowerBound, before: line.upperBound) else { continue }
            var next = end
            while next < line.upperBound, !isLetterOrDigit(bytes[next]), bytes[next] != ASCII.comma { next += 1 }
            if next == line.upperBound { return next..<next }
            guard bytes[next] == ASCII.comma else { continue }
            next += 1
            while next < line.upperBound, isSpace(bytes[next]) { next += 1 }
            return next..<line.upperBound
        }
        return nil
    }

    /// End of the words of `phrase` at `index`, each a whole run of letters and digits (any case), with anything but
    /// letters and digits between them, before `limit`; or nil.
    func phraseEnd(_ phrase: [[UInt8]], at index: Int, before limit: Int) -> Int? {
        var position = index
        for (number, word) in phrase.enumerated() {
            if number > 0 {
                while position < limit, !isLetterOrDigit(bytes[position]) { position += 1 }
            }
            guard position + word.count <= limit else { return nil }
            for offset in word.indices where lower(bytes[position + offset]) != word[offset] { return nil }
            position += word.count
            guard !isLetterOrDigit(byte(position)) else { return nil }
        }
        return position
    }

    /// The name that fills the rest of `line` after a comma, when a sign-off ends right before that comma, wherever
    /// it stands ("locked out. thanks, maria gomez", "cannot log in THANKS, JOHN SMITH"); or nil. Only the commas are
    /// tried, and a sign-off only before a name.
    func signOffBeforeComma(_ line: Range<Int>, _ contexts: NameContexts.Lists) -> Hit? {
        var comma = line.lowerBound + 1
        while comma < line.upperBound {
            defer { comma += 1 }
            guard bytes[comma] == ASCII.comma, isLetterOrDigit(bytes[comma - 1]) else { continue }
            var rest = comma + 1
            while rest < line.upperBound, isSpace(bytes[rest]) { rest += 1 }
            guard rest > comma + 1, rest < line.upperBound, let hit = signatureName(rest..<line.upperBound, contexts),
                  contexts.signOffs.contains(where: { phraseStart($0, endingAt: comma, after: line.lowerBound) != nil })
            else { continue }
            return hit
        }
        return nil
    }

    /// Where the words of `phrase` start when they end right at `end` (each a whole run of letters and digits, any
    /// case, with anything but letters and digits between them), not before `limit`; or nil.
    func phraseStart(_ phrase: [[UInt8]], endingAt end: Int, after limit: Int) -> Int? {
        var position = end
        for (number, word) in phrase.reversed().enumerated() {
            if number > 0 {
                while position > limit, !isLetterOrDigit(bytes[position - 1]) { position -= 1 }
            }
            guard position - word.count >= limit else { return nil }
            position -= word.count
            for offset in word.indices where lower(bytes[position + offset]) != word[offset] { return nil }
            guard !isLetterOrDigit(byte(position - 1)) else { return nil }
        }
        return position
    }
}
