/// Misspelt password labels: "my pasword is Summer2024!", "passwrd: Hunter2024", "pasword: x9x9x9x9"; and misspelt
/// user name labels: "usrname: jdoe", "usernmae jdoe42" (`misspelledUserNameLabel(at:)`).
///
/// A word of 6 to 10 letters starting with `pa` or `ps`, within two edits (a letter added, dropped or changed; two
/// letters swapped count as two) of `password` labels a password, else within two edits of `passcode` labels a code,
/// as the words themselves do. `passport`, two edits from `password`, is a word of its own and labels nothing.
extension RedactorScanner {
    /// The label a misspelt `password` or `passcode` at `index` stands for, and where the word ends.
    func misspelledCredentialLabel(at index: Int) -> (CredentialLabel, Int)? {
        guard lower(byte(index)) == ASCII.lowerP else { return nil }
        let second = lower(byte(index + 1))
        guard second == ASCII.lowerA || second == ASCII.lowerS else { return nil }
        var end = index + 2
        while isLetter(byte(end)) { end += 1 }
        guard (6...10).contains(end - index), !isWordByte(byte(end)), !hasWord("passport", at: index) else { return nil }
        if isWithinTwoEdits(index..<end, of: Self.passwordWord) {
            return (CredentialLabel(word: "password", kind: .password), end)
        }
        if isWithinTwoEdits(index..<end, of: Self.passcodeWord) {
            return (CredentialLabel(word: "passcode", kind: .oneTimeCode), end)
        }
        return nil
    }

    /// Where a misspelt `username` at `index` ends (`usrname`, `usernmae`, `usename`, `usernames`): a word of 6 to 10
    /// letters starting with `u`, within two edits of `username` and not the word itself.
    func misspelledUserNameLabel(at index: Int) -> Int? {
        guard lower(byte(index)) == 0x75 else { return nil }
        var end = index + 1
        while isLetter(byte(end)) { end += 1 }
        guard (6...10).contains(end - index), !isWordByte(byte(end)), isWithinTwoEdits(index..<end, of: Self.userNameWord)
        else { return nil }
        return end
    }

    private static let userNameWord = Array("username".utf8)
    private static let passwordWord = Array("password".utf8)
    private static let passcodeWord = Array("passcode".utf8)

    private func isWithinTwoEdits(_ word: Range<Int>, of target: [UInt8]) -> Bool {
        isWithin(2, edits: word.lowerBound, word.upperBound, target, 0)
    }

    /// Whether the letters `position..<end`, read lowercase, become `target[targetPosition...]` in `budget` edits or
    /// fewer. Each edit tries three ways, so two edits cost at most nine walks over a word of ten letters.
    private func isWithin(_ budget: Int, edits position: Int, _ end: Int, _ target: [UInt8], _ targetPosition: Int) -> Bool {
        var position = position
        var targetPosition = targetPosition
        while position < end, targetPosition < target.count, lower(bytes[position]) == target[targetPosition] {
            position += 1
            targetPosition += 1
        }
        let left = end - position
        let targetLeft = target.count - targetPosition
        if left == 0 || targetLeft == 0 { return max(left, targetLeft) <= budget }
        guard budget > 0 else { return false }
        return isWithin(budget - 1, edits: position + 1, end, target, targetPosition + 1)
            || isWithin(budget - 1, edits: position + 1, end, target, targetPosition)
            || isWithin(budget - 1, edits: position, end, target, targetPosition + 1)
    }
}
