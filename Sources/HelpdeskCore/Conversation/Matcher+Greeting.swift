/// The greeting or thanks that opens pasted text, and what follows it.
extension Matcher {
    /// What follows a greeting or thanks of five words or fewer (the lexicon's `pleasantries` alone) that opens `text`
    /// before a comma, a dash after a space, or "!" ("Hi, ...", "Hello - ...", "Thanks! ..."); nil otherwise.
    func afterGreeting(_ text: String) -> String? {
        // On the bytes: most lines hold no such mark near their start, and are passed over on one scan of 40 bytes.
        var copy = text
        let offset: Int? = copy.withUTF8 { bytes in
            var words = 1
            for i in 0..<min(bytes.count, 40) {
                let byte = bytes[i]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "!") || (byte == UInt8(ascii: "-") && i > 0 && bytes[i - 1] == 32) {
                    return i
                }
                if byte == 32 { words += 1 }
                if words > 5 { return nil }
            }
            return nil
        }
        guard let offset else { return nil }
        let cut = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let greeting = redactedMatch(String(text[..<cut]))
        guard greeting.answersChitChat(in: knowledgeBase), pleasantries.termsBeyond(greeting.analysis) == 0 else { return nil }
        let rest = text[cut...].drop { $0 == "," || $0 == "-" || $0 == "!" || $0.isWhitespace }
        return rest.isEmpty ? nil : String(rest)
    }
}
