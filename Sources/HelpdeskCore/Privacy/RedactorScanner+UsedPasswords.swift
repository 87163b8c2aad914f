/// A password named right after its label without a link, when a verb of using comes before the label: "I used the
/// password tigers for id.me", "tried password hunter again", "she typed her pw letmein and it failed".
///
/// After `used`, `use`, `uses`, `using`, `tried`, `try`, `typed` or `entered`, and at most one of `the`, `my`, `her`,
/// `his`, `their`, `our`, `your`, `a`, `same`, `old` or `new`, a password label (`credentialLabel(at:)`, misspelt too;
/// not `pass`, which needs a link) and a space are followed by one word on `singleWordPassword(from:)`'s terms: it closes
/// the clause and says no state ("I tried the password again", "I used the password for id.me" are kept). A word of the
/// knowledge base's `not_password_words` is none ("the password manager", "the password field", "typed the password
/// twice"); without a knowledge base every other word is read as a password.
extension RedactorScanner {
    /// The password after a label that starts at `index` (a token's start) with a verb of using before it, or nil.
    func usedPassword(at index: Int) -> Hit? {
        // Every password label starts `pa`, `pw`, `p/` or `ps` (`pssword`): most words are passed over on two bytes.
        // The verb is read first: it rules out most words ("pay", "please") before the label's spellings are tried.
        guard lower(bytes[index]) == ASCII.lowerP, case let second = byte(index + 1) | 0x20,
              second == ASCII.lowerA || second == 0x77 || second == ASCII.slash || second == ASCII.lowerS,
              followsUsingVerb(index), let (label, labelEnd) = credentialLabel(at: index), label.kind == .password,
              !label.punctuated, isSpace(byte(labelEnd)) else { return nil }
        var start = labelEnd
        while isSpace(byte(start)) { start += 1 }
        guard let word = singleWordPassword(from: start),
              !notPasswordWords.contains(String(decoding: bytes[word].map(lower), as: UTF8.self)) else { return nil }
        return Hit(kind: .password, start: word.lowerBound, end: word.upperBound)
    }

    /// Whether a verb of using, maybe then one determiner, comes right before `index`: "used the", "tried".
    private func followsUsingVerb(_ index: Int) -> Bool {
        guard var word = previousWord(before: index) else { return false }
        if isUsingWord(word, in: words.passwordDeterminers), let before = previousWord(before: word.lowerBound) { word = before }
        return isUsingWord(word, in: words.usingVerbs)
    }

    /// The word of letters that ends, past spaces, right before `index`.
    private func previousWord(before index: Int) -> Range<Int>? {
        var end = index
        while isSpace(byte(end - 1)) { end -= 1 }
        var start = end
        while isLetter(byte(start - 1)) { start -= 1 }
        return end < index && start < end ? start..<end : nil
    }

    /// Whether `range` is one of `words` (lowercase), any case; words of another length are passed over on one test.
    private func isUsingWord(_ range: Range<Int>, in words: [String]) -> Bool {
        words.contains { $0.utf8.count == range.count && hasWord($0, at: range.lowerBound) }
    }
}
