/// A label said after the number it names: "1 2 3 4 5 6 7 8 9 is my ssn", "1 2 3 4 5 6 7 8 9 (ssn)", "one two three
/// ... nine is her social", "8 6 6 2 5 5 0 6 5 4 is my cell", "01/02/1980 is her date of birth".
///
/// After the number, on the same line, an optional `,`, `:`, `-` or `(`, then at most four words that only link
/// the number to its label (`is`, `was`, `that's`, `my`, `her`, `the`, `wife's`...: `linkWords`); the next word is the
/// label. Any other word first ends the look: "... is my ticket number" names a ticket, not a phone.
extension RedactorScanner {
    /// The kind of number the label after `end` names: `[SSN]` for an SSN, ITIN or TIN label, `social` or `tax id`;
    /// `[EIN]` for an EIN label or `federal id` (`fed id`); `[PHONE]` for a phone word (`isPhoneLabel`); `[PTIN]` for
    /// a PTIN label; `[DOB]` for a birth label (`dob`, `birthday`, `date of birth`, `birth date`); nil when none follows.
    func kindNamed(after end: Int) -> Redaction.Kind? {
        guard let (label, nextStart) = labelWords(after: end) else { return nil }
        let reach = min(bytes.count, end + Self.contextReach)
        let next = wordAt(nextStart, reach: reach).map(lower)
        if isBirthLabel(label) || label.elementsEqual("date".utf8) && next.elementsEqual("of".utf8)
            && isBirthLabel(wordAt(skipSpaces(nextStart + 2, limit: 2), reach: reach).map(lower)) {
            return .dateOfBirth
        }
        let isID = next.elementsEqual("id".utf8) || next.elementsEqual("identification".utf8)
        if isSSNLabel(label) || words.taxpayerLabels.contains(where: { label.elementsEqual($0.utf8) })
            || label.elementsEqual("social".utf8) || (label.elementsEqual("tax".utf8) && isID) {
            return .ssn
        }
        if isEINLabel(label) || ((label.elementsEqual("federal".utf8) || label.elementsEqual("fed".utf8)) && isID) {
            return .ein
        }
        if isPTINLabel(label) { return .ptin }
        return isPhoneLabel(label) ? .phone : nil
    }

    /// The first word after `end` that is no link word, lowercased, and where the word after it starts.
    private func labelWords(after end: Int) -> ([UInt8], Int)? {
        let reach = min(bytes.count, end + Self.contextReach)
        var position = skipSpaces(end, limit: 2)
        let opening = byte(position)
        if opening == ASCII.comma || opening == ASCII.colon || opening == ASCII.dash || opening == ASCII.openParenthesis {
            position = skipSpaces(position + 1, limit: 2)
        }
        var links = 0
        while position < reach {
            let word = wordAt(position, reach: reach)
            guard !word.isEmpty else { return nil }
            position = skipSpaces(position + word.count, limit: 2)
            let lowered = word.map(lower)
            guard links < 4, Self.linkWords.contains(where: { lowered.elementsEqual($0.utf8) }) else {
                return (lowered.filter { $0 != 0x27 }, position)
            }
            links += 1
        }
        return nil
    }

    /// The letters and apostrophes at `index`, up to `reach`.
    private func wordAt(_ index: Int, reach: Int) -> [UInt8] {
        var end = index
        while end < reach, isLetter(bytes[end]) || (bytes[end] == 0x27 && end > index) { end += 1 }
        return Array(bytes[index..<end])
    }

    /// Words said between a number and its label: links, possessives and whose number it is.
    private static let linkWords = [
        "is", "was", "that's", "thats", "it's", "its", "being", "the", "my", "her", "his", "our", "their", "your",
        "a", "an", "new", "old", "wife's", "wifes", "husband's", "husbands", "spouse's", "spouses", "spouse", "client's",
        "clients", "client", "son's", "daughter's", "mom's", "dad's",
    ]
}
