/// Lists numbered in words: "first, forgot password. second, new phone". The word that opens each item only numbers it.
extension ProblemSplitter {
    /// `sentence` without the list opener (`listOpeners`) it opens with, when a comma or colon follows that word right
    /// away and two words or more come after it: "second, new phone" is "new phone", while "second phone is new" and
    /// "second, phone" keep theirs; nil when it opens with none.
    public func withoutListOpener(_ sentence: String) -> String? {
        guard !listOpeners.isEmpty else { return nil }
        let bytes = sentence.utf8
        guard let space = bytes.firstIndex(of: 32), space > bytes.startIndex else { return nil }
        let mark = bytes[bytes.index(before: space)]
        guard mark == UInt8(ascii: ",") || mark == UInt8(ascii: ":") else { return nil }
        let word = String(sentence[..<bytes.index(before: space)]).lowercased()
        guard listOpeners.contains(word) else { return nil }
        let rest = sentence[space...].drop { $0 == " " }
        return rest.split(separator: " ").count >= 2 ? String(rest) : nil
    }
}
