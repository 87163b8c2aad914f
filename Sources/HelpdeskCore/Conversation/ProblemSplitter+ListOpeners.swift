/// Lists numbered in words: "first, forgot password. second, new phone". The word that opens each item only numbers it.
extension ProblemSplitter {
    /// `sentence` without the list opener (`listOpeners`) it opens with, when a comma or colon follows that word right
    /// away and two words or more come after it: "second, new phone" is "new phone", while "second phone is new" and
    /// "second, phone" keep theirs; nil when it opens with none.
    public func withoutListOpener(_ sentence: String) -> String? {
        guard !listOpeners.isEmpty else { return nil }
        // The first space looked for on the contiguous bytes: the UTF-8 view's `firstIndex(of:)` cost about 170
        // instructions a sentence.
        var text = sentence
        guard let offset = text.withUTF8({ $0.firstIndex(of: 32) }), offset > 0 else { return nil }
        let bytes = sentence.utf8
        let space = bytes.index(bytes.startIndex, offsetBy: offset)
        let mark = bytes[bytes.index(before: space)]
        guard mark == UInt8(ascii: ",") || mark == UInt8(ascii: ":") else { return nil }
        let word = String(sentence[..<bytes.index(before: space)]).lowercased()
        guard listOpeners.contains(word) else { return nil }
        let rest = sentence[space...].drop { $0 == " " }
        return rest.split(separator: " ").count >= 2 ? String(rest) : nil
    }
}
