/// Lists numbered in words: "first, forgot password. second, new phone". The word that opens each item only numbers it.
extension ProblemSplitter {
    /// `sentence` without the list opener (`listOpeners`) it opens with, when a comma or colon follows that word right
    /// away and two words or more come after it: "second, new phone" is "new phone", while "second phone is new" and
    /// "second, phone" keep theirs.
    func withoutListOpener(_ sentence: String) -> String {
        guard !listOpeners.isEmpty else { return sentence }
        let bytes = sentence.utf8
        guard let space = bytes.firstIndex(of: 32), space > bytes.startIndex else { return sentence }
        let mark = bytes[bytes.index(before: space)]
        guard mark == UInt8(ascii: ",") || mark == UInt8(ascii: ":") else { return sentence }
        let word = String(sentence[..<bytes.index(before: space)]).lowercased()
        guard listOpeners.contains(word) else { return sentence }
        let rest = sentence[space...].drop { $0 == " " }
        return rest.split(separator: " ").count >= 2 ? String(rest) : sentence
    }
}
