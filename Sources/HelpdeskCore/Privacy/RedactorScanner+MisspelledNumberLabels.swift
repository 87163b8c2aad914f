/// Misspelt labels before a number read out: "my sn is one two three four five six seven eight nine", "phoen five five
/// five one two three four five six seven", "my nubmer is 5 5 5 1 2 3 4 5 6 7".
///
/// A word one edit from an SSN label (`ssn`) or a phone word (`phone`, `cell`, `mobile`, `number`, `telephone`) — a
/// letter added, dropped or changed, or two letters next to each other swapped — that starts with the same letter
/// labels a number read out (`spokenNumbers()`) as the word itself does; a word of its own one edit away (`son`,
/// `sun`, `sin`, `phony`, `prone`, `cello`, `numbed`...) labels nothing. As with misspelt password labels
/// (`misspelledCredentialLabel(at:)`), a short label allows fewer edits than a long one: `password` two, these one.
extension RedactorScanner {
    /// `sn`, `snn`, `ssm`, `ss`...: one edit from `ssn`.
    func isMisspelledSSNLabel(_ word: [UInt8]) -> Bool {
        isOneEdit(word, from: Self.ssnWord) && !Self.wordsNearLabels.contains { word.elementsEqual($0.utf8) }
    }

    /// `phoen`, `phne`, `cel`, `moblie`, `nubmer`...: one edit from a phone word.
    func isMisspelledPhoneLabel(_ word: [UInt8]) -> Bool {
        Self.phoneWords.contains { isOneEdit(word, from: $0) } && !Self.wordsNearLabels.contains { word.elementsEqual($0.utf8) }
    }

    private static let ssnWord = Array("ssn".utf8)
    private static let phoneWords = ["phone", "cell", "mobile", "number", "telephone"].map { Array($0.utf8) }

    /// Words of their own one edit from a label.
    private static let wordsNearLabels = [
        "son", "sun", "sin", "san", "sen", "syn", "sign", "ssh", "ssl", "sso", "ssa", "phony", "prone", "phones", "phoned",
        "cello", "celt", "cells", "cull", "numbed", "numbers", "mobil",
    ]

    /// Whether `word` (lowercase letters) is `target` with one edit, starting with its letter; `target` itself is not.
    func isOneEdit(_ word: [UInt8], from target: [UInt8]) -> Bool {
        guard word.count >= 2, abs(word.count - target.count) <= 1, word.first == target.first, word != target else {
            return false
        }
        var shared = 0
        while shared < word.count, shared < target.count, word[shared] == target[shared] { shared += 1 }
        let wordRest = word[shared...]
        let targetRest = target[shared...]
        switch word.count - target.count {
        case 1: return wordRest.dropFirst().elementsEqual(targetRest)
        case -1: return wordRest.elementsEqual(targetRest.dropFirst())
        default:
            if wordRest.dropFirst().elementsEqual(targetRest.dropFirst()) { return true }
            // Two letters swapped: "phoen".
            return wordRest.count >= 2 && wordRest.first == targetRest.dropFirst().first
                && wordRest.dropFirst().first == targetRest.first && wordRest.dropFirst(2).elementsEqual(targetRest.dropFirst(2))
        }
    }
}
