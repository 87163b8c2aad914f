/// Bank numbers read out by a caller, beyond `accountID(at:)`'s value right after its label: a routing number, and an
/// account number a few words after `account number`.
///
/// - `[ROUTING]` 9 digits in a row with `routing`, `aba` or `rtn` among the four words before them (`routing number
///   021000021`, `ABA: 021000021`); without one, 9 digits read as an SSN.
/// - `[ACCOUNT]` after `account number` (`no`, `num`, `#`), up to four words of letters that say where or whose
///   (`at the bank`, `for her checking`), then `is`, `was` or `:`, then 6 to 17 digits in a row: "my account number at
///   the bank is 000123456789".
extension RedactorScanner {
    /// Whether the four words before the 9 digits at `start` name a routing number.
    func followsRoutingLabel(_ start: Int) -> Bool {
        precedingWords(before: start, limit: 4) { word in
            word.elementsEqual("routing".utf8) || word.elementsEqual("aba".utf8) || word.elementsEqual("rtn".utf8)
        }
    }

    /// The account number a few words after an account label and its number word, whose words start at `start`;
    /// `link` holds what stood between the label and them (`number`, `no`, `#`).
    func accountNumberAfterWords(from start: Int, link: Range<Int>) -> Hit? {
        guard bytes[link].contains(where: { $0 == ASCII.hash || lower($0) == ASCII.lowerN }) else { return nil }
        var position = start
        for _ in 0..<4 {
            var end = position
            while isLetter(byte(end)) || byte(end) == 0x27 { end += 1 }
            guard end > position, isSpace(byte(end)) || byte(end) == ASCII.colon else { return nil }
            let word = position..<end
            position = end
            while isSpace(byte(position)) { position += 1 }
            if byte(position) == ASCII.colon || isLink(word) {
                if byte(position) == ASCII.colon { position += 1 }
                while isSpace(byte(position)) { position += 1 }
                let digits = digitRun(at: position)
                guard (6...17).contains(digits), endsToken(position + digits) else { return nil }
                return Hit(kind: .accountNumber, start: position, end: position + digits)
            }
        }
        return nil
    }

    /// Whether `word` is `is` or `was`, any case.
    private func isLink(_ word: Range<Int>) -> Bool {
        (word.count == 2 && hasWord("is", at: word.lowerBound)) || (word.count == 3 && hasWord("was", at: word.lowerBound))
    }
}
