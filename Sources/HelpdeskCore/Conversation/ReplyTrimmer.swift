/// Takes out of pasted email what the sender did not write for this question: quoted earlier messages (lines that
/// start with `>`) and the signature after a `--` line. Text with nothing else left is kept whole.
public enum ReplyTrimmer {
    /// `text` without its quoted lines and signature; `text` itself when it has neither, or when nothing with a
    /// letter or digit would be left.
    public static func trim(_ text: String) -> String {
        guard text.utf8.contains(10) || text.utf8.first == UInt8(ascii: ">") else { return text }
        var kept: [Substring] = []
        var changed = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let content = line.drop { $0 == " " || $0 == "\t" }
            if content.trimmingTrailingWhitespace() == "--" {  // the signature delimiter: the rest is signature
                changed = true
                break
            }
            if content.first == ">" {
                changed = true
                continue
            }
            kept.append(line)
        }
        guard changed else { return text }
        let trimmed = kept.joined(separator: "\n")
        return trimmed.contains(where: { $0.isLetter || $0.isNumber }) ? trimmed : text
    }
}

private extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }
}
