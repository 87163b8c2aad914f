/// User names of letters alone after their label and a link: "username: jdoe", "my username is janedoe", "user ID:
/// JDOE", "her login is jdoe".
///
/// After `username`, `user name`, `userid`, `user id`, `login id` or `login name` and `is`, `was`, `:` or `=`, one word
/// of 3 to 32 letters that is no common word (`isCommonWord(_:)`: "my username is wrong", "my username is my email",
/// "USERNAME: UNKNOWN" are kept) is `[USERNAME]`. After `login` alone the terms are stricter: only `:` or `is` between
/// them, and the word stands alone, up to the end of the text, the line, the sentence or the clause, or before a word
/// that joins another clause (`and`, `but`, `so`, `because`...: "login is jdoe but it fails"), or wherever it stands
/// when it is none of the knowledge base's or English words (`isUnknownWord(_:)`: "Login: jsmith forgot password");
/// "login: failed", "login is broken", "login is taking forever" are kept. It may then hold digits, `.`, `_` and `-` too (`login: jdoe42`).
/// Without a link, or with a dash alone, which may as well break the sentence ("my old username - deadline is
/// tomorrow"), a word no knowledge base's word is one too (`username jdoe`, `username - jdoe`: `unlinkedUserNameEnd(from:)`).
extension RedactorScanner {
    /// End of a user name at `start`, after a label and `link`, or nil; `login`: the label is `login` alone.
    func plainUserNameEnd(from start: Int, link: Range<Int>, login: Bool) -> Int? {
        guard isPlainUserNameLink(link, login: login) else { return nil }
        var end = start
        while end - start <= 32, isLetter(byte(end))
                || login && (isDigit(byte(end)) || byte(end) == ASCII.underscore
                             || (byte(end) == ASCII.period || byte(end) == ASCII.dash) && isLetterOrDigit(byte(end + 1))) {
            end += 1
        }
        guard (3...32).contains(end - start), !isWordByte(byte(end)), byte(end) != ASCII.at, byte(end) != 0x27,
              !(byte(end) == ASCII.period && isLetterOrDigit(byte(end + 1))), !isCommonWord(start..<end),
              !namesAProductSaying(start..<end) else { return nil }
        if login {
            var next = end
            while Self.loginClosingMarks.contains(byte(next)) { next += 1 }
            let closed = next > end
            while isSpace(byte(next)) { next += 1 }
            guard closed || next == bytes.count || byte(next) == 0x0A || byte(next) == 0x0D || joinsClause(at: next)
                    || isUnknownWord(start..<end) else {
                return nil
            }
        }
        return end
    }

    /// End of a user name of 3 to 32 letters right after `username`, `user name`, `userid`, `user id`, `login id` or
    /// `login name` without a link (`username jdoe`), or nil: no common word (`isCommonWord(_:)`), none of the
    /// knowledge base's words (`NameContexts.isKnown(_:)`: "username recovery") and no English word of its dictionary
    /// ("the username field is empty"). Without those words (a redactor without a knowledge base) there is none.
    func unlinkedUserNameEnd(from start: Int) -> Int? {
        var end = start
        while end - start <= 32, isLetter(byte(end)) { end += 1 }
        guard (3...32).contains(end - start), !isWordByte(byte(end)), byte(end) != ASCII.at, byte(end) != 0x27,
              !(byte(end) == ASCII.period && isLetterOrDigit(byte(end + 1))), !isCommonWord(start..<end),
              isUnknownWord(start..<end) else { return nil }
        return end
    }

    /// Whether the word at `range` is none of the knowledge base's words and no English word of its dictionary
    /// ("jsmith", not "failed" or "recovery"); false without those words (a redactor without a knowledge base).
    func isUnknownWord(_ range: Range<Int>) -> Bool {
        guard let contexts = contexts.lists, let dictionary = contexts.dictionary else { return false }
        let word = lowercased(range)
        return !contexts.isKnown(word) && !dictionary.contains(word)
    }

    /// Whether a word that joins another clause stands at `index`: "login is jdoe but it fails".
    private func joinsClause(at index: Int) -> Bool {
        words.clauseJoiners.contains { hasWord($0, at: index) && !isWordByte(byte(index + $0.utf8.count)) }
    }

    /// Whether `link` holds `:`, `=`, `is` or `was` (for `login`, only `:` or `is`) and nothing else but spaces and
    /// `number`, `no`, `id`.
    private func isPlainUserNameLink(_ link: Range<Int>, login: Bool) -> Bool {
        var position = link.lowerBound
        var linked = false
        while position < link.upperBound {
            let current = bytes[position]
            if isSpace(current) {
                position += 1
            } else if current == ASCII.colon || current == ASCII.equals && !login {
                linked = true
                position += 1
            } else if let word = (login ? ["is"] : ["is", "was", "number", "no", "id"]).first(where: { hasWord($0, at: position) }),
                      !isWordByte(byte(position + word.utf8.count)) {
                linked = linked || word == "is" || word == "was"
                position += word.utf8.count
            } else {
                return false
            }
        }
        return linked
    }

    /// `.`, `,`, `;`, `!`, `?`, `)`: marks that close a sentence or clause after a login (`clauseMarks` but `:`).
    private static let loginClosingMarks = clauseMarks.subtracting([ASCII.colon])

    /// Whether `value` is a capitalized word of the knowledge base's (a product it names) with a word in lowercase
    /// after it on its line: "User: ProConnect says locked" says what a product did, it gives no user name.
    private func namesAProductSaying(_ value: Range<Int>) -> Bool {
        guard bytes[value.lowerBound] &- 0x41 < 26, byte(value.upperBound) == ASCII.space,
              byte(value.upperBound + 1) &- 0x61 < 26 else { return false }
        return contexts.lists?.isKnown(lowercased(value)) == true
    }
}
