/// Numbers and names of a person's accounts read out after their label: "driver license D1234567", "account number
/// 000123456789", "my username is jdoe1975".
///
/// After the label and at most three of `number`, `no`, `num`, `#`, `id`, `is`, `was`, `:`, `=` (`skipIDLinks`):
/// - `[LICENSE]` after `license`, `licence` or `dl` (`driver's license no. D1234567`), and a passport's number after
///   `passport` (`passport # X12345678`), the other document ID.me verifies: one word of 5 to 20 letters, digits and
///   dashes with four digits or more;
/// - `[ACCOUNT]` after `account`, `acct` or `a/c` (`bank account 12345678`, `acct #: 0001-2345-6789`): 6 to 17
///   digits after a link (`account number 123456`), 8 to 17 right after the label, in one group or split by dashes or
///   spaces; `account ending 6789`, `parent account 123456` and `IRS account 2024` are kept;
/// - `[USERNAME]` after `username`, `user name`, `user-name`, `uname`, `userid`, `user id`, `user-id`, `login id`, `login name`,
///   the shorthand `usr nm`, `usrnm`, `user nm`, `u/n`, and `signed in as`, `logged in as` (`signed in as jdoe`)
///   (a misspelt `username` too: `misspelledUserNameLabel(at:)`), and `user` before `:` or
///   `=` (`user: jsmith`) or right before the word (`user bob.k`, `user jsmith`, on the terms below): one word of 3 to 64
///   letters, digits, `.`, `_` and `-`, with a letter and a digit, `.` or `_` (`jdoe1975`, `jane.doe`); a plain word
///   (`my username is jdoe`) is one only after `is`, `was`, `:` or `=` (`plainUserNameEnd(from:link:login:)`), or right
///   after the label when it is none of the knowledge base's words (`username jdoe`: `unlinkedUserNameEnd(from:)`);
/// - `[USERNAME]` after `login` and `:` or `is`: one word alone (`her login is jdoe`), on the terms of
///   `plainUserNameEnd(from:link:login:)`.
extension RedactorScanner {
    /// The id after a label that starts at `index` (a token's start), or nil. User names need no digit, so
    /// `valuesWithoutDigits()` reads these in every text.
    func accountID(at index: Int) -> Hit? {
        // Every label starts `ac`, `a/`, `dl`, `li`, `lo`, `pa`, `si` or `u` (`us`, and a misspelt `username`: `uername`):
        // most words are passed over on two bytes.
        let pair = (bytes[index] | 0x20, byte(index + 1) | 0x20)
        guard pair == (ASCII.lowerA, ASCII.lowerC) || pair == (ASCII.lowerA, ASCII.slash)
                || pair == (ASCII.lowerD, 0x6C) || pair == (0x6C, 0x69) || pair == (0x6C, ASCII.lowerO)
                || pair == (ASCII.lowerP, ASCII.lowerA) || pair == (0x73, 0x69) || pair.0 == 0x75,
              let (kind, labelEnd) = idLabel(at: index) else { return nil }
        let start = skipIDLinks(from: labelEnd)
        guard start > labelEnd else { return nil }
        let login = kind == .username && labelEnd - index == 5 && hasWord("login", at: index)
        // A bare `user` labels a user name before `:` or `=` ("user: jsmith"), or right before a word that reads as an id
        // or is none of the knowledge base's or English words ("user bob.k at Kline CPA", "user jsmith can't reset");
        // "the user is locked out" and "user locked out" name none.
        if kind == .username, labelEnd - index == 4, hasWord("user", at: index),
           !bytes[labelEnd..<start].contains(where: { $0 == ASCII.colon || $0 == ASCII.equals }) {
            guard bytes[labelEnd..<start].allSatisfy(isSpace),
                  let end = idEnd(of: .username, from: start, linked: false) ?? unlinkedUserNameEnd(from: start) else { return nil }
            return Hit(kind: .username, start: start, end: end)
        }
        if !login, let end = idEnd(of: kind, from: start, linked: hasLink(labelEnd..<start)) {
            return Hit(kind: kind, start: start, end: end)
        }
        // "account number at the bank is 000123456789": a few words between.
        if kind == .accountNumber { return accountNumberAfterWords(from: start, link: labelEnd..<start) }
        if kind == .username, !login, !hasLink(labelEnd..<start) || isDash(labelEnd..<start),
           let end = unlinkedUserNameEnd(from: start) {
            return Hit(kind: .username, start: start, end: end)
        }
        guard kind == .username, let end = plainUserNameEnd(from: start, link: labelEnd..<start, login: login) else { return nil }
        return Hit(kind: .username, start: start, end: end)
    }

