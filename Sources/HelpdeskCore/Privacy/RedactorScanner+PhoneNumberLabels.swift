/// A local phone number after one of the knowledge base's `phone_number_labels` ("her #", "my number"), maybe linked
/// by `is`, `was` or `:`: "her # is 555-1234", "his # 555-1234", "my number is 5551234" become "... [PHONE]" (they
/// were kept: `#` and `number` alone name no phone). The number is 7 to 15 digits in groups
/// (`localPhone(at:length:)`).
extension RedactorScanner {
    /// Whether a phone number label, and maybe its link, ends right before `start` (spaces aside).
    func followsPhoneNumberLabel(_ start: Int) -> Bool {
        var end = start
        while isSpace(byte(end - 1)) { end -= 1 }
        if followsLetterLabel(end) { return true }
        guard let labels = contexts.lists?.phoneLabels, !labels.isEmpty else { return false }
        if byte(end - 1) == ASCII.colon {
            end -= 1
        } else if end < start, let link = Self.phoneLinks.first(where: { end >= $0.count && endsWord($0, at: end) }) {
            end -= link.count
        }
        while isSpace(byte(end - 1)) { end -= 1 }
        return labels.contains { label in
            label.count <= end && !isWordByte(byte(end - label.count - 1)) && endsWord(label, at: end)
        }
    }

    /// Whether a capital of `phone_letter_labels` and a colon, a word of their own, end at `end` ("M: 5551234567", "H:
    /// 555-1234": a signature's mobile and home lines).
    private func followsLetterLabel(_ end: Int) -> Bool {
        guard byte(end - 1) == ASCII.colon, case let letter = byte(end - 2), letter &- 0x41 < 26, !isWordByte(byte(end - 3)),
              byte(end - 3) != ASCII.period else { return false }
        return words.phoneLetterLabels.contains(letter | 0x20)
    }

    /// Whether `word` (lowercase ASCII) is typed right before `end`, case aside, and starts a word there.
    private func endsWord(_ word: [UInt8], at end: Int) -> Bool {
        let start = end - word.count
        guard start >= 0, !isLetterOrDigit(byte(start - 1)) || !isLetter(word[0]) else { return false }
        return word.indices.allSatisfy { lower(bytes[start + $0]) == word[$0] }
    }

    /// `is`, `was`: the links between a label and its number.
    private static let phoneLinks: [[UInt8]] = [Array("is".utf8), Array("was".utf8)]
}
