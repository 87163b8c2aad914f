/// People @-mentioned, as chat and ticket tools write them: "@Tamsin can you reset her idme", "thanks @Zoë!" become
/// "[NAME] can you reset her idme", "thanks [NAME]!".
///
/// An `@` after a space, a line break, `(`, `[`, `"`, `,` or `;`, or at the text's start (not glued to what comes
/// before, as in `jane@firm.com` or `j****@yahoo.com`), then a handle: a letter, then letters (beyond ASCII too),
/// digits, `_`, and `.` or `-` before one of those; the whole mention, `@` included, is redacted. A handle that is a
/// common word (`isCommonWord`: "@everyone", "@here") or one of the knowledge base's words
/// (`NameContexts.Lists.isKnown`) is kept, and a redactor without the knowledge base's lists redacts no mention, as it
/// redacts no name.
extension RedactorScanner {
    /// The mention whose `@` is at `index`, or nil.
    func mention(at index: Int) -> Hit? {
        let before = byte(index - 1)
        guard let contexts = contexts.lists, index == 0 || isSpaceOrBreak(before) || Self.mentionOpeners.contains(before),
              startsLetter(index + 1) else { return nil }
        var end = index + 1
        while end - index < 40 {
            let current = byte(end)
            if isWordByte(current) {
                end += 1
            } else if current >= 0xC2, let letter = nonASCIILetter(at: end) {
                end += letter.width
            } else if (current == ASCII.period || current == ASCII.dash) && isLetterOrDigit(byte(end + 1)) {
                end += 1
            } else {
                break
            }
        }
        let handle = index + 1..<end
        guard !isCommonWord(handle), !contexts.isKnown(listForm(handle)) else { return nil }
        return Hit(kind: .name, start: index, end: end)
    }

    /// The marks a mention may follow other than a space or a line break: `(`, `[`, `"`, `,`, `;`.
    private static let mentionOpeners: [UInt8] = [0x28, 0x5B, 0x22, ASCII.comma, 0x3B]
}