    private static let idLabels: [(word: String, kind: Redaction.Kind)] = [
        // Shorthand typed in a hurry ("Usr nm: jdoe99", "u/n jdoe"), and who the caller was signed in as.
        ("usr nm", .username), ("usrnm", .username), ("user nm", .username), ("u/n", .username),
        ("signed in as", .username), ("sign in as", .username), ("logged in as", .username), ("log in as", .username),
        ("logged on as", .username), ("signed on as", .username),
        ("licence", .licenseNumber), ("license", .licenseNumber), ("dl", .licenseNumber), ("passport", .licenseNumber),
        ("account", .accountNumber), ("acct", .accountNumber), ("a/c", .accountNumber),
        ("username", .username), ("user name", .username), ("user-name", .username), ("userid", .username),
        ("user id", .username), ("user-id", .username), ("uname", .username),
        ("login id", .username), ("login name", .username), ("login", .username), ("user", .username),
    ]

    /// Each of `idLabels`' first byte.
    private static let idLabelInitials = idLabels.map { $0.word.utf8.first ?? 0 }

    /// The kind a label at `index` introduces, and where the label ends; a misspelt `username` too (`usrname`).
    func idLabel(at index: Int) -> (Redaction.Kind, Int)? {
        // A label is tried only when its first letter is there: the list's length cost every word that passed `accountID`'s
        // two-byte test.
        let first = lower(bytes[index])
        for (label, initial) in zip(Self.idLabels, Self.idLabelInitials) where initial == first && hasWord(label.word, at: index) {
            let end = index + label.word.utf8.count
            if !isLetterOrDigit(byte(end)) { return (label.kind, end) }
        }
        return misspelledUserNameLabel(at: index).map { (.username, $0) }
    }

    /// Past the spaces and at most three of `number`, `no`, `num`, `#`, `id`, `is`, `was`, `:`, `=`, `.`, and a `-` with
    /// a space after it (`username - jdoe`), after a label.
    private func skipIDLinks(from start: Int) -> Int {
        var position = start
        for _ in 0..<4 {
            while isSpace(byte(position)) { position += 1 }
            let mark = byte(position)
            if mark == ASCII.hash || mark == ASCII.colon || mark == ASCII.equals || mark == ASCII.period
                || mark == ASCII.dash && isSpace(byte(position + 1)) {
                position += 1
                continue
            }
            guard let link = Self.idLinks.first(where: { hasWord($0, at: position) }),
                  !isWordByte(byte(position + link.utf8.count)) else { break }
            position += link.utf8.count
        }
        return position
    }

    private static let idLinks = ["number", "num", "no", "id", "is", "was"]

    /// Whether the bytes between a label and its value hold more than spaces: `number`, `no.`, `#`, `:`...
    private func hasLink(_ range: Range<Int>) -> Bool {
        range.contains { !isSpace(bytes[$0]) }
    }

    /// Whether the bytes between a label and its value are spaces and one `-`: "username - jdoe".
    private func isDash(_ range: Range<Int>) -> Bool {
        range.filter { !isSpace(bytes[$0]) }.map { bytes[$0] } == [ASCII.dash]
    }

    /// End of an id of `kind` at `start`, or nil; `linked` when a link stands between it and its label.
    private func idEnd(of kind: Redaction.Kind, from start: Int, linked: Bool) -> Int? {
        switch kind {
        case .licenseNumber:
            var end = start
            while isLetterOrDigit(byte(end)) || byte(end) == ASCII.dash, end - start <= 20 { end += 1 }
            while end > start, byte(end - 1) == ASCII.dash { end -= 1 }
            let digits = (start..<end).filter { isDigit(bytes[$0]) }.count
            return (5...20).contains(end - start) && digits >= 4 && endsToken(end) && !isWordByte(byte(end)) ? end : nil
        case .accountNumber:
            guard isDigit(byte(start)) else { return nil }
            var digits = digitRun(at: start)
            var end = start + digits
            while byte(end) == ASCII.dash || byte(end) == ASCII.space, case let run = digitRun(at: end + 1), run >= 2 {
                digits += run
                end += 1 + run
            }
            return ((linked ? 6 : 8)...17).contains(digits) && endsToken(end) ? end : nil
        default:
            var end = start
            var hasLetter = false
            var hasMark = false
            while end - start <= 64, isLetterOrDigit(byte(end)) || byte(end) == ASCII.period || byte(end) == ASCII.underscore
                    || byte(end) == ASCII.dash {
                hasLetter = hasLetter || isLetter(byte(end))
                hasMark = hasMark || isDigit(byte(end)) || byte(end) == ASCII.underscore
                    || (byte(end) == ASCII.period && isLetterOrDigit(byte(end + 1)))
                end += 1
            }
            while end > start, byte(end - 1) == ASCII.period || byte(end - 1) == ASCII.dash { end -= 1 }
            guard (3...64).contains(end - start), hasLetter, hasMark, byte(end) != ASCII.at else { return nil }
            return end
        }
    }
}
